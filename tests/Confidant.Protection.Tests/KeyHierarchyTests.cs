using System.Text;
using Confidant.Protection.Keys;
using Confidant.Protection.Sealing;

namespace Confidant.Protection.Tests;

public sealed class KeyHierarchyTests : IDisposable
{
    private static readonly RecordContext Record = new("acme", "subj-1", "message.original", "msg-1");
    private readonly ProtectionHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task EachCustomer_GetsTheirOwnDataKey_StoredOnlyWrapped()
    {
        await _h.Sealer.SealTextAsync(Record, "a".AsMemory());
        await _h.Sealer.SealTextAsync(Record with { SubjectId = "subj-2" }, "b".AsMemory());
        await _h.Sealer.SealTextAsync(Record with { SubjectId = null }, "c".AsMemory());

        var keys = _h.Keys.All;
        Assert.Equal(3, keys.Count);
        Assert.Contains(keys, k => k.Scope == KeyScope.ForTenant("acme"));
        Assert.All(keys, k => Assert.Equal(12 + 32 + 16, k.WrappedKey.Length));
        Assert.Equal(3, keys.Select(k => Convert.ToHexString(k.WrappedKey)).Distinct().Count());
    }

    [Fact]
    public async Task RotateDataKey_NewRecordsUseTheNewVersion_OldOnesStillOpen()
    {
        var old = await _h.Sealer.SealTextAsync(Record, "old".AsMemory());

        var version = await _h.Ring.RotateDataKeyAsync(Record.Scope);
        var fresh = await _h.Sealer.SealTextAsync(Record with { RecordId = "msg-2" }, "new".AsMemory());

        Assert.Equal(2, version);
        Assert.Equal(1, Envelope.ReadHeader(old).KeyVersion);
        Assert.Equal(2, Envelope.ReadHeader(fresh).KeyVersion);
        Assert.Equal("old", Encoding.UTF8.GetString((await _h.Sealer.OpenAsync(Record, old)).Plaintext));
    }

    [Fact]
    public async Task Reseal_MovesAnOldRecordToTheCurrentKey_AndLeavesCurrentOnesAlone()
    {
        var old = await _h.Sealer.SealTextAsync(Record, "old".AsMemory());
        await _h.Ring.RotateDataKeyAsync(Record.Scope);

        var resealed = await _h.Sealer.ResealAsync(Record, old);
        var again = await _h.Sealer.ResealAsync(Record, resealed!);

        Assert.NotNull(resealed);
        Assert.Equal(2, Envelope.ReadHeader(resealed).KeyVersion);
        Assert.Equal("old", Encoding.UTF8.GetString((await _h.Sealer.OpenAsync(Record, resealed)).Plaintext));
        Assert.Null(again);
    }

    [Fact]
    public async Task RotateKeyEncryptionKey_RewrapsEveryDataKey_WithoutReencryptingRecords()
    {
        var envelopes = new List<(RecordContext, byte[])>();
        for (var i = 0; i < 5; i++)
        {
            var context = Record with { SubjectId = $"subj-{i}" };
            envelopes.Add((context, await _h.Sealer.SealTextAsync(context, $"v{i}".AsMemory())));
        }

        var oldKek = await _h.KeyFile.GetCurrentKeyIdAsync();
        var rewrapped = await _h.Ring.RotateKeyEncryptionKeyAsync();
        var newKek = await _h.KeyFile.GetCurrentKeyIdAsync();

        Assert.Equal(5, rewrapped);
        Assert.NotEqual(oldKek, newKek);
        Assert.All(_h.Keys.All, k => Assert.Equal(newKek, k.KeyEncryptionKeyId));
        Assert.Equal(0, await _h.Ring.RewrapAllAsync(newKek));

        // A fresh process (empty cache) opens the old records through the rewrapped keys.
        using var ring = new DataKeyRing(_h.Provider, _h.Keys, Microsoft.Extensions.Options.Options.Create(_h.Options), _h.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<DataKeyRing>.Instance);
        var sealer = new RecordSealer(ring, Microsoft.Extensions.Options.Options.Create(_h.Options));
        foreach (var (context, envelope) in envelopes)
        {
            Assert.Equal(OpenStatus.Opened, (await sealer.OpenAsync(context, envelope)).Status);
        }
    }

    [Fact]
    public async Task SpentNonceBudget_RotatesTheDataKey_BeforeTheBoundIsPassed()
    {
        using var h = new ProtectionHarness(o =>
        {
            o.MaxEncryptionsPerDataKey = 10;
            o.NonceReservationBlock = 4;
        });
        var versions = new List<int>();
        for (var i = 0; i < 25; i++)
        {
            versions.Add(Envelope.ReadHeader(await h.Sealer.SealTextAsync(Record with { RecordId = $"m{i}" }, "x".AsMemory())).KeyVersion);
        }

        Assert.All(versions.GroupBy(v => v), g => Assert.True(g.Count() <= 10, $"version {g.Key} sealed {g.Count()} records"));
        Assert.True(versions[^1] >= 3);
        Assert.All(h.Keys.All, k => Assert.True(k.UsageReserved <= 12));
    }

    [Fact]
    public async Task Erase_MakesEveryRecordOfTheCustomerReportErased_AndOthersStillOpen()
    {
        var mine = await _h.Sealer.SealTextAsync(Record, "card 4111111111111111".AsMemory());
        await _h.Ring.RotateDataKeyAsync(Record.Scope);
        var mineToo = await _h.Sealer.SealTextAsync(Record with { RecordId = "msg-2" }, "v2".AsMemory());
        var other = Record with { SubjectId = "subj-2" };
        var theirs = await _h.Sealer.SealTextAsync(other, "theirs".AsMemory());

        await _h.Ring.EraseAsync(Record.Scope);

        Assert.Equal(OpenStatus.Erased, (await _h.Sealer.OpenAsync(Record, mine)).Status);
        Assert.Equal(OpenStatus.Erased, (await _h.Sealer.OpenAsync(Record with { RecordId = "msg-2" }, mineToo)).Status);
        Assert.Equal(OpenStatus.Opened, (await _h.Sealer.OpenAsync(other, theirs)).Status);
        Assert.DoesNotContain(_h.Keys.All, k => k.Scope == Record.Scope);
        var sealAgain = await Assert.ThrowsAsync<ProtectionException>(async () => await _h.Sealer.SealTextAsync(Record, "x".AsMemory()));
        Assert.Equal(ProtectionErrorCodes.ScopeErased, sealAgain.Code);
    }

    [Fact]
    public async Task Erase_OnAnotherNode_IsSeenWhenItsCachedKeyExpires()
    {
        var envelope = await _h.Sealer.SealTextAsync(Record, "x".AsMemory());
        using var otherNode = new DataKeyRing(_h.Provider, _h.Keys, Microsoft.Extensions.Options.Options.Create(_h.Options), _h.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<DataKeyRing>.Instance);
        var otherSealer = new RecordSealer(otherNode, Microsoft.Extensions.Options.Options.Create(_h.Options));
        Assert.Equal(OpenStatus.Opened, (await otherSealer.OpenAsync(Record, envelope)).Status);

        await _h.Ring.EraseAsync(Record.Scope);
        _h.Time.Advance(_h.Options.DataKeyCacheDuration + TimeSpan.FromSeconds(1));

        Assert.Equal(OpenStatus.Erased, (await otherSealer.OpenAsync(Record, envelope)).Status);
    }

    [Fact]
    public async Task CachedKeys_AreUnwrappedAgainAfterTheCacheDuration()
    {
        var envelope = await _h.Sealer.SealTextAsync(Record, "x".AsMemory());
        var unwrapsAfterFirstUse = _h.Provider.Unwraps;

        await _h.Sealer.OpenAsync(Record, envelope);
        await _h.Sealer.OpenAsync(Record, envelope);
        Assert.Equal(unwrapsAfterFirstUse, _h.Provider.Unwraps);

        _h.Time.Advance(_h.Options.DataKeyCacheDuration + TimeSpan.FromSeconds(1));
        await _h.Sealer.OpenAsync(Record, envelope);

        Assert.Equal(unwrapsAfterFirstUse + 1, _h.Provider.Unwraps);
    }

    [Fact]
    public async Task Cache_IsBoundedInSize()
    {
        using var h = new ProtectionHarness(o => o.MaxCachedDataKeys = 8);
        for (var i = 0; i < 50; i++)
        {
            await h.Sealer.SealTextAsync(Record with { SubjectId = $"s{i}" }, "x".AsMemory());
        }

        Assert.True(h.Ring.CachedCount <= 8, $"{h.Ring.CachedCount} keys cached");
    }

    [Fact]
    public async Task TamperedWrappedKey_FailsWithAKeyIntegrityError()
    {
        var envelope = await _h.Sealer.SealTextAsync(Record, "x".AsMemory());
        var stored = _h.Keys.All.Single();
        var tampered = (byte[])stored.WrappedKey.Clone();
        tampered[20] ^= 1;
        _h.Keys.Overwrite(stored with { WrappedKey = tampered });
        _h.Time.Advance(_h.Options.DataKeyCacheDuration + TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<ProtectionException>(async () => await _h.Sealer.OpenAsync(Record, envelope));

        Assert.Equal(ProtectionErrorCodes.WrappedKeyCorrupted, error.Code);
    }

    [Fact]
    public async Task WrappedKeySwappedBetweenCustomers_FailsToUnwrap()
    {
        var other = Record with { SubjectId = "subj-2" };
        await _h.Sealer.SealTextAsync(Record, "x".AsMemory());
        var envelope = await _h.Sealer.SealTextAsync(other, "y".AsMemory());
        var mine = _h.Keys.All.Single(k => k.Scope == Record.Scope);
        var theirs = _h.Keys.All.Single(k => k.Scope == other.Scope);
        _h.Keys.Overwrite(theirs with { WrappedKey = mine.WrappedKey });
        _h.Time.Advance(_h.Options.DataKeyCacheDuration + TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<ProtectionException>(async () => await _h.Sealer.OpenAsync(other, envelope));

        Assert.Equal(ProtectionErrorCodes.WrappedKeyCorrupted, error.Code);
    }

    [Fact]
    public async Task LostKeyFile_FailsWithAClearError_AndRestoringItLosesNothing()
    {
        var envelope = await _h.Sealer.SealTextAsync(Record, "kept".AsMemory());
        var backup = File.ReadAllBytes(_h.Options.KeyFilePath);
        File.Delete(_h.Options.KeyFilePath);

        // A new process finds no key file, makes a new one, and cannot unwrap the stored keys.
        using (var replaced = new LocalKeyFileProvider(_h.Options.KeyFilePath, _h.Time))
        using (var ring = new DataKeyRing(replaced, _h.Keys, Microsoft.Extensions.Options.Options.Create(_h.Options), _h.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<DataKeyRing>.Instance))
        {
            var sealer = new RecordSealer(ring, Microsoft.Extensions.Options.Options.Create(_h.Options));
            var error = await Assert.ThrowsAsync<ProtectionException>(async () => await sealer.OpenAsync(Record, envelope));
            Assert.Equal(ProtectionErrorCodes.UnknownKeyEncryptionKey, error.Code);
            Assert.Contains("restore the original", error.Message, StringComparison.Ordinal);
        }

        File.WriteAllBytes(_h.Options.KeyFilePath, backup);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_h.Options.KeyFilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        using var restored = new LocalKeyFileProvider(_h.Options.KeyFilePath, _h.Time);
        using var restoredRing = new DataKeyRing(restored, _h.Keys, Microsoft.Extensions.Options.Options.Create(_h.Options), _h.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<DataKeyRing>.Instance);
        var opened = await new RecordSealer(restoredRing, Microsoft.Extensions.Options.Options.Create(_h.Options)).OpenAsync(Record, envelope);
        Assert.Equal("kept", Encoding.UTF8.GetString(opened.Plaintext));
    }
}
