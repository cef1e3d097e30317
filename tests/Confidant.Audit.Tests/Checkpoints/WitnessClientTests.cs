using System.Net;
using System.Text;
using Confidant.Audit.Checkpoints;
using Confidant.Audit.Merkle;

namespace Confidant.Audit.Tests.Checkpoints;

public sealed class WitnessClientTests : IDisposable
{
    private readonly NoteSigner _log = TestKeys.LogSigner();
    private readonly NoteSigner _witnessKey = NoteSigner.FromSeed("witness.example/w1", Enumerable.Repeat((byte)7, 32).ToArray());
    private readonly InMemoryHashSource _entries = new();
    private readonly FakeWitness _witness;
    private readonly HttpClient _http;

    public WitnessClientTests()
    {
        _witness = new FakeWitness(_log.VerifierKey, _witnessKey);
        _http = new HttpClient(_witness);
    }

    public void Dispose()
    {
        _http.Dispose();
        _witness.Dispose();
        _witnessKey.Dispose();
        _log.Dispose();
    }

    [Fact]
    public async Task FirstCheckpoint_FromSizeZero_IsCosigned_AndTheCosignatureVerifies()
    {
        var signed = await GrowAndSignAsync(5);
        var client = new WitnessClient(_http, new Uri(FakeWitness.Prefix));

        var response = await client.AddCheckpointAsync(0, ReadOnlyMemory<byte>.Empty, signed);

        Assert.Equal(WitnessOutcome.Cosigned, response.Outcome);
        Assert.Null(response.ErrorCode);
        Assert.Equal("old 0\n\n" + signed, Assert.Single(_witness.RequestBodies));
        var cosigned = SignedNote.Parse(signed).WithSignatures(response.Cosignatures);
        _witnessKey.VerifierKey.Verify(cosigned);
        _log.VerifierKey.Verify(cosigned);
        Assert.True(CheckpointVerifier.Verify(cosigned.Format(), _log.VerifierKey).IsValid);
    }

    [Fact]
    public async Task Growth_WithAConsistencyProof_IsCosigned_AndTheProofIsSentOneBase64HashPerLine()
    {
        var client = new WitnessClient(_http, new Uri(FakeWitness.Prefix + "/"));
        var first = await GrowAndSignAsync(5);
        await client.AddCheckpointAsync(0, ReadOnlyMemory<byte>.Empty, first);
        var second = await GrowAndSignAsync(13);
        var proof = await new MerkleProofBuilder(_entries).GetConsistencyProofAsync(5, 13);

        var response = await client.AddCheckpointAsync(5, proof, second);

        Assert.Equal(WitnessOutcome.Cosigned, response.Outcome);
        Assert.Equal(13, _witness.Size);
        var lines = string.Concat(proof.Chunk(32).Select(h => Convert.ToBase64String(h) + "\n"));
        Assert.Equal("old 5\n" + lines + "\n" + second, _witness.RequestBodies[1]);
        Assert.All(_witness.Requests, r => Assert.Empty(r.Headers));
    }

    [Fact]
    public async Task WrongOldSize_IsAConflict_CarryingTheWitnessSize_AndARetryFromItSucceeds()
    {
        var client = new WitnessClient(_http, new Uri(FakeWitness.Prefix));
        await client.AddCheckpointAsync(0, ReadOnlyMemory<byte>.Empty, await GrowAndSignAsync(4));
        var later = await GrowAndSignAsync(9);

        var conflict = await client.AddCheckpointAsync(0, ReadOnlyMemory<byte>.Empty, later);
        var retry = await client.AddCheckpointAsync(conflict.WitnessSize!.Value, await new MerkleProofBuilder(_entries).GetConsistencyProofAsync(4, 9), later);

        Assert.Equal(WitnessOutcome.Conflict, conflict.Outcome);
        Assert.Equal(CheckpointErrorCodes.WitnessConflict, conflict.ErrorCode);
        Assert.Equal(4, conflict.WitnessSize);
        Assert.Equal(WitnessOutcome.Cosigned, retry.Outcome);
    }

    [Fact]
    public async Task ForkedLog_ProofDoesNotVerify_IsRejectedAsInconsistent()
    {
        var client = new WitnessClient(_http, new Uri(FakeWitness.Prefix));
        await client.AddCheckpointAsync(0, ReadOnlyMemory<byte>.Empty, await GrowAndSignAsync(6));

        // A log that rewrote its history: same size 6 prefix length, other entries, then grew.
        var fork = new InMemoryHashSource();
        for (var i = 0; i < 10; i++)
        {
            fork.Append(Encoding.UTF8.GetBytes($"rewritten {i}"));
        }

        var builder = new MerkleProofBuilder(fork);
        var forked = CheckpointSigner.Sign(new Checkpoint(TestKeys.Origin, 10, await builder.GetRootHashAsync(10)), _log);

        var response = await client.AddCheckpointAsync(6, await builder.GetConsistencyProofAsync(6, 10), forked);

        Assert.Equal(WitnessOutcome.ProofRejected, response.Outcome);
        Assert.Equal(CheckpointErrorCodes.WitnessProofRejected, response.ErrorCode);
        Assert.Equal(6, _witness.Size);
    }

    [Fact]
    public async Task SameSize_OtherRoot_IsAConflict()
    {
        var client = new WitnessClient(_http, new Uri(FakeWitness.Prefix));
        await client.AddCheckpointAsync(0, ReadOnlyMemory<byte>.Empty, await GrowAndSignAsync(3));
        var other = CheckpointSigner.Sign(new Checkpoint(TestKeys.Origin, 3, new byte[32]), _log);

        var response = await client.AddCheckpointAsync(3, ReadOnlyMemory<byte>.Empty, other);

        Assert.Equal(WitnessOutcome.Conflict, response.Outcome);
        Assert.Equal(3, response.WitnessSize);
    }

    [Fact]
    public async Task CheckpointOfAnotherLog_IsUnknown()
    {
        using var otherLog = NoteSigner.FromSeed("other.example/log", new byte[32]);
        var signed = CheckpointSigner.Sign(new Checkpoint("other.example/log", 1, MerkleHash.HashLeaf("x"u8)), otherLog);

        var response = await new WitnessClient(_http, new Uri(FakeWitness.Prefix)).AddCheckpointAsync(0, ReadOnlyMemory<byte>.Empty, signed);

        Assert.Equal(WitnessOutcome.UnknownLog, response.Outcome);
        Assert.Equal(CheckpointErrorCodes.WitnessUnknownLog, response.ErrorCode);
    }

    [Fact]
    public async Task CheckpointSignedByAnotherKey_IsForbidden()
    {
        using var impostor = TestKeys.ImpostorSigner();
        var signed = CheckpointSigner.Sign(TestKeys.SampleCheckpoint(2), impostor);

        var response = await new WitnessClient(_http, new Uri(FakeWitness.Prefix)).AddCheckpointAsync(0, ReadOnlyMemory<byte>.Empty, signed);

        Assert.Equal(WitnessOutcome.SignatureRejected, response.Outcome);
        Assert.Equal(CheckpointErrorCodes.WitnessRejectedSignature, response.ErrorCode);
    }

    [Fact]
    public async Task WitnessThatDoesNotAnswer_IsUnreachable_AfterTheTimeout()
    {
        using var http = new HttpClient(new Handler(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }));
        var client = new WitnessClient(http, new Uri(FakeWitness.Prefix), TimeSpan.FromMilliseconds(50));

        var response = await client.AddCheckpointAsync(0, ReadOnlyMemory<byte>.Empty, TestKeys.SignedSample(1));

        Assert.Equal(WitnessOutcome.Unreachable, response.Outcome);
        Assert.Equal(CheckpointErrorCodes.WitnessUnreachable, response.ErrorCode);
    }

    [Fact]
    public async Task CallersCancellation_IsNotReportedAsATimeout()
    {
        using var http = new HttpClient(new Handler(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }));
        using var cancel = new CancellationTokenSource();
        var client = new WitnessClient(http, new Uri(FakeWitness.Prefix));

        var call = client.AddCheckpointAsync(0, ReadOnlyMemory<byte>.Empty, TestKeys.SignedSample(1), cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task ConnectionFailure_IsUnreachable()
    {
        using var http = new HttpClient(new Handler((_, _) => throw new HttpRequestException("connection refused")));

        var response = await new WitnessClient(http, new Uri(FakeWitness.Prefix)).AddCheckpointAsync(0, ReadOnlyMemory<byte>.Empty, TestKeys.SignedSample(1));

        Assert.Equal(WitnessOutcome.Unreachable, response.Outcome);
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, "not a signature line\n", WitnessOutcome.UnexpectedResponse, CheckpointErrorCodes.WitnessUnexpectedResponse)]
    [InlineData(HttpStatusCode.OK, "", WitnessOutcome.UnexpectedResponse, CheckpointErrorCodes.WitnessUnexpectedResponse)]
    [InlineData(HttpStatusCode.OK, "— witness.example/w1 AAAAAAAAAAAA", WitnessOutcome.UnexpectedResponse, CheckpointErrorCodes.WitnessUnexpectedResponse)]
    [InlineData(HttpStatusCode.InternalServerError, "", WitnessOutcome.UnexpectedResponse, CheckpointErrorCodes.WitnessUnexpectedResponse)]
    [InlineData(HttpStatusCode.BadRequest, "", WitnessOutcome.BadRequest, CheckpointErrorCodes.WitnessBadRequest)]
    [InlineData(HttpStatusCode.Conflict, "not a size", WitnessOutcome.Conflict, CheckpointErrorCodes.WitnessConflict)]
    public async Task OtherAnswers_AreReportedWithTheirCode(HttpStatusCode status, string body, WitnessOutcome outcome, string code)
    {
        using var http = new HttpClient(new Handler((_, _) => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body) })));

        var response = await new WitnessClient(http, new Uri(FakeWitness.Prefix)).AddCheckpointAsync(0, ReadOnlyMemory<byte>.Empty, TestKeys.SignedSample(1));

        Assert.Equal(outcome, response.Outcome);
        Assert.Equal(code, response.ErrorCode);
        Assert.Equal((int)status, response.StatusCode);
        Assert.Empty(response.Cosignatures);
        Assert.Null(response.WitnessSize);
    }

    [Fact]
    public async Task OversizedAnswer_IsNotReadPastTheCap()
    {
        var huge = string.Concat(Enumerable.Repeat(NoteVectors.PeterSignature, 1000));
        using var http = new HttpClient(new Handler((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(huge) })));

        var response = await new WitnessClient(http, new Uri(FakeWitness.Prefix)).AddCheckpointAsync(0, ReadOnlyMemory<byte>.Empty, TestKeys.SignedSample(1));

        Assert.Equal(WitnessOutcome.UnexpectedResponse, response.Outcome);
    }

    [Fact]
    public void RequestsTheProtocolForbids_AreRefusedBeforeSending()
    {
        var signed = TestKeys.SignedSample(8);

        Assert.Throws<ArgumentOutOfRangeException>(() => WitnessClient.BuildRequestBody(9, new byte[32], signed));
        Assert.Throws<ArgumentOutOfRangeException>(() => WitnessClient.BuildRequestBody(-1, ReadOnlySpan<byte>.Empty, signed));
        Assert.Throws<ArgumentException>(() => WitnessClient.BuildRequestBody(0, new byte[32], signed));
        Assert.Throws<ArgumentException>(() => WitnessClient.BuildRequestBody(3, new byte[31], signed));
        Assert.Throws<ArgumentException>(() => WitnessClient.BuildRequestBody(3, new byte[32 * 64], signed));
        Assert.Throws<CheckpointException>(() => WitnessClient.BuildRequestBody(0, ReadOnlySpan<byte>.Empty, "not a note\n"));
        Assert.Throws<ArgumentException>(() => new WitnessClient(_http, new Uri("ftp://witness.example/")));
    }

    private async Task<string> GrowAndSignAsync(long size)
    {
        while (_entries.Count < size)
        {
            _entries.Append(Encoding.UTF8.GetBytes($"entry {_entries.Count}"));
        }

        var root = await new MerkleProofBuilder(_entries).GetRootHashAsync(size);
        return CheckpointSigner.Sign(new Checkpoint(TestKeys.Origin, size, root), _log);
    }

    private sealed class Handler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => send(request, cancellationToken);
    }
}
