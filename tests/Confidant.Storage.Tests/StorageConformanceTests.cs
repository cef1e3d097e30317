using System.Text;
using Confidant.Protection;
using Confidant.Protection.Keys;
using Confidant.Protection.Vault;
using Confidant.Redaction.Text;
using Confidant.Storage.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Storage.Tests;

/// <summary>
/// What the storage promises, run unchanged against each provider (see the derived classes).
/// </summary>
public abstract class StorageConformanceTests : IAsyncLifetime
{
    protected const string Tenant = "acme";
    protected const string Customer = "cust-1";
    private const string Card = "4111 1111 1111 1111";
    private StorageHarness? _harness;
    private string? _skipReason;

    protected StorageHarness H => _harness ?? throw new InvalidOperationException("not initialised");

    /// <summary>Options for a fresh, empty database; null when the provider is unavailable (the reason is skipped with).</summary>
    protected abstract Task<(StorageOptions? Options, string? SkipReason)> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        var (options, reason) = await CreateDatabaseAsync();
        _skipReason = reason;
        if (options is not null)
        {
            _harness = await StorageHarness.CreateAsync(options);
        }
    }

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
            _harness.DeleteFolder();
        }
    }

    [SkippableFact]
    public async Task AppendedMessages_ReadBackInOrder_PerSink_WithFindingsByClassAndCount()
    {
        SkipIfUnavailable();
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));

        await H.Conversations.AppendAsync(Message(conversation, $"my cc is {Card}", ("transcript", "my cc is •••• 1111"), ("bot", "my cc is <CARD_NUMBER_1>")));
        await H.Conversations.AppendAsync(Message(conversation, "thanks", ("transcript", "thanks"), ("bot", "thanks")) with { Findings = new Dictionary<string, int>() });
        var transcript = await H.Conversations.ReadAsync(Tenant, Customer, conversation, "transcript");
        var bot = await H.Conversations.ReadAsync(Tenant, Customer, conversation, "bot");
        var original = await H.Conversations.ReadAsync(Tenant, Customer, conversation, "original");
        var analytics = await H.Conversations.ReadAsync(Tenant, Customer, conversation, "analytics");

        Assert.Equal(["my cc is •••• 1111", "thanks"], transcript.Select(m => m.Text));
        Assert.Equal([1L, 2L], transcript.Select(m => m.Sequence));
        Assert.Equal("my cc is <CARD_NUMBER_1>", bot[0].Text);
        Assert.Equal($"my cc is {Card}", original[0].Text);
        Assert.All(analytics, m => Assert.Equal(StoredTextStatus.NotKept, m.Status));
        Assert.Equal(1, transcript[0].Findings["CARD_NUMBER"]);
        Assert.Empty(transcript[1].Findings);
    }

    [SkippableFact]
    public async Task MessageWithoutOriginal_KeepsOnlyItsViews()
    {
        SkipIfUnavailable();
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));

        await H.Conversations.AppendAsync(Message(conversation, "pin is 1234", ("transcript", "pin is [PIN]")) with { Original = null });

        var original = Assert.Single(await H.Conversations.ReadAsync(Tenant, Customer, conversation, "original"));
        Assert.Equal(StoredTextStatus.NotKept, original.Status);
        Assert.False(await AnyStoredBytesContainAsync("1234"));
    }

    [SkippableFact]
    public async Task TheDatabase_HoldsNoReadableText()
    {
        SkipIfUnavailable();
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        await H.Conversations.AppendAsync(Message(conversation, "canary-original-7731 " + Card, ("transcript", "canary-view-5512")));
        await H.Conversations.SaveStateAsync(Tenant, Customer, conversation, Encoding.UTF8.GetBytes("canary-state-9020"));
        await H.Vault.TokenizeAsync(Tenant, Customer, "CARD_NUMBER", Card.AsMemory());

        foreach (var canary in new[] { "canary-original-7731", "canary-view-5512", "canary-state-9020", "4111111111111111", Card })
        {
            Assert.False(await AnyStoredBytesContainAsync(canary), canary);
        }
    }

    [SkippableFact]
    public async Task ConversationState_RoundTrips_Sealed()
    {
        SkipIfUnavailable();
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));

        await H.Conversations.SaveStateAsync(Tenant, Customer, conversation, "pseudonyms"u8.ToArray());

        Assert.Equal("pseudonyms"u8.ToArray(), await H.Conversations.LoadStateAsync(Tenant, Customer, conversation));
        Assert.Null(await H.Conversations.LoadStateAsync(Tenant, "cust-2", conversation));
    }

    [SkippableFact]
    public async Task AnotherCustomersConversation_IsNotFound()
    {
        SkipIfUnavailable();
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));

        var read = await Assert.ThrowsAsync<StorageException>(() => H.Conversations.ReadAsync(Tenant, "cust-2", conversation, "transcript"));
        var write = await Assert.ThrowsAsync<StorageException>(() => H.Conversations.AppendAsync(Message(conversation, "x") with { SubjectId = "cust-2" }));
        var otherTenant = await Assert.ThrowsAsync<StorageException>(() => H.Conversations.ReadAsync("globex", Customer, conversation, "transcript"));

        Assert.All(new[] { read, write, otherTenant }, e => Assert.Equal(StorageErrorCodes.ConversationNotFound, e.Code));
    }

    [SkippableFact]
    public async Task BadInput_IsRefusedWithACode_AndNothingIsStored()
    {
        SkipIfUnavailable();
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));

        var badSink = await Assert.ThrowsAsync<StorageException>(() => H.Conversations.AppendAsync(Message(conversation, "x", ("Transcript View", "x"))));
        var reserved = await Assert.ThrowsAsync<StorageException>(() => H.Conversations.AppendAsync(Message(conversation, "x", ("original", "x"))));
        var badClass = await Assert.ThrowsAsync<StorageException>(() => H.Conversations.AppendAsync(Message(conversation, "x") with { Findings = new Dictionary<string, int> { ["4111111111111111"] = 1 } }));
        var tooLong = await Assert.ThrowsAsync<StorageException>(() => H.Conversations.AppendAsync(Message(conversation, new string('x', H.Options.MaxMessageLength + 1))));
        var tooMany = await Assert.ThrowsAsync<StorageException>(() => H.Conversations.AppendBatchAsync([.. Enumerable.Range(0, H.Options.MaxBatchSize + 1).Select(_ => Message(conversation, "x"))]));

        Assert.Equal(StorageErrorCodes.InvalidName, badSink.Code);
        Assert.Equal(StorageErrorCodes.InvalidName, reserved.Code);
        Assert.Equal(StorageErrorCodes.InvalidName, badClass.Code);
        Assert.DoesNotContain("4111", badClass.Message, StringComparison.Ordinal);
        Assert.Equal(StorageErrorCodes.TooLarge, tooLong.Code);
        Assert.Equal(StorageErrorCodes.TooLarge, tooMany.Code);
        Assert.Empty(await H.Conversations.ReadAsync(Tenant, Customer, conversation, "transcript"));
    }

    [SkippableFact]
    public async Task ABatch_IsAllOrNothing()
    {
        SkipIfUnavailable();
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        var missing = Guid.CreateVersion7();

        await Assert.ThrowsAsync<StorageException>(() => H.Conversations.AppendBatchAsync([Message(conversation, "a"), Message(missing, "b")]));
        var ids = await H.Conversations.AppendBatchAsync([Message(conversation, "a"), Message(conversation, "b")]);

        Assert.Equal(2, ids.Count);
        Assert.Equal(["a", "b"], (await H.Conversations.ReadAsync(Tenant, Customer, conversation, "original")).Select(m => m.Text));
    }

    [SkippableFact]
    public async Task StartingConversations_AddsTheTenantAndCustomerOnce_EvenConcurrently()
    {
        SkipIfUnavailable();
        var retain = H.Time.GetUtcNow().AddDays(30);

        var started = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => H.Conversations.StartAsync("initech", "new-cust", retain))));

        Assert.Equal(8, started.Distinct().Count());
        var db = await H.Db.CreateAsync();
        await using (db)
        {
            Assert.Equal(1, await db.Tenants.CountAsync(t => t.Id == "initech"));
            var subject = await db.Subjects.SingleAsync(s => s.TenantId == "initech" && s.Id == "new-cust");
            Assert.Equal(H.Time.GetUtcNow(), subject.CreatedAt);
            Assert.Null(subject.ErasedAt);
            var conversations = await db.Conversations.Where(c => c.TenantId == "initech").ToListAsync();
            Assert.All(conversations, c => Assert.Equal((retain, 0L, (DateTimeOffset?)null), (c.RetainUntil, c.MessageCount, c.HandedOffAt)));
            Assert.Equal(started.Order(), conversations.Select(c => c.Id).Order());
        }
    }

    [SkippableFact]
    public async Task AHandOff_IsMarkedWithItsMessage_KeepsItsFirstTime_AndOnlyForItsConversation()
    {
        SkipIfUnavailable();
        var handed = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        var other = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        await H.Conversations.AppendAsync(Message(handed, "just a question"));
        Assert.Empty(await H.Conversations.ListHandedOffAsync(Tenant, 10));

        var first = H.Time.GetUtcNow();
        await H.Conversations.AppendBatchAsync([Message(handed, "a person please") with { HandsOffConversation = true }, Message(other, "not me")]);
        H.Time.Advance(TimeSpan.FromMinutes(5));
        await H.Conversations.AppendAsync(Message(handed, "still there?") with { HandsOffConversation = true });

        var queue = await H.Conversations.ListHandedOffAsync(Tenant, 10);
        var (id, subject, at) = Assert.Single(queue);
        Assert.Equal((handed, Customer), (id, subject));
        Assert.Equal(first, at);

        // A failed batch marks nothing.
        await Assert.ThrowsAsync<StorageException>(() => H.Conversations.AppendBatchAsync([Message(other, "hand me over") with { HandsOffConversation = true }, Message(Guid.CreateVersion7(), "x")]));
        Assert.Single(await H.Conversations.ListHandedOffAsync(Tenant, 10));
    }

    [SkippableFact]
    public async Task ConcurrentAppendsToOneConversation_GetDistinctSequences()
    {
        SkipIfUnavailable();
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        await using var other = await H.SecondNodeAsync();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => (i % 2 == 0 ? H : other).Conversations.AppendAsync(Message(conversation, $"m{i}")))));

        var messages = await H.Conversations.ReadAsync(Tenant, Customer, conversation, "original");
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), messages.Select(m => m.Sequence));
        Assert.Equal(20, messages.Select(m => m.Text).Distinct().Count());
    }

    [SkippableFact]
    public async Task ErasedCustomer_ReadsAsErased_OthersAreUntouched()
    {
        SkipIfUnavailable();
        var mine = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        var theirs = await H.Conversations.StartAsync(Tenant, "cust-2", H.Time.GetUtcNow().AddDays(30));
        await H.Conversations.AppendAsync(Message(mine, Card, ("transcript", "•••• 1111")));
        await H.Conversations.AppendAsync(Message(theirs, "hello", ("transcript", "hello")) with { SubjectId = "cust-2" });
        var token = await H.Vault.TokenizeAsync(Tenant, Customer, "CARD_NUMBER", Card.AsMemory());

        await H.Ring.EraseAsync(KeyScope.ForSubject(Tenant, Customer));
        await using var other = await H.SecondNodeAsync();

        foreach (var node in new[] { H, other })
        {
            var read = Assert.Single(await node.Conversations.ReadAsync(Tenant, Customer, mine, "transcript"));
            Assert.Equal(StoredTextStatus.Erased, read.Status);
            Assert.Null(read.Text);
            Assert.Equal(DetokenizeStatus.Erased, (await node.Vault.DetokenizeAsync(new DetokenizeRequest(Tenant, token.Token, "p", "svc"))).Status);
            Assert.Equal("hello", Assert.Single(await node.Conversations.ReadAsync(Tenant, "cust-2", theirs, "transcript")).Text);
        }

        Assert.True(await H.KeyStore.IsErasedAsync(KeyScope.ForSubject(Tenant, Customer)));
        await using (var db = H.Db.Create())
        {
            Assert.All(await db.VaultEntries.Where(v => v.SubjectId == Customer).ToListAsync(), v => Assert.Null(v.DisplayHint));
            Assert.All(await db.Conversations.Where(c => c.SubjectId == Customer).ToListAsync(), c => Assert.Null(c.SealedState));
        }

        var noNewKey = await Assert.ThrowsAsync<ProtectionException>(() => H.Conversations.AppendAsync(Message(mine, "after erasure")));
        Assert.Equal(ProtectionErrorCodes.ScopeErased, noNewKey.Code);
        await Assert.ThrowsAsync<ProtectionException>(async () => await H.Ring.RotateDataKeyAsync(KeyScope.ForSubject(Tenant, Customer)));
        Assert.Null(await H.KeyStore.GetLatestAsync(KeyScope.ForSubject(Tenant, Customer)));
    }

    [SkippableFact]
    public async Task Retention_DeletesWhatIsPastItsDeadline_Only()
    {
        SkipIfUnavailable();
        var now = H.Time.GetUtcNow();
        var shortLived = await H.Conversations.StartAsync(Tenant, Customer, now.AddDays(1));
        var longLived = await H.Conversations.StartAsync(Tenant, Customer, now.AddDays(90));
        await H.Conversations.AppendAsync(Message(shortLived, "a", ("transcript", "a")) with { RetainUntil = now.AddDays(1) });
        await H.Conversations.AppendAsync(Message(longLived, "b", ("transcript", "b")) with { RetainUntil = now.AddDays(1) });
        await H.Conversations.AppendAsync(Message(longLived, "c", ("transcript", "c")) with { RetainUntil = now.AddDays(90) });
        await H.Vault.TokenizeAsync(Tenant, Customer, "CARD_NUMBER", Card.AsMemory(), lifetime: TimeSpan.FromDays(1));
        var kept = await H.Vault.TokenizeAsync(Tenant, Customer, "IBAN", "DE89370400440532013000".AsMemory(), lifetime: TimeSpan.FromDays(90));

        var early = await H.Retention.RunOnceAsync();
        H.Time.Advance(TimeSpan.FromDays(2));
        var due = await H.Retention.RunOnceAsync();
        var again = await H.Retention.RunOnceAsync();

        Assert.Equal(new Jobs.RetentionResult(0, 0, 0), early);
        Assert.Equal(new Jobs.RetentionResult(2, 1, 1), due);
        Assert.Equal(new Jobs.RetentionResult(0, 0, 0), again);
        Assert.Equal(["c"], (await H.Conversations.ReadAsync(Tenant, Customer, longLived, "transcript")).Select(m => m.Text));
        Assert.Equal([longLived], await H.Conversations.ListAsync(Tenant, Customer));
        Assert.Equal(DetokenizeStatus.Revealed, (await H.Vault.DetokenizeAsync(new DetokenizeRequest(Tenant, kept.Token, "p", "svc"))).Status);
    }

    [SkippableFact]
    public async Task DataKeyRotation_ThenReseal_MovesEveryRecordToTheNewKey_AndResumesAfterAnInterruption()
    {
        SkipIfUnavailable();
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        for (var i = 0; i < 7; i++)
        {
            await H.Conversations.AppendAsync(Message(conversation, $"m{i}", ("transcript", $"t{i}"), ("bot", $"b{i}")));
        }

        await H.Conversations.SaveStateAsync(Tenant, Customer, conversation, "state"u8.ToArray());
        var token = await H.Vault.TokenizeAsync(Tenant, Customer, "CARD_NUMBER", Card.AsMemory());
        await H.Ring.RotateDataKeyAsync(KeyScope.ForSubject(Tenant, Customer));

        var interrupted = await H.Reseal.RunAsync(batchSize: 3, maxBatches: 1);
        var rest = await H.Reseal.RunAsync(batchSize: 3);
        var nothingLeft = await H.Reseal.RunAsync();

        Assert.Equal(9, interrupted + rest);
        Assert.True(interrupted is > 0 and < 9);
        Assert.Equal(0, nothingLeft);
        await using (var db = H.Db.Create())
        {
            Assert.All(await db.Messages.ToListAsync(), m =>
            {
                Assert.Equal(2, m.KeyVersion);
                Assert.Equal(2, PackedViews.Read(m.SealedViews!).Count);
                Assert.All(PackedViews.Read(m.SealedViews!), v => Assert.Equal(2, Protection.Sealing.Envelope.ReadHeader(v.Envelope.Span).KeyVersion));
            });
        }

        Assert.Equal(["t0", "t1", "t2", "t3", "t4", "t5", "t6"], (await H.Conversations.ReadAsync(Tenant, Customer, conversation, "transcript")).Select(m => m.Text));
        Assert.Equal("state"u8.ToArray(), await H.Conversations.LoadStateAsync(Tenant, Customer, conversation));
        Assert.Equal(DetokenizeStatus.Revealed, (await H.Vault.DetokenizeAsync(new DetokenizeRequest(Tenant, token.Token, "p", "svc"))).Status);
        Assert.Equal(token.Token, (await H.Vault.TokenizeAsync(Tenant, Customer, "CARD_NUMBER", Card.AsMemory())).Token);
    }

    [SkippableFact]
    public async Task BackgroundMaintenance_DeletesExpiredRecords_AndResealsAfterARotation()
    {
        SkipIfUnavailable();
        var now = H.Time.GetUtcNow();
        var expiring = await H.Conversations.StartAsync(Tenant, Customer, now.AddDays(1));
        var kept = await H.Conversations.StartAsync(Tenant, Customer, now.AddDays(90));
        await H.Conversations.AppendAsync(Message(expiring, "old", ("transcript", "old")) with { RetainUntil = now.AddDays(1) });
        await H.Conversations.AppendAsync(Message(kept, "new", ("transcript", "new")) with { RetainUntil = now.AddDays(90) });
        await H.Ring.RotateDataKeyAsync(KeyScope.ForSubject(Tenant, Customer));
        H.Time.Advance(TimeSpan.FromDays(2));

        await H.Services.GetRequiredService<Jobs.StorageMaintenanceService>().RunOnceAsync(CancellationToken.None);

        Assert.Equal([kept], await H.Conversations.ListAsync(Tenant, Customer));
        await using var db = H.Db.Create();
        Assert.Equal(2, (await db.Messages.SingleAsync()).KeyVersion);
    }

    [SkippableFact]
    public async Task KeyEncryptionKeyRotation_RewrapsStoredKeys_AndANewNodeStillReads()
    {
        SkipIfUnavailable();
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        await H.Conversations.AppendAsync(Message(conversation, "before", ("transcript", "before")));

        var rewrapped = await H.Ring.RotateKeyEncryptionKeyAsync();
        await using var fresh = await H.SecondNodeAsync();

        Assert.True(rewrapped >= 1);
        Assert.Equal("before", Assert.Single(await fresh.Conversations.ReadAsync(Tenant, Customer, conversation, "transcript")).Text);
        var current = await fresh.Services.GetRequiredService<IKeyEncryptionKeyProvider>().GetCurrentKeyIdAsync();
        await foreach (var key in H.KeyStore.ListWrappedByOtherAsync(current))
        {
            Assert.Fail($"data key {key.Version} is still wrapped by {key.KeyEncryptionKeyId}");
        }
    }

    [SkippableFact]
    public async Task KeyStore_AddingAnExistingVersion_ReturnsFalse_AndUsageReservationsAddUp()
    {
        SkipIfUnavailable();
        var scope = KeyScope.ForSubject(Tenant, Customer);
        var key = new StoredDataKey(scope, 1, "kek-a", new byte[60], H.Time.GetUtcNow(), 0);

        Assert.True(await H.KeyStore.TryAddAsync(key));
        Assert.False(await H.KeyStore.TryAddAsync(key with { WrappedKey = new byte[60] }));
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => H.KeyStore.ReserveUsageAsync(scope, 1, 100).AsTask()));

        Assert.Equal(1000, (await H.KeyStore.GetAsync(scope, 1))!.UsageReserved);
        Assert.Equal(1100, await H.KeyStore.ReserveUsageAsync(scope, 1, 100));
    }

    [SkippableFact]
    public async Task Vault_OnTheDatabase_GivesOneTokenPerValue_AndReplacesAnExpiredOne()
    {
        SkipIfUnavailable();
        var a = await H.Vault.TokenizeAsync(Tenant, Customer, "CARD_NUMBER", Card.AsMemory(), lifetime: TimeSpan.FromDays(1));
        var b = await H.Vault.TokenizeAsync(Tenant, Customer, "CARD_NUMBER", "4111-1111-1111-1111".AsMemory());
        H.Time.Advance(TimeSpan.FromDays(2));
        var c = await H.Vault.TokenizeAsync(Tenant, Customer, "CARD_NUMBER", Card.AsMemory());

        Assert.Equal(a.Token, b.Token);
        Assert.NotEqual(a.Token, c.Token);
        var revealed = await H.Vault.DetokenizeAsync(new DetokenizeRequest(Tenant, c.Token, "payment", "svc"));
        Assert.Equal(Card, revealed.Value!.Span.ToString());
    }

    [SkippableFact]
    public async Task SwappedRows_ReadAsCorrupted_AndOtherRowsStillRead()
    {
        SkipIfUnavailable();
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        var first = await H.Conversations.AppendAsync(Message(conversation, "first", ("transcript", "first")));
        var second = await H.Conversations.AppendAsync(Message(conversation, "second", ("transcript", "second")));
        var third = await H.Conversations.AppendAsync(Message(conversation, "third", ("transcript", "third")));
        await using (var db = H.Db.Create())
        {
            var rows = await db.Messages.Where(m => m.Id == first || m.Id == second).ToListAsync();
            (rows[0].SealedViews, rows[1].SealedViews) = (rows[1].SealedViews, rows[0].SealedViews);
            await db.SaveChangesAsync();
        }

        var read = await H.Conversations.ReadAsync(Tenant, Customer, conversation, "transcript");

        Assert.Equal([StoredTextStatus.Corrupted, StoredTextStatus.Corrupted, StoredTextStatus.Available], read.Select(m => m.Status));
        Assert.All(read.Take(2), m => Assert.Null(m.Text));
        Assert.Equal("third", read.Single(m => m.Id == third).Text);
        Assert.Contains(H.Logs.GetSnapshot(), r => r.Message.Contains(ProtectionErrorCodes.EnvelopeIntegrity, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task ViewsWithTheSameText_ShareOneEnvelope_AndEachSinkReadsItsOwn()
    {
        SkipIfUnavailable();
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        var id = await H.Conversations.AppendAsync(Message(conversation, $"card {Card}", ("transcript", "card •••• 1111"), ("agent", "card •••• 1111"), ("bot", "card <CARD_NUMBER_1>"), ("analytics", "card [CARD_NUMBER]")));
        await H.Conversations.AppendAsync(Message(conversation, "thanks", ("transcript", "thanks"), ("agent", "thanks"), ("bot", "thanks"), ("analytics", "thanks")));

        await using (var db = H.Db.Create())
        {
            var rows = await db.Messages.OrderBy(m => m.Sequence).ToListAsync();
            Assert.Equal(["agent+transcript", "analytics", "bot"], PackedViews.Read(rows[0].SealedViews!).Select(e => e.Sinks));
            Assert.Equal(["agent+analytics+bot+transcript"], PackedViews.Read(rows[1].SealedViews!).Select(e => e.Sinks));
            Assert.Empty(await db.MessageViews.ToListAsync());
        }

        Assert.Equal(["card •••• 1111", "thanks"], (await H.Conversations.ReadAsync(Tenant, Customer, conversation, "transcript")).Select(m => m.Text));
        Assert.Equal(["card •••• 1111", "thanks"], (await H.Conversations.ReadAsync(Tenant, Customer, conversation, "agent")).Select(m => m.Text));
        Assert.Equal(["card <CARD_NUMBER_1>", "thanks"], (await H.Conversations.ReadAsync(Tenant, Customer, conversation, "bot")).Select(m => m.Text));
        Assert.Equal(["card [CARD_NUMBER]", "thanks"], (await H.Conversations.ReadAsync(Tenant, Customer, conversation, "analytics")).Select(m => m.Text));
        var other = await H.Conversations.ReadAsync(Tenant, Customer, conversation, "crm");
        Assert.All(other, m => Assert.Equal(StoredTextStatus.NotKept, m.Status));
        Assert.Equal(id, other[0].Id);
    }

    [SkippableFact]
    public async Task ViewRelabelledForAnotherSink_ReadsAsCorrupted_NeverAsThatSinksText()
    {
        SkipIfUnavailable();
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        await H.Conversations.AppendAsync(Message(conversation, $"card {Card}", ("transcript", "card •••• 1111"), ("agent", $"card {Card}")));
        await using (var db = H.Db.Create())
        {
            // Someone with write access to the database gives the agent's envelope the transcript's label.
            var row = await db.Messages.SingleAsync();
            var entries = PackedViews.Read(row.SealedViews!);
            row.SealedViews = PackedViews.Pack([.. entries.Select(e => (e.Sinks == "agent" ? "transcript" : "agent", e.Envelope.ToArray()))]);
            await db.SaveChangesAsync();
        }

        var transcript = Assert.Single(await H.Conversations.ReadAsync(Tenant, Customer, conversation, "transcript"));

        Assert.Equal(StoredTextStatus.Corrupted, transcript.Status);
        Assert.Null(transcript.Text);
        Assert.Contains(H.Logs.GetSnapshot(), r => r.Message.Contains(ProtectionErrorCodes.EnvelopeIntegrity, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task DamagedPackedViews_ReadAsCorrupted_AndOtherMessagesStillRead()
    {
        SkipIfUnavailable();
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        var first = await H.Conversations.AppendAsync(Message(conversation, "first", ("transcript", "first")));
        await H.Conversations.AppendAsync(Message(conversation, "second", ("transcript", "second")));
        await using (var db = H.Db.Create())
        {
            var row = await db.Messages.SingleAsync(m => m.Id == first);
            row.SealedViews = row.SealedViews![..^40]; // the envelope's stated length now runs past the end
            await db.SaveChangesAsync();
        }

        var read = await H.Conversations.ReadAsync(Tenant, Customer, conversation, "transcript");
        await H.Ring.RotateDataKeyAsync(KeyScope.ForSubject(Tenant, Customer));
        var resealed = await H.Reseal.RunAsync();

        Assert.Equal([StoredTextStatus.Corrupted, StoredTextStatus.Available], read.Select(m => m.Status));
        Assert.Equal("second", read[1].Text);
        Assert.Equal(1, resealed); // the damaged one is logged and skipped, never retried forever
        Assert.Equal(0, await H.Reseal.RunAsync());
        Assert.Contains(H.Logs.GetSnapshot(), r => r.Message.Contains(ProtectionErrorCodes.EnvelopeTruncated, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("agent+transcript")] // the agent's clear text also offered to the transcript
    [InlineData("transcript+bot")] // a list out of order
    [InlineData("transcript+transcript")]
    [InlineData("Transcript")]
    [InlineData("transcript+")]
    [InlineData("transcript+{1100 letters}")] // too long for a record id
    public async Task ViewWithAnAlteredListOfSinks_ReadsAsCorrupted_AndResealingGoesOn(string label)
    {
        SkipIfUnavailable();
        label = label.Replace("{1100 letters}", new string('z', 1100), StringComparison.Ordinal);
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        var first = await H.Conversations.AppendAsync(Message(conversation, $"card {Card}", ("transcript", "card •••• 1111"), ("bot", "card •••• 1111"), ("agent", $"card {Card}")));
        await H.Conversations.AppendAsync(Message(conversation, "second", ("transcript", "second")));
        await using (var db = H.Db.Create())
        {
            var row = await db.Messages.SingleAsync(m => m.Id == first);
            var agent = PackedViews.Read(row.SealedViews!).Single(e => e.Sinks == "agent");
            row.SealedViews = PackedViews.Pack([(label, agent.Envelope.ToArray())]);
            await db.SaveChangesAsync();
        }

        var transcript = await H.Conversations.ReadAsync(Tenant, Customer, conversation, "transcript");
        await H.Ring.RotateDataKeyAsync(KeyScope.ForSubject(Tenant, Customer));

        Assert.Equal([StoredTextStatus.Corrupted, StoredTextStatus.Available], transcript.Select(m => m.Status));
        Assert.Equal(1, await H.Reseal.RunAsync());
        Assert.Equal("second", (await H.Conversations.ReadAsync(Tenant, Customer, conversation, "transcript"))[1].Text);
    }

    [SkippableFact]
    public async Task ManySinksSharingOneText_AreStoredInEntriesThatFitARecordId()
    {
        SkipIfUnavailable();
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        var sinks = Enumerable.Range(0, 40).Select(i => $"connector-{i:D2}-" + new string('x', 50)).ToArray();

        await H.Conversations.AppendAsync(Message(conversation, "hello", [.. sinks.Select(s => (s, "hello"))]));

        await using (var db = H.Db.Create())
        {
            var entries = PackedViews.Read((await db.Messages.SingleAsync()).SealedViews!);
            Assert.True(entries.Count > 1);
            Assert.All(entries, e => Assert.True(e.Sinks.Length <= PackedViews.MaxSinksLength));
        }

        foreach (var sink in sinks)
        {
            Assert.Equal("hello", Assert.Single(await H.Conversations.ReadAsync(Tenant, Customer, conversation, sink)).Text);
        }
    }

    [SkippableFact]
    public async Task AConversationOfBothLayouts_ReadsEachMessageFromItsOwn()
    {
        SkipIfUnavailable();
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        var old = await H.Conversations.AppendAsync(Message(conversation, "old", ("transcript", "old")));
        var packed = await H.Conversations.AppendAsync(Message(conversation, "new", ("transcript", "new")));
        await using (var db = H.Db.Create())
        {
            var oldRow = await db.Messages.SingleAsync(m => m.Id == old);
            var envelope = PackedViews.Read(oldRow.SealedViews!)[0].Envelope.ToArray();
            db.MessageViews.Add(new MessageViewRow { TenantId = Tenant, MessageId = old, Sink = "transcript", KeyVersion = 1, Sealed = envelope });
            oldRow.SealedViews = null;
            db.MessageViews.Add(new MessageViewRow { TenantId = Tenant, MessageId = packed, Sink = "transcript", KeyVersion = 1, Sealed = envelope }); // a stray row is ignored
            await db.SaveChangesAsync();
        }

        Assert.Equal(["old", "new"], (await H.Conversations.ReadAsync(Tenant, Customer, conversation, "transcript")).Select(m => m.Text));
        Assert.All(await H.Conversations.ReadAsync(Tenant, Customer, conversation, "bot"), m => Assert.Equal(StoredTextStatus.NotKept, m.Status));
    }

    [SkippableFact]
    public async Task ViewsStoredAsRowsBeforePacking_StillRead_Reseal_AndExpire()
    {
        SkipIfUnavailable();
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        await H.Conversations.AppendAsync(Message(conversation, $"card {Card}", ("transcript", "card •••• 1111"), ("bot", "card <CARD_NUMBER_1>")));
        await H.Conversations.AppendAsync(Message(conversation, "thanks", ("transcript", "thanks, noted"), ("bot", "thanks")));
        await using (var db = H.Db.Create())
        {
            // The layout before packing: a row per sink, the same record id as a one-sink entry.
            foreach (var row in await db.Messages.ToListAsync())
            {
                foreach (var (sink, envelope) in PackedViews.Read(row.SealedViews!))
                {
                    db.MessageViews.Add(new MessageViewRow { TenantId = row.TenantId, MessageId = row.Id, Sink = sink, KeyVersion = row.KeyVersion, Sealed = envelope.ToArray() });
                }

                row.SealedViews = null;
            }

            await db.SaveChangesAsync();
        }

        Assert.Equal(["card •••• 1111", "thanks, noted"], (await H.Conversations.ReadAsync(Tenant, Customer, conversation, "transcript")).Select(m => m.Text));
        Assert.Equal(["card <CARD_NUMBER_1>", "thanks"], (await H.Conversations.ReadAsync(Tenant, Customer, conversation, "bot")).Select(m => m.Text));

        await H.Ring.RotateDataKeyAsync(KeyScope.ForSubject(Tenant, Customer));
        Assert.Equal(2, await H.Reseal.RunAsync());
        await using (var db = H.Db.Create())
        {
            Assert.All(await db.MessageViews.ToListAsync(), v => Assert.Equal(2, Protection.Sealing.Envelope.ReadHeader(v.Sealed).KeyVersion));
            Assert.All(await db.Messages.ToListAsync(), m => Assert.Equal(2, m.KeyVersion));
        }

        Assert.Equal(["card •••• 1111", "thanks, noted"], (await H.Conversations.ReadAsync(Tenant, Customer, conversation, "transcript")).Select(m => m.Text));

        H.Time.Advance(TimeSpan.FromDays(31));
        Assert.Equal(2, (await H.Retention.RunOnceAsync()).Messages);
        await using (var db = H.Db.Create())
        {
            Assert.Empty(await db.MessageViews.ToListAsync());
        }
    }

    [SkippableFact]
    public async Task MessageMovedToAnotherConversationOfTheSameCustomer_FailsToOpen()
    {
        SkipIfUnavailable();
        var a = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        var b = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        await H.Conversations.AppendAsync(Message(a, "said in a"));
        await using (var db = H.Db.Create())
        {
            var row = await db.Messages.SingleAsync();
            await db.Conversations.Where(c => c.Id == b).ExecuteUpdateAsync(u => u.SetProperty(c => c.MessageCount, 1L));
            await db.Messages.Where(m => m.Id == row.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.ConversationId, b));
        }

        var moved = Assert.Single(await H.Conversations.ReadAsync(Tenant, Customer, b, "original"));

        Assert.Equal(StoredTextStatus.Corrupted, moved.Status);
    }

    [SkippableFact]
    public async Task FlippedBit_InAStoredMessage_FailsToOpen()
    {
        SkipIfUnavailable();
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        await H.Conversations.AppendAsync(Message(conversation, "text"));
        await using (var db = H.Db.Create())
        {
            var row = await db.Messages.SingleAsync();
            var tampered = (byte[])row.SealedOriginal!.Clone();
            tampered[^5] ^= 0x10;
            row.SealedOriginal = tampered;
            await db.SaveChangesAsync();
        }

        var read = Assert.Single(await H.Conversations.ReadAsync(Tenant, Customer, conversation, "original"));

        Assert.Equal(StoredTextStatus.Corrupted, read.Status);
    }

    [SkippableFact]
    public async Task RowMovedToAnotherTenant_FailsToOpen()
    {
        SkipIfUnavailable();
        var mine = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        var theirs = await H.Conversations.StartAsync("globex", Customer, H.Time.GetUtcNow().AddDays(30));
        await H.Conversations.AppendAsync(Message(mine, "acme secret"));
        await H.Conversations.AppendAsync(Message(theirs, "globex text") with { TenantId = "globex" });
        await using (var db = H.Db.Create())
        {
            var source = await db.Messages.SingleAsync(m => m.TenantId == Tenant);
            var target = await db.Messages.SingleAsync(m => m.TenantId == "globex");
            target.SealedOriginal = source.SealedOriginal;
            await db.SaveChangesAsync();
        }

        var read = Assert.Single(await H.Conversations.ReadAsync("globex", Customer, theirs, "original"));

        Assert.Equal(StoredTextStatus.Corrupted, read.Status);
    }

    [SkippableFact]
    public async Task Logs_HoldNoStoredText()
    {
        SkipIfUnavailable();
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(30));
        await H.Conversations.AppendAsync(Message(conversation, "log-canary-3141 " + Card, ("transcript", "log-canary-2718")));
        await H.Conversations.ReadAsync(Tenant, Customer, conversation, "transcript");

        var logs = H.AllLogText();
        Assert.NotEmpty(logs);
        Assert.DoesNotContain("log-canary", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("4111 1111", logs, StringComparison.Ordinal); // not "4111" alone: a port or an id may hold it
        Assert.DoesNotContain("41111111", logs, StringComparison.Ordinal);
    }

    protected void SkipIfUnavailable() => Skip.If(_harness is null, _skipReason ?? "database unavailable");

    /// <summary>Looks for <paramref name="text"/> in every byte column of every table (as UTF-8).</summary>
    protected async Task<bool> AnyStoredBytesContainAsync(string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        await using var db = H.Db.Create();
        var blobs = new List<byte[]>();
        blobs.AddRange((await db.Messages.ToListAsync()).SelectMany(m => new[] { m.SealedOriginal ?? [], m.SealedViews ?? [], Encoding.UTF8.GetBytes(m.FindingsSummary) }));
        blobs.AddRange((await db.MessageViews.ToListAsync()).Select(v => v.Sealed));
        blobs.AddRange((await db.VaultEntries.ToListAsync()).SelectMany(v => new[] { v.SealedValue, v.BlindIndex, Encoding.UTF8.GetBytes(v.DisplayHint ?? "") }));
        blobs.AddRange((await db.Conversations.ToListAsync()).Select(c => c.SealedState ?? []));
        blobs.AddRange((await db.DataKeys.ToListAsync()).Select(k => k.WrappedKey));
        return blobs.Any(b => b.AsSpan().IndexOf(needle) >= 0);
    }

    private NewMessage Message(Guid conversation, string original, params (string Sink, string Text)[] views) => new()
    {
        TenantId = Tenant,
        SubjectId = Customer,
        ConversationId = conversation,
        Original = RawText.Copy(original),
        Views = views.ToDictionary(v => v.Sink, v => v.Text),
        Findings = original.Contains("4111", StringComparison.Ordinal) ? new Dictionary<string, int> { ["CARD_NUMBER"] = 1 } : new Dictionary<string, int>(),
        RetainUntil = H.Time.GetUtcNow().AddDays(30),
    };
}
