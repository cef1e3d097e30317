using Confidant.Audit.Ledger;
using Confidant.Audit.Tests.Ledger;
using Confidant.Audit.Verification;
using Confidant.Storage;
using Microsoft.EntityFrameworkCore;

namespace Confidant.Audit.Tests.Verification;

/// <summary>
/// An administrator with write access to the database (who first drops the append-only triggers)
/// changes the stored log in every way we can think of; full verification against a checkpoint
/// taken before must notice, and name the first entry concerned and how it changed.
/// </summary>
public sealed class LedgerTamperTests : IAsyncLifetime
{
    private const int Size = 100;
    private AuditHarness _h = null!;
    private TrustedCheckpoint _checkpoint = null!;

    public async Task InitializeAsync()
    {
        _h = AuditHarness.Create(new StorageOptions { Provider = StorageProvider.Sqlite });
        for (var i = 0; i < Size; i++)
        {
            await _h.Ledger.AppendAsync(AuditHarness.SampleEvent(i, _h.Time.GetUtcNow().AddSeconds(i)));
        }

        var head = await _h.Ledger.GetHeadAsync();
        _checkpoint = new TrustedCheckpoint(head.Size, head.RootHash);
        await SqlAsync(
            """DROP TRIGGER "audit_entries_no_update" """,
            """DROP TRIGGER "audit_entries_no_delete" """,
            """DROP TRIGGER "audit_hashes_no_update" """,
            """DROP TRIGGER "audit_hashes_no_delete" """);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task AnUntouchedLog_Holds()
    {
        var report = await _h.Ledger.VerifyAsync([_checkpoint]);

        Assert.True(report.Holds, report.Problem?.Description);
        Assert.Equal(Size, report.EntriesRead);
    }

    [Fact]
    public async Task EntriesAppendedAfterTheCheckpoint_AreReportedAsNotYetCovered()
    {
        await _h.Ledger.AppendAsync(AuditHarness.SampleEvent(500, _h.Time.GetUtcNow()));

        var report = await _h.Ledger.VerifyAsync([_checkpoint]);

        Assert.True(report.Holds);
        Assert.Equal(1, report.EntriesAfterCheckpoint);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(37)]
    [InlineData(Size - 1)]
    public async Task AModifiedEntry_IsNamed(int index)
    {
        await ReplaceEntryAsync(index, AuditHarness.SampleEvent(1000, _h.Time.GetUtcNow()), alsoLeafHash: false);

        AssertProblem(await _h.Ledger.VerifyAsync([_checkpoint]), TamperKind.Modified, index);
    }

    [Fact]
    public async Task AModifiedEntry_WhoseStoredLeafHashWasRecomputedToo_IsStillNamed()
    {
        await ReplaceEntryAsync(37, AuditHarness.SampleEvent(1000, _h.Time.GetUtcNow()), alsoLeafHash: true);

        // The stored leaf hashes no longer help; the lowest trusted stored hash covers entries 36 and 37.
        AssertProblemWithin(await _h.Ledger.VerifyAsync([_checkpoint]), TamperKind.Modified, 37, 2);
    }

    [Fact]
    public async Task EveryByteOfEveryFifthEntry_WhenFlipped_IsNamed()
    {
        var entries = await _h.Ledger.ReadEntriesAsync().ToListAsync();
        foreach (var index in Enumerable.Range(0, Size).Where(i => i % 5 == 2))
        {
            var original = entries[index].Entry;
            foreach (var offset in new[] { 0, original.Length / 3, original.Length / 2, original.Length - 1 })
            {
                var changed = original.ToArray();
                changed[offset] ^= 0x01;
                await SetEntryBytesAsync(index, changed);
                AssertProblem(await _h.Ledger.VerifyAsync([_checkpoint]), TamperKind.Modified, index);
            }

            await SetEntryBytesAsync(index, original);
        }

        Assert.True((await _h.Ledger.VerifyAsync([_checkpoint])).Holds);
    }

    [Fact]
    public async Task ADeletedEntry_IsNamed()
    {
        await SqlAsync("""DELETE FROM "audit_entries" WHERE "Index" = 37""");

        AssertProblem(await _h.Ledger.VerifyAsync([_checkpoint]), TamperKind.Deleted, 37);
    }

    [Fact]
    public async Task ADeletedEntry_WithTheLaterOnesRenumberedToCloseTheGap_IsNamed()
    {
        await SqlAsync(
            """DELETE FROM "audit_entries" WHERE "Index" = 37""",
            """UPDATE "audit_entries" SET "Index" = -"Index" WHERE "Index" > 37""",
            """UPDATE "audit_entries" SET "Index" = -"Index" - 1 WHERE "Index" < 0""");

        AssertProblemWithin(await _h.Ledger.VerifyAsync([_checkpoint]), TamperKind.Deleted, 37, 2);
    }

    [Fact]
    public async Task TwoEntriesSwapped_AreNamedAsReordered()
    {
        await SwapAsync(20, 30, alsoLeafHash: false);

        AssertProblem(await _h.Ledger.VerifyAsync([_checkpoint]), TamperKind.Reordered, 20);
    }

    [Fact]
    public async Task TwoRowsSwappedWithTheirLeafHashes_AreNarrowedToTheFirstPair()
    {
        await SwapAsync(20, 30, alsoLeafHash: true);

        AssertProblemWithin(await _h.Ledger.VerifyAsync([_checkpoint]), TamperKind.Modified, 20, 2);
    }

    [Fact]
    public async Task ATruncatedLog_IsNamedAtItsNewEnd()
    {
        await SqlAsync("""DELETE FROM "audit_entries" WHERE "Index" >= 95""");

        // Entry 94 shares its lowest stored hash with the removed entry 95, so the cut is named within the pair.
        AssertProblemWithin(await _h.Ledger.VerifyAsync([_checkpoint]), TamperKind.Truncated, 95, 2);
    }

    [Fact]
    public async Task AnEmptiedLog_IsTruncatedAtZero()
    {
        await SqlAsync("""DELETE FROM "audit_entries" """, """DELETE FROM "audit_hashes" """);

        AssertProblem(await _h.Ledger.VerifyAsync([_checkpoint]), TamperKind.Truncated, 0);
    }

    [Fact]
    public async Task ALogRewrittenAndResigned_IsCaughtByAnOlderCheckpoint()
    {
        var older = new TrustedCheckpoint(50, await _h.Ledger.GetRootHashAsync(50));
        await ReplaceEntryAsync(10, AuditHarness.SampleEvent(1000, _h.Time.GetUtcNow()), alsoLeafHash: true);
        var rewritten = await RecomputedRootAsync(Size); // what a forger would sign as the new latest checkpoint

        var report = await _h.Ledger.VerifyAsync([older, new TrustedCheckpoint(Size, rewritten)]);

        Assert.Equal(TamperKind.Rewritten, report.Problem?.Kind);
    }

    [Fact]
    public async Task WhenEveryStoredHashWasAlteredToo_TheRangeIsBoundedByTheCheckpointsThatHold()
    {
        var older = new TrustedCheckpoint(50, await _h.Ledger.GetRootHashAsync(50));
        await ReplaceEntryAsync(70, AuditHarness.SampleEvent(1000, _h.Time.GetUtcNow()), alsoLeafHash: true);
        await SqlAsync("""DELETE FROM "audit_hashes" """);

        var report = await _h.Ledger.VerifyAsync([older, _checkpoint]);

        Assert.Equal(TamperKind.Unlocated, report.Problem?.Kind);
        Assert.Equal(50, report.Problem?.Index);
    }

    [Fact]
    public async Task ACheckpoint_IsNotSignedOverAStoredTreeThatWasRewritten()
    {
        var signed = await _h.Checkpoints.CheckpointNowAsync(); // size 100: the log as it was
        Assert.NotNull(signed);
        await using (var rewrite = await _h.Db.CreateAsync())
        {
            await rewrite.Database.ExecuteSqlRawAsync("""UPDATE "audit_hashes" SET "Hash" = {0} WHERE "Level" = 6 AND "Index" = 0""", System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        }

        await _h.Ledger.AppendAsync(AuditHarness.SampleEvent(500, _h.Time.GetUtcNow()));

        // The head (kept by the appending node) no longer matches the stored tree.
        var first = await Assert.ThrowsAsync<AuditException>(() => _h.Checkpoints.CheckpointNowAsync());
        Assert.Equal(AuditErrorCodes.RefusedToSign, first.Code);

        // A forger who also fixes the head to the rewritten tree's root is caught by the last checkpoint.
        var forgedRoot = await _h.Ledger.GetRootHashAsync(101);
        await using (var db = await _h.Db.CreateAsync())
        {
            await db.Database.ExecuteSqlRawAsync("""UPDATE "audit_head" SET "RootHash" = {0} WHERE "Id" = 1""", forgedRoot);
        }

        var second = await Assert.ThrowsAsync<AuditException>(() => _h.Checkpoints.CheckpointNowAsync());
        Assert.Equal(AuditErrorCodes.RefusedToSign, second.Code);
        Assert.Equal(signed, await _h.Checkpoints.GetLatestAsync());
    }

    private static void AssertProblem(VerificationReport report, TamperKind kind, long index)
    {
        Assert.False(report.Holds);
        Assert.Equal((kind, index), (report.Problem!.Kind, report.Problem.Index));
    }

    private static void AssertProblemWithin(VerificationReport report, TamperKind kind, long index, int atMost)
    {
        Assert.False(report.Holds);
        Assert.Equal(kind, report.Problem!.Kind);
        Assert.InRange(index, report.Problem.Index, report.Problem.EndIndex - 1);
        Assert.InRange(report.Problem.EndIndex - report.Problem.Index, 1, atMost);
    }

    private async Task<byte[]> RecomputedRootAsync(long size)
    {
        var source = new Merkle.InMemoryHashSource();
        await foreach (var entry in _h.Ledger.ReadEntriesAsync())
        {
            source.Append(entry.Entry);
        }

        return await new Merkle.MerkleProofBuilder(source).GetRootHashAsync(size);
    }

    private async Task ReplaceEntryAsync(int index, Audit.Events.AuditEvent replacement, bool alsoLeafHash)
    {
        var bytes = Audit.Events.AuditEntryCodec.Encode(replacement);
        await SetEntryBytesAsync(index, bytes);
        if (alsoLeafHash)
        {
            await using var db = await _h.Db.CreateAsync();
            await db.Database.ExecuteSqlRawAsync("""UPDATE "audit_entries" SET "LeafHash" = {0} WHERE "Index" = {1}""", Merkle.MerkleHash.HashLeaf(bytes), (long)index);
        }
    }

    private async Task SetEntryBytesAsync(int index, byte[] bytes)
    {
        await using var db = await _h.Db.CreateAsync();
        await db.Database.ExecuteSqlRawAsync("""UPDATE "audit_entries" SET "Entry" = {0} WHERE "Index" = {1}""", bytes, (long)index);
    }

    private async Task SwapAsync(long a, long b, bool alsoLeafHash)
    {
        var columns = alsoLeafHash ? "\"Entry\", \"LeafHash\"" : "\"Entry\"";
        var rows = await _h.Ledger.ReadEntriesAsync().Where(e => e.Index == a || e.Index == b).ToListAsync();
        var (ra, rb) = (rows.Single(r => r.Index == a), rows.Single(r => r.Index == b));
        await using var db = await _h.Db.CreateAsync();
        foreach (var (target, source) in new[] { (ra, rb), (rb, ra) })
        {
            if (alsoLeafHash)
            {
                await db.Database.ExecuteSqlRawAsync("""UPDATE "audit_entries" SET "Entry" = {0}, "LeafHash" = {1} WHERE "Index" = {2}""", source.Entry, source.StoredLeafHash, target.Index);
            }
            else
            {
                await db.Database.ExecuteSqlRawAsync("""UPDATE "audit_entries" SET "Entry" = {0} WHERE "Index" = {1}""", source.Entry, target.Index);
            }
        }

        Assert.NotNull(columns);
    }

    private async Task SqlAsync(params string[] statements)
    {
        await using var db = await _h.Db.CreateAsync();
        foreach (var sql in statements)
        {
            await db.Database.ExecuteSqlRawAsync(sql);
        }
    }
}
