using System.Threading.Channels;
using Confidant.Audit;
using Confidant.Audit.Events;
using Confidant.Audit.Ledger;
using Confidant.Storage.Conversations;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Chat;

/// <summary>
/// Group commit for chat messages, conversation starts and the audit entries of blocked messages:
/// requests seal their messages (on their own threads, so the sealing of many requests runs in
/// parallel) and queue them with the audit event that records them, and one writer stores
/// everything queued in one transaction of the audit ledger's (the messages and their entries, one
/// durable commit for many requests). A request's task completes once its messages and its entry
/// are committed, so nothing is acknowledged before it is on disk, and no message is stored without
/// its entry (or the reverse). If a batch fails, its requests are retried one by one, so one bad
/// request does not fail others; none is written twice when a commit's acknowledgement is lost.
/// </summary>
internal sealed class MessageWriteQueue : IAsyncDisposable
{
    private readonly ConversationStore _store;
    private readonly AuditLedger _ledger;
    private readonly int _maxBatch;
    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(16384) { SingleReader = true });
    private readonly Task _writer;

    public MessageWriteQueue(ConversationStore store, AuditLedger ledger, IOptions<ChatOptions> options)
    {
        _store = store;
        _ledger = ledger;
        _maxBatch = Math.Max(2, options.Value.MaxWriteBatch);
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>Requests queued and not yet taken by the writer (tests wait on it to put writes in one batch).</summary>
    internal int Queued => _queue.Reader.Count;

    /// <summary>
    /// Stores <paramref name="messages"/> (in this order, in one transaction) with the event
    /// <paramref name="audit"/> makes from their ids (none when null); returns their ids.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> WriteAsync(IReadOnlyList<NewMessage> messages, Func<IReadOnlyList<Guid>, AuditEvent>? audit, CancellationToken cancellationToken)
    {
        var sealedMessages = await _store.SealBatchAsync(messages, cancellationToken).ConfigureAwait(false);
        return await EnqueueAsync(new Pending(sealedMessages, audit == null ? null : audit(sealedMessages.Ids)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stores a conversation prepared by <see cref="ConversationStore.PrepareStart"/> with the event
    /// that records it, in the next group commit: a start no longer takes a commit (and a disk sync)
    /// of its own between the message batches.
    /// </summary>
    public Task WriteStartAsync(SealedMessages start, AuditEvent audit, CancellationToken cancellationToken) =>
        EnqueueAsync(new Pending(start, audit), cancellationToken);

    /// <summary>
    /// Stores an audit entry that records no message (a blocked message's) in the next group commit:
    /// like a start, it no longer takes a commit (and a disk sync) of its own between the batches.
    /// </summary>
    public Task WriteAuditAsync(AuditEvent audit, CancellationToken cancellationToken) =>
        EnqueueAsync(new Pending(SealedMessages.None, audit), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    // Queues one request's write and waits until the batch that holds it is committed.
    private async Task<IReadOnlyList<Guid>> EnqueueAsync(Pending pending, CancellationToken cancellationToken)
    {
        await _queue.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        return await pending.Completion.Task.ConfigureAwait(false);
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>();
        var count = 0;
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (count < _maxBatch && _queue.Reader.TryPeek(out var next) && (count == 0 || count + next.Size <= _maxBatch) && _queue.Reader.TryRead(out next))
            {
                batch.Add(next);
                count += next.Size;
            }

            try
            {
                await WriteBatchAsync(batch).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Handed to the waiting requests, after isolating the one that failed.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                // The ledger says when a batch failed before its commit: then nothing of it is
                // stored. Else (and for a batch without entries, which the ledger did not write)
                // a request of it with messages tells.
                var beforeCommit = HasEntries(batch) && ex is not AuditException { Code: AuditErrorCodes.CommitOutcomeUnknown };
                var committed = beforeCommit ? false : await CommittedAsync(batch).ConfigureAwait(false);
                foreach (var pending in batch)
                {
                    // An entry alone is retried only when certainly not stored: a "no" from the
                    // database while a lost commit is still being applied would log it twice.
                    var retry = batch.Count > 1 && (beforeCommit || !pending.EntryOnly);
                    await SettleAsync(pending, committed, retry, ex).ConfigureAwait(false);
                }
            }

            batch.Clear();
            count = 0;
        }
    }

    private static bool HasEntries(IReadOnlyList<Pending> batch) => batch.Any(p => p.Audit is not null);

    // After a failed batch: whether it was committed anyway (a dropped PostgreSQL connection can
    // lose the acknowledgement of a commit that went through). The batch is one transaction, so any
    // request in it with messages or a start tells for all; null when none has (only audit entries,
    // which cannot be looked up) or the database cannot say.
    private async Task<bool?> CommittedAsync(IReadOnlyList<Pending> batch)
    {
        var witness = batch.FirstOrDefault(p => !p.EntryOnly);
        if (witness is null)
        {
            return null;
        }

        try
        {
            return await _store.ContainsAsync(witness.Messages, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Unknown: the requests get the batch's error.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    // A request of a failed batch. Committed anyway: it succeeded (writing it again would fail on
    // the ids, or log its entry twice). Not committed: retried alone when allowed, so one bad
    // request does not fail the rest; else it gets the batch's error. Unknown: it gets the batch's
    // error, never a second write.
    private async Task SettleAsync(Pending pending, bool? committed, bool retry, Exception batchError)
    {
        if (committed is true)
        {
            pending.Completion.TrySetResult(pending.Messages.Ids);
            return;
        }

        if (committed is null || !retry)
        {
            pending.Completion.TrySetException(batchError);
            return;
        }

        try
        {
            await WriteBatchAsync([pending]).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Handed to the waiting request.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            pending.Completion.TrySetException(ex);
        }
    }

    // Commits the batch's messages and their entries together; the entries are timed now, when
    // they are written, not when their requests queued.
    private async Task WriteBatchAsync(IReadOnlyList<Pending> batch)
    {
        var messages = SealedMessages.Concat([.. batch.Select(p => p.Messages)]);
        var now = _ledger.Now;
        var events = batch.Where(p => p.Audit is not null).Select(p => p.Audit! with { Time = now }).ToList();
        if (events.Count == 0)
        {
            await _store.AppendSealedAsync(messages, CancellationToken.None).ConfigureAwait(false);
        }
        else
        {
            await _ledger.AppendWithAsync(events, (connection, transaction, ct) => _store.WriteSealedAsync(connection, transaction, messages, ct), CancellationToken.None).ConfigureAwait(false);
        }

        foreach (var pending in batch)
        {
            pending.Completion.TrySetResult(pending.Messages.Ids);
        }
    }

    private sealed class Pending(SealedMessages messages, AuditEvent? audit)
    {
        public SealedMessages Messages { get; } = messages;

        public AuditEvent? Audit { get; } = audit;

        // What it adds to a batch: its messages, or one for a conversation start or an entry alone.
        public int Size { get; } = Math.Max(1, messages.Ids.Count);

        // Only an audit entry (a blocked message's): nothing in the database tells whether it was stored.
        public bool EntryOnly { get; } = messages.Ids.Count == 0 && messages.Started.Count == 0;

        public TaskCompletionSource<IReadOnlyList<Guid>> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
