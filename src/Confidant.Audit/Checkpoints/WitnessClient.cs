using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Confidant.Audit.Merkle;

namespace Confidant.Audit.Checkpoints;

/// <summary>
/// Asks a C2SP tlog-witness to cosign a checkpoint: <c>POST &lt;prefix&gt;/add-checkpoint</c> with
/// the old size, the consistency proof from it and the signed checkpoint, nothing else (no log
/// entry, no header beyond what HTTP needs). Every outcome is returned, never thrown, so a
/// background job can log it by code and try again later.
/// </summary>
public sealed class WitnessClient
{
    /// <summary>The most consistency proof lines the protocol allows.</summary>
    public const int MaxProofHashes = 63;

    /// <summary>The default time allowed for one request.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    // A few cosignature lines are a few hundred bytes; more than this is not a witness talking.
    private const int MaxResponseBytes = 64 * 1024;

    private readonly HttpClient _httpClient;
    private readonly Uri _endpoint;
    private readonly TimeSpan _timeout;

    /// <summary>Creates a client for the witness whose submission prefix is <paramref name="submissionPrefix"/>.</summary>
    public WitnessClient(HttpClient httpClient, Uri submissionPrefix, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(submissionPrefix);
        if (!submissionPrefix.IsAbsoluteUri || (submissionPrefix.Scheme != Uri.UriSchemeHttps && submissionPrefix.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("A witness's submission prefix is an absolute http(s) URL.", nameof(submissionPrefix));
        }

        _httpClient = httpClient;
        _endpoint = new Uri(submissionPrefix.AbsoluteUri.TrimEnd('/') + "/add-checkpoint");
        _timeout = timeout ?? DefaultTimeout;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_timeout, TimeSpan.Zero, nameof(timeout));
    }

    /// <summary>
    /// Submits <paramref name="signedCheckpoint"/> with a consistency proof from
    /// <paramref name="oldSize"/> (the size the witness last cosigned; 0 with an empty proof the
    /// first time, or to learn the witness's size from the conflict answer).
    /// </summary>
    public async Task<WitnessResponse> AddCheckpointAsync(long oldSize, ReadOnlyMemory<byte> consistencyProof, string signedCheckpoint, CancellationToken cancellationToken = default)
    {
        var body = BuildRequestBody(oldSize, consistencyProof.Span, signedCheckpoint);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
            using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var content = await ReadBoundedAsync(response.Content, timeout.Token).ConfigureAwait(false);
            return Interpret(response, content);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failure(WitnessOutcome.Unreachable, null, CheckpointErrorCodes.WitnessUnreachable, $"The witness did not answer within {_timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException ex)
        {
            return Failure(WitnessOutcome.Unreachable, null, CheckpointErrorCodes.WitnessUnreachable, $"The witness could not be reached: {ex.Message}");
        }
    }

    /// <summary>The request body: <c>old N</c>, one base64 hash per line, a blank line, the signed checkpoint.</summary>
    internal static byte[] BuildRequestBody(long oldSize, ReadOnlySpan<byte> consistencyProof, string signedCheckpoint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(oldSize);
        ArgumentNullException.ThrowIfNull(signedCheckpoint);
        if (consistencyProof.Length % MerkleHash.Size != 0)
        {
            throw new ArgumentException($"A proof is a whole number of {MerkleHash.Size}-byte hashes.", nameof(consistencyProof));
        }

        var hashes = consistencyProof.Length / MerkleHash.Size;
        if (hashes > MaxProofHashes)
        {
            throw new ArgumentException($"The protocol allows at most {MaxProofHashes} proof hashes.", nameof(consistencyProof));
        }

        if (oldSize == 0 && hashes != 0)
        {
            throw new ArgumentException("The proof from size 0 is empty.", nameof(consistencyProof));
        }

        // Our own checkpoint, checked for form so a malformed one is caught here, not by the witness.
        var checkpoint = Checkpoint.Parse(SignedNote.Parse(signedCheckpoint).Text);
        if (oldSize > checkpoint.Size)
        {
            throw new ArgumentOutOfRangeException(nameof(oldSize), oldSize, $"The old size cannot exceed the checkpoint's size ({checkpoint.Size}).");
        }

        var builder = new StringBuilder();
        builder.Append("old ").Append(oldSize.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        for (var i = 0; i < hashes; i++)
        {
            builder.Append(Convert.ToBase64String(consistencyProof.Slice(i * MerkleHash.Size, MerkleHash.Size))).Append('\n');
        }

        builder.Append('\n').Append(signedCheckpoint);
        return NoteSyntax.StrictUtf8.GetBytes(builder.ToString());
    }

    private static WitnessResponse Interpret(HttpResponseMessage response, byte[]? content)
    {
        var status = (int)response.StatusCode;
        if (content is null)
        {
            return Failure(WitnessOutcome.UnexpectedResponse, status, CheckpointErrorCodes.WitnessUnexpectedResponse, $"The witness answered {status} with more than {MaxResponseBytes} bytes.");
        }

        switch (response.StatusCode)
        {
            case HttpStatusCode.OK:
                var cosignatures = ParseCosignatures(content);
                return cosignatures is null
                    ? Failure(WitnessOutcome.UnexpectedResponse, status, CheckpointErrorCodes.WitnessUnexpectedResponse, "The witness answered 200 without well-formed cosignature lines.")
                    : new WitnessResponse(WitnessOutcome.Cosigned, status, cosignatures, null, null, null);
            case HttpStatusCode.Conflict:
                var size = ParseSize(content);
                return new WitnessResponse(
                    WitnessOutcome.Conflict,
                    status,
                    [],
                    size,
                    CheckpointErrorCodes.WitnessConflict,
                    size is { } known
                        ? $"The witness's latest cosigned checkpoint has size {known}; send a consistency proof from that size."
                        : "The witness holds a different checkpoint than the old size sent implies.");
            case HttpStatusCode.NotFound:
                return Failure(WitnessOutcome.UnknownLog, status, CheckpointErrorCodes.WitnessUnknownLog, "The witness does not follow this log's origin.");
            case HttpStatusCode.Forbidden:
                return Failure(WitnessOutcome.SignatureRejected, status, CheckpointErrorCodes.WitnessRejectedSignature, "The witness verified no signature on the checkpoint with the log keys it trusts.");
            case HttpStatusCode.BadRequest:
                return Failure(WitnessOutcome.BadRequest, status, CheckpointErrorCodes.WitnessBadRequest, "The witness found the request malformed.");
            case HttpStatusCode.UnprocessableEntity:
                return Failure(WitnessOutcome.ProofRejected, status, CheckpointErrorCodes.WitnessProofRejected, "The witness found the consistency proof wrong.");
            default:
                return Failure(WitnessOutcome.UnexpectedResponse, status, CheckpointErrorCodes.WitnessUnexpectedResponse, $"The witness answered with HTTP status {status}.");
        }
    }

    private static List<NoteSignature>? ParseCosignatures(byte[] content)
    {
        try
        {
            var text = NoteSyntax.StrictUtf8.GetString(content);
            if (text.Length == 0 || text[^1] != '\n' || NoteSyntax.IndexOfControlCharacter(text) >= 0)
            {
                return null;
            }

            var lines = text[..^1].Split('\n');
            if (lines.Length > SignedNote.MaxSignatures)
            {
                return null;
            }

            return [.. lines.Select((line, i) => NoteSignature.ParseLine(line, i + 1))];
        }
        catch (Exception ex) when (ex is DecoderFallbackException or CheckpointException)
        {
            return null;
        }
    }

    private static long? ParseSize(byte[] content)
    {
        var text = Encoding.ASCII.GetString(content);
        return text.EndsWith('\n') && NoteSyntax.TryParseCanonicalSize(text[..^1], out var size) ? size : null;
    }

    private static async Task<byte[]?> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxResponseBytes + 1];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            return total > MaxResponseBytes ? null : buffer[..total];
        }
    }

    private static WitnessResponse Failure(WitnessOutcome outcome, int? status, string code, string message) =>
        new(outcome, status, [], null, code, message);
}
