using System.Net;
using System.Text;
using Confidant.Audit.Checkpoints;
using Confidant.Audit.Merkle;

namespace Confidant.Audit.Tests.Checkpoints;

/// <summary>
/// A C2SP tlog-witness in process: it follows one log, checks the log's signature, the old size
/// and the consistency proof (with <see cref="MerkleVerifier"/>) exactly as the spec orders, and
/// answers with a signature line of its own key over the checkpoint.
/// </summary>
internal sealed class FakeWitness : HttpMessageHandler
{
    public const string Prefix = "https://witness.example/w1";

    private readonly NoteVerifierKey _logKey;
    private byte[] _root = MerkleHash.EmptyRoot.ToArray();

    public FakeWitness(NoteVerifierKey logKey, NoteSigner witnessSigner)
    {
        _logKey = logKey;
        WitnessSigner = witnessSigner;
    }

    public NoteSigner WitnessSigner { get; }

    public long Size { get; private set; }

    public List<string> RequestBodies { get; } = [];

    public List<HttpRequestMessage> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        if (request.Method != HttpMethod.Post || request.RequestUri!.AbsoluteUri != Prefix + "/add-checkpoint")
        {
            return new HttpResponseMessage(HttpStatusCode.MethodNotAllowed);
        }

        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        RequestBodies.Add(body);
        var blank = body.IndexOf("\n\n", StringComparison.Ordinal);
        if (!body.StartsWith("old ", StringComparison.Ordinal) || blank < 0)
        {
            return new HttpResponseMessage(HttpStatusCode.BadRequest);
        }

        var head = body[..blank].Split('\n');
        if (!long.TryParse(head[0]["old ".Length..], out var oldSize))
        {
            return new HttpResponseMessage(HttpStatusCode.BadRequest);
        }

        var proof = head.Skip(1).SelectMany(Convert.FromBase64String).ToArray();
        SignedNote note;
        Checkpoint checkpoint;
        try
        {
            note = SignedNote.Parse(body[(blank + 2)..]);
            checkpoint = Checkpoint.Parse(note.Text);
        }
        catch (CheckpointException)
        {
            return new HttpResponseMessage(HttpStatusCode.BadRequest);
        }

        if (checkpoint.Origin != _logKey.Name)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        try
        {
            _logKey.Verify(note);
        }
        catch (CheckpointException)
        {
            return new HttpResponseMessage(HttpStatusCode.Forbidden);
        }

        if (oldSize > checkpoint.Size || (oldSize == 0 && proof.Length != 0))
        {
            return new HttpResponseMessage(HttpStatusCode.BadRequest);
        }

        if (oldSize != Size || (oldSize == checkpoint.Size && !checkpoint.RootHash.SequenceEqual(_root)))
        {
            return new HttpResponseMessage(HttpStatusCode.Conflict)
            {
                Content = new StringContent($"{Size}\n", Encoding.ASCII, "text/x.tlog.size"),
            };
        }

        if (!MerkleVerifier.VerifyConsistency(oldSize, checkpoint.Size, _root, checkpoint.RootHash, proof))
        {
            return new HttpResponseMessage(HttpStatusCode.UnprocessableEntity);
        }

        Size = checkpoint.Size;
        _root = checkpoint.RootHash.ToArray();
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(WitnessSigner.Sign(note.Text).FormatLine(), Encoding.UTF8) };
    }
}
