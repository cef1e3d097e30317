using System.Runtime.CompilerServices;
using Confidant.Audit;
using Confidant.Audit.Events;
using Confidant.Audit.Ledger;
using Confidant.Server.Chat;
using Confidant.Storage.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Server.Tests.Chat;

/// <summary>The chat's group commit when a write fails or its outcome is unknown.</summary>
public sealed class MessageWriteQueueTests : IClassFixture<ChatHostFixture>
{
    private readonly ChatHost _host;

    public MessageWriteQueueTests(ChatHostFixture fixture) => _host = fixture.Host;

    private ConversationStore Store => _host.Services.GetRequiredService<ConversationStore>();

    private AuditLedger Ledger => _host.Services.GetRequiredService<AuditLedger>();

    private MessageWriteQueue Queue => _host.Services.GetRequiredService<MessageWriteQueue>();

    [Fact]
    public async Task ACommitWhoseAcknowledgementIsLost_IsReportedStored_AndNothingIsWrittenTwice()
    {
        var conversation = await Store.StartAsync("acme", "cust-lost-ack", DateTimeOffset.UtcNow.AddDays(1));
        var sizeBefore = (await Ledger.GetHeadAsync()).Size;
        var lost = LoseOneAcknowledgement(entries => entries.Any(e => AuditEntryCodec.Decode(e).Type.Id == AuditEventTypes.MessageStored.Id));
        IReadOnlyList<Guid> ids;
        try
        {
            ids = await Queue.WriteAsync([Message(conversation, "hello")], StoredEvent, CancellationToken.None);
        }
        finally
        {
            Ledger.Store.AfterCommit = null;
        }

        Assert.True(lost.Value);
        var stored = Assert.Single(await Store.ReadAsync("acme", "cust-lost-ack", conversation, "transcript"));
        Assert.Equal(ids[0], stored.Id);
        Assert.Single(await LoggedSinceAsync(sizeBefore), e => e.Type.Id == AuditEventTypes.MessageStored.Id && e.Target!.Ids.Contains(ids[0].ToString()));
    }

    [Fact]
    public async Task AFailedWrite_IsReportedFailed_AndKeepsNeitherMessageNorEntry()
    {
        var sizeBefore = (await Ledger.GetHeadAsync()).Size;

        await Assert.ThrowsAsync<Confidant.Storage.StorageException>(() => Queue.WriteAsync([Message(Guid.NewGuid(), "nowhere")], StoredEvent, CancellationToken.None));

        Assert.DoesNotContain(await LoggedSinceAsync(sizeBefore), e => e.Type.Id == AuditEventTypes.MessageStored.Id);
    }

    [Fact]
    public async Task AnEntryOnlyWrite_WhoseAcknowledgementIsLost_IsReportedUnknown_AndLoggedOnce()
    {
        var sizeBefore = (await Ledger.GetHeadAsync()).Size;
        var entry = BlockedEvent();
        var lost = LoseOneAcknowledgement(entries => Holds(entries, entry));
        try
        {
            // Nothing in the database tells whether an entry alone was stored: the caller is told
            // the outcome is unknown, and the entry is not written a second time.
            var error = await Assert.ThrowsAsync<AuditException>(() => Queue.WriteAuditAsync(entry, CancellationToken.None));
            Assert.Equal(AuditErrorCodes.CommitOutcomeUnknown, error.Code);
        }
        finally
        {
            Ledger.Store.AfterCommit = null;
        }

        Assert.True(lost.Value);
        Assert.Single(await LoggedSinceAsync(sizeBefore), e => SameTarget(e, entry));
    }

    [Fact]
    public async Task AnEntryOnlyWrite_InABatchWhoseAcknowledgementIsLost_IsReportedStored_WithTheMessagesBesideIt()
    {
        var conversation = await StartWithAMessageAsync();
        var sizeBefore = (await Ledger.GetHeadAsync()).Size;
        var holder = BlockedEvent();
        var entry = BlockedEvent();
        var lost = LoseOneAcknowledgement(entries => Holds(entries, entry));

        await InOneBatchAsync(holder, () => [Queue.WriteAsync([Message(conversation, "second")], StoredEvent, CancellationToken.None), Queue.WriteAuditAsync(entry, CancellationToken.None)]);

        Assert.True(lost.Value);
        Assert.Equal(2, (await Store.ReadAsync("acme", "cust-lost-ack", conversation, "transcript")).Count);
        var logged = await LoggedSinceAsync(sizeBefore); // the holder, the message's entry and the entry alone, once each
        Assert.Single(logged, e => SameTarget(e, holder));
        Assert.Single(logged, e => SameTarget(e, entry));
        Assert.Single(logged, e => e.Type.Id == AuditEventTypes.MessageStored.Id);
    }

    [Fact]
    public async Task AnEntryOnlyWrite_InABatchThatFailedBeforeItsCommit_IsRetriedAlone_AndStoredOnce()
    {
        await StartWithAMessageAsync();
        var sizeBefore = (await Ledger.GetHeadAsync()).Size;
        var holder = BlockedEvent();
        var entry = BlockedEvent();

        // A message for a conversation that does not exist fails the batch before its commit.
        Task? bad = null;
        Task? alone = null;
        await InOneBatchAsync(holder, () =>
        {
            bad = Queue.WriteAsync([Message(Guid.NewGuid(), "nowhere")], StoredEvent, CancellationToken.None);
            alone = Queue.WriteAuditAsync(entry, CancellationToken.None);
            return [alone];
        });

        await Assert.ThrowsAsync<Confidant.Storage.StorageException>(() => bad!);
        await alone!;
        var logged = await LoggedSinceAsync(sizeBefore); // the holder and the entry, once each; nothing of the bad message
        Assert.Single(logged, e => SameTarget(e, holder));
        Assert.Single(logged, e => SameTarget(e, entry));
        Assert.DoesNotContain(logged, e => e.Type.Id == AuditEventTypes.MessageStored.Id);
    }

    // The first commit of an append whose entries match loses its acknowledgement: the commit
    // stays, and the writer sees the connection drop. The box says whether it happened. (Appends
    // run one at a time, so the hook needs no lock.)
    private StrongBox<bool> LoseOneAcknowledgement(Func<IReadOnlyList<byte[]>, bool> matches)
    {
        var lost = new StrongBox<bool>();
        Ledger.Store.AfterCommit = entries =>
        {
            if (lost.Value || !matches(entries))
            {
                return Task.CompletedTask;
            }

            lost.Value = true;
            throw new IOException("the connection dropped after the commit");
        };
        return lost;
    }

    // A conversation with one message stored: the customer's key exists, so sealing the next
    // messages does not have to create it (which waits for the write turn a held writer keeps).
    private async Task<Guid> StartWithAMessageAsync()
    {
        var conversation = await Store.StartAsync("acme", "cust-lost-ack", DateTimeOffset.UtcNow.AddDays(1));
        await Queue.WriteAsync([Message(conversation, "first")], StoredEvent, CancellationToken.None);
        return conversation;
    }

    // Holds the writer on a first write (an entry, gated before its commit) until the writes that
    // start() queues are all waiting, so the writer takes them together in the next batch; then
    // waits for them.
    private async Task InOneBatchAsync(AuditEvent holder, Func<Task[]> start)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Ledger.Store.BeforeCommit = entries =>
        {
            if (!Holds(entries, holder))
            {
                return Task.CompletedTask;
            }

            held.TrySetResult();
            return gate.Task;
        };
        try
        {
            var first = Queue.WriteAuditAsync(holder, CancellationToken.None);
            await held.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var writes = start();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (Queue.Queued < 2)
            {
                Assert.True(DateTime.UtcNow < deadline, "the writes did not reach the queue in 30 s");
                await Task.Delay(10);
            }

            gate.SetResult();
            await first;
            await Task.WhenAll(writes);
        }
        finally
        {
            gate.TrySetResult();
            Ledger.Store.BeforeCommit = null;
            Ledger.Store.AfterCommit = null;
        }
    }

    private static bool Holds(IReadOnlyList<byte[]> entries, AuditEvent audit) =>
        entries.Any(e => SameTarget(AuditEntryCodec.Decode(e), audit));

    private static bool SameTarget(AuditEvent logged, AuditEvent audit) =>
        logged.Target?.Ids.SequenceEqual(audit.Target!.Ids) == true;

    // The entries appended since the log had size entries (other parts of the host may append too).
    private async Task<List<AuditEvent>> LoggedSinceAsync(long size)
    {
        var logged = new List<AuditEvent>();
        await foreach (var stored in Ledger.ReadEntriesAsync(size))
        {
            logged.Add(AuditEntryCodec.Decode(stored.Entry));
        }

        return logged;
    }

    private static AuditEvent BlockedEvent() => new()
    {
        Type = AuditEventTypes.MessageBlocked,
        Time = DateTimeOffset.UtcNow,
        Tenant = "acme",
        Actor = AuditActor.System("test"),
        Target = new AuditTarget { Type = "conversation", Ids = [Guid.NewGuid().ToString()] },
        Outcome = AuditOutcome.Denied,
    };

    private static NewMessage Message(Guid conversation, string text) => new()
    {
        TenantId = "acme",
        SubjectId = "cust-lost-ack",
        ConversationId = conversation,
        Direction = MessageDirection.Customer,
        Views = new Dictionary<string, string> { ["transcript"] = text },
        RetainUntil = DateTimeOffset.UtcNow.AddDays(1),
    };

    private static AuditEvent StoredEvent(IReadOnlyList<Guid> ids) => new()
    {
        Type = AuditEventTypes.MessageStored,
        Time = DateTimeOffset.UtcNow,
        Tenant = "acme",
        Actor = AuditActor.System("test"),
        Target = new AuditTarget { Type = "message", Ids = [ids[0].ToString()] },
        Outcome = AuditOutcome.Success,
    };
}
