using Confidant.Audit.Checkpoints;
using Confidant.Audit.Merkle;
using Confidant.Storage;
using Confidant.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Audit.Tests.Ledger;

/// <summary>Signed checkpoints of the stored ledger, on each provider.</summary>
public abstract class CheckpointServiceTests : ProviderTests
{
    [SkippableFact]
    public async Task AnEmptyLog_HasNoCheckpoint()
    {
        SkipIfUnavailable();
        Assert.Null(await H.Checkpoints.CheckpointNowAsync());
        Assert.Null(await H.Checkpoints.GetLatestAsync());
    }

    [SkippableFact]
    public async Task ACheckpoint_SignsTheHead_AndVerifiesWithThePublishedKey_AndIsNotRemadeWithoutGrowth()
    {
        SkipIfUnavailable();
        for (var i = 0; i < 5; i++)
        {
            await H.Ledger.AppendAsync(AuditHarness.SampleEvent(i, H.Time.GetUtcNow()));
        }

        var note = await H.Checkpoints.CheckpointNowAsync();
        var key = NoteVerifierKey.Parse(await H.Checkpoints.GetVerifierKeyAsync());
        var verification = CheckpointVerifier.Verify(note!, key, "audit.test.example/confidant");
        var head = await H.Ledger.GetHeadAsync();

        Assert.True(verification.IsValid, verification.Message);
        Assert.Equal(head.Size, verification.Checkpoint!.Size);
        Assert.Equal(head.RootHash, verification.Checkpoint.RootHash.ToArray());
        Assert.Equal(note, await H.Checkpoints.CheckpointNowAsync());
        Assert.Equal(note, await File.ReadAllTextAsync(Path.Combine(H.Folder, "checkpoints", CheckpointExporter.LatestFileName)));

        await H.Ledger.AppendAsync(AuditHarness.SampleEvent(9, H.Time.GetUtcNow()));
        var next = await H.Checkpoints.CheckpointNowAsync();
        Assert.NotEqual(note, next);
        Assert.Equal([note!, next!], await H.Checkpoints.ListAsync());
        Assert.True(File.Exists(Path.Combine(H.Folder, "checkpoints", CheckpointExporter.FileNameFor(6))));
    }

    [SkippableFact]
    public async Task TheSigningKey_IsStoredOnlyWrapped()
    {
        SkipIfUnavailable();
        await H.Ledger.AppendAsync(AuditHarness.SampleEvent(1, H.Time.GetUtcNow()));
        await H.Checkpoints.CheckpointNowAsync();

        var store = new Confidant.Audit.Ledger.LedgerCheckpointStore(H.Db);
        var stored = await store.GetAsync("audit.test.example/confidant");
        Assert.NotNull(stored);
        Assert.NotEqual(32, stored.WrappedSeed.Length); // wrapped: nonce, ciphertext and tag, never the bare 32-byte seed
    }

    [SkippableFact]
    public async Task AfterAKeyEncryptionKeyRotation_TheSigningKeyIsRewrapped_AndSignsAsBefore()
    {
        SkipIfUnavailable();
        await H.Ledger.AppendAsync(AuditHarness.SampleEvent(1, H.Time.GetUtcNow()));
        var key = await H.Checkpoints.GetVerifierKeyAsync();
        Assert.False(await H.Checkpoints.RewrapSigningKeyAsync()); // already under the current one

        var provider = H.Services.GetRequiredService<Confidant.Protection.Keys.IKeyEncryptionKeyProvider>();
        await H.Ring.RotateKeyEncryptionKeyAsync();
        Assert.True(await H.Checkpoints.RewrapSigningKeyAsync());

        var stored = await new Confidant.Audit.Ledger.LedgerCheckpointStore(H.Db).GetAsync("audit.test.example/confidant");
        Assert.Equal(await provider.GetCurrentKeyIdAsync(), stored!.KeyEncryptionKeyId);
        await using var fresh = H.SecondNode();
        var note = await fresh.Checkpoints.CheckpointNowAsync();
        Assert.True(CheckpointVerifier.Verify(note!, NoteVerifierKey.Parse(key)).IsValid);
        Assert.Equal(key, await fresh.Checkpoints.GetVerifierKeyAsync());
    }

    [SkippableFact]
    public async Task TwoNodes_ShareOneSigningKey_AndSignTheSameHeadToTheSameCheckpoint()
    {
        SkipIfUnavailable();
        await H.Ledger.AppendAsync(AuditHarness.SampleEvent(1, H.Time.GetUtcNow()));
        await using var second = H.SecondNode();

        var keys = await Task.WhenAll(H.Checkpoints.GetVerifierKeyAsync(), second.Checkpoints.GetVerifierKeyAsync());
        var notes = await Task.WhenAll(H.Checkpoints.CheckpointNowAsync(), second.Checkpoints.CheckpointNowAsync());

        Assert.Equal(keys[0], keys[1]);
        Assert.Equal(notes[0], notes[1]);
        Assert.Single(await H.Checkpoints.ListAsync());
    }

    [SkippableFact]
    public async Task Verification_AgainstTheStoredCheckpoints_Holds_AndAWrongKeyIsRefused()
    {
        SkipIfUnavailable();
        for (var i = 0; i < 20; i++)
        {
            await H.Ledger.AppendAsync(AuditHarness.SampleEvent(i, H.Time.GetUtcNow()));
            if (i % 7 == 0)
            {
                await H.Checkpoints.CheckpointNowAsync();
            }
        }

        var key = NoteVerifierKey.Parse(await H.Checkpoints.GetVerifierKeyAsync());
        var (report, error) = await H.Checkpoints.VerifyAsync(key);
        Assert.Null(error);
        Assert.True(report!.Holds);
        Assert.Equal(15, report.CheckpointSize);
        Assert.Equal(5, report.EntriesAfterCheckpoint);

        await using var other = AuditHarness.Create(new StorageOptions { Provider = StorageProvider.Sqlite });
        await other.Ledger.AppendAsync(AuditHarness.SampleEvent(1, other.Time.GetUtcNow()));
        var otherKey = NoteVerifierKey.Parse(await other.Checkpoints.GetVerifierKeyAsync());
        var (refused, refusal) = await H.Checkpoints.VerifyAsync(otherKey);
        Assert.Null(refused);
        Assert.StartsWith(CheckpointErrorCodes.NotSignedByKey, refusal, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AConsistencyProofBetweenTwoCheckpoints_VerifiesAgainstTheirSignedRoots()
    {
        SkipIfUnavailable();
        var key = NoteVerifierKey.Parse(await H.Checkpoints.GetVerifierKeyAsync());
        await H.Ledger.AppendAsync(AuditHarness.SampleEvent(1, H.Time.GetUtcNow()));
        var yesterday = CheckpointVerifier.Verify((await H.Checkpoints.CheckpointNowAsync())!, key).Checkpoint!;
        for (var i = 0; i < 12; i++)
        {
            await H.Ledger.AppendAsync(AuditHarness.SampleEvent(i, H.Time.GetUtcNow()));
        }

        var today = CheckpointVerifier.Verify((await H.Checkpoints.CheckpointNowAsync())!, key).Checkpoint!;
        var proof = await H.Ledger.GetConsistencyProofAsync(yesterday.Size, today.Size);

        Assert.True(MerkleVerifier.VerifyConsistency(yesterday.Size, today.Size, yesterday.RootHash, today.RootHash, proof));
    }

}

/// <summary>On SQLite.</summary>
public sealed class SqliteCheckpointServiceTests : CheckpointServiceTests
{
    protected override Task<(StorageOptions? Options, string? SkipReason)> CreateDatabaseAsync() => Databases.SqliteAsync();
}

/// <summary>On PostgreSQL.</summary>
[Collection(PostgresGroup.Name)]
public sealed class PostgresCheckpointServiceTests(PostgresServer server) : CheckpointServiceTests
{
    protected override Task<(StorageOptions? Options, string? SkipReason)> CreateDatabaseAsync() => Databases.PostgresAsync(server);
}
