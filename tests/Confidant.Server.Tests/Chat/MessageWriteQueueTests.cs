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
        var lost = 1;
        Ledger.Store.AfterCommit = () => Interlocked.Exchange(ref lost, 0) == 1 ? throw new IOException("the connection dropped after the commit") : Task.CompletedTask;
        IReadOnlyList<Guid> ids;
        try
        {
            ids = await Queue.WriteAsync([Message(conversation, "hello")], StoredEvent, CancellationToken.None);
        }
        finally
        {
            Ledger.Store.AfterCommit = null;
        }

        Assert.Equal(0, lost); // the acknowledgement was lost
        var stored = Assert.Single(await Store.ReadAsync("acme", "cust-lost-ack", conversation, "transcript"));
        Assert.Equal(ids[0], stored.Id);
        Assert.Equal(sizeBefore + 1, (await Ledger.GetHeadAsync()).Size);
    }

    [Fact]
    public async Task AFailedWrite_IsReportedFailed_AndKeepsNeitherMessageNorEntry()
    {
        var sizeBefore = (await Ledger.GetHeadAsync()).Size;

        await Assert.ThrowsAsync<Confidant.Storage.StorageException>(() => Queue.WriteAsync([Message(Guid.NewGuid(), "nowhere")], StoredEvent, CancellationToken.None));

        Assert.Equal(sizeBefore, (await Ledger.GetHeadAsync()).Size);
    }

    [Fact]
    public async Task AnEntryOnlyWrite_WhoseAcknowledgementIsLost_IsReportedFailed_AndLoggedOnce()
    {
        var sizeBefore = (await Ledger.GetHeadAsync()).Size;
        var lost = 1;
        Ledger.Store.AfterCommit = () => Interlocked.Exchange(ref lost, 0) == 1 ? throw new IOException("the connection dropped after the commit") : Task.CompletedTask;
        try
        {
            // Nothing in the database tells whether an entry alone was committed: the caller is
            // told it failed, and the entry is not written a second time.
            await Assert.ThrowsAsync<IOException>(() => Queue.WriteAuditAsync(BlockedEvent(), CancellationToken.None));
        }
        finally
        {
            Ledger.Store.AfterCommit = null;
        }

        Assert.Equal(sizeBefore + 1, (await Ledger.GetHeadAsync()).Size);
    }

    [Fact]
    public async Task AnEntryOnlyWrite_InABatchWhoseAcknowledgementIsLost_IsReportedStored_WithTheMessagesBesideIt()
    {
        var conversation = await Store.StartAsync("acme", "cust-lost-ack", DateTimeOffset.UtcNow.AddDays(1));
        var sizeBefore = (await Ledger.GetHeadAsync()).Size;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var commits = 0;
        var lost = 1;
        Ledger.Store.BeforeCommit = () => Interlocked.Increment(ref commits) == 1 ? gate.Task : Task.CompletedTask;
        Ledger.Store.AfterCommit = () => Volatile.Read(ref commits) == 2 && Interlocked.Exchange(ref lost, 0) == 1 ? throw new IOException("the connection dropped after the commit") : Task.CompletedTask;
        try
        {
            // The first write holds the writer, so the next two are taken together, in one batch.
            var first = Queue.WriteAsync([Message(conversation, "first")], StoredEvent, CancellationToken.None);
            await WaitUntilAsync(() => Volatile.Read(ref commits) == 1);
            var second = Queue.WriteAsync([Message(conversation, "second")], StoredEvent, CancellationToken.None);
            var entryOnly = Queue.WriteAuditAsync(BlockedEvent(), CancellationToken.None);
            await WaitUntilAsync(() => Queue.Queued == 2);
            gate.SetResult();

            await first;
            await second;
            await entryOnly;
        }
        finally
        {
            gate.TrySetResult();
            Ledger.Store.BeforeCommit = null;
            Ledger.Store.AfterCommit = null;
        }

        Assert.Equal(0, lost); // the second batch's acknowledgement was lost
        Assert.Equal(2, (await Store.ReadAsync("acme", "cust-lost-ack", conversation, "transcript")).Count);
        Assert.Equal(sizeBefore + 3, (await Ledger.GetHeadAsync()).Size);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the writer did not get there in 30 s");
            await Task.Delay(10);
        }
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
