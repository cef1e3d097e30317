using System.Data.Common;
using System.Threading.Channels;
using Confidant.Audit.Events;
using Confidant.Audit.Merkle;
using Confidant.Audit.Verification;
using Confidant.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Confidant.Audit.Ledger;

/// <summary>
/// The audit ledger: append events from anywhere, read heads, proofs and entries. Appends are
/// queued and written by one writer in batches (one transaction, one fsync for everything that
/// arrived meanwhile), so many concurrent callers cost about one durable commit per batch; a
/// caller's task completes once its entry is committed. Thread-safe; one per process.
/// </summary>
public sealed class AuditLedger : IAsyncDisposable, IDisposable
{
    private readonly LedgerStore _store;
    private readonly MerkleProofBuilder _proofs;
    private readonly TimeProvider _time;
    private readonly ILogger<AuditLedger> _logger;
    private readonly int _maxBatch;
    private readonly Channel<Pending> _queue;
    private readonly Task _writer;

    /// <summary>Creates the ledger and starts its writer.</summary>
    public AuditLedger(ConfidantDbFactory factory, TimeProvider timeProvider, IOptions<AuditOptions> options, ILogger<AuditLedger> logger)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(options);
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _store = new LedgerStore(factory, timeProvider);
        _proofs = new MerkleProofBuilder(new LedgerHashSource(_store));
        _maxBatch = Math.Max(1, options.Value.MaxBatchSize);
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>The store underneath (tests reach into it to simulate failures).</summary>
    internal LedgerStore Store => _store;

    /// <summary>The current time, in the precision entries keep (whole milliseconds, UTC).</summary>
    public DateTimeOffset Now
    {
        get
        {
            var now = _time.GetUtcNow();
            return new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        }
    }

    /// <summary>
    /// Appends an event; completes once it is committed. The event is checked and encoded at once
    /// (an invalid event throws <see cref="AuditFormatException"/> here, and nothing is queued); its
    /// time is truncated to whole milliseconds. Once queued, the entry is written even if
    /// <paramref name="cancellationToken"/> fires.
    /// </summary>
    public async ValueTask<AuditReceipt> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        _store.ThrowIfInsideAppend();
        var pending = new Pending(Encode(auditEvent));
        await _queue.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        return await pending.Completion.Task.ConfigureAwait(false);
    }

    /// <summary>
    /// Appends <paramref name="events"/> in one transaction together with the caller's own writes
    /// (<paramref name="sameTransaction"/>, given this database's open connection and transaction):
    /// both are committed or neither, so a record and the entry that says it was written cannot part
    /// (a chat message and its <c>message.store</c> entry). Completes once committed; one durable
    /// commit for both. Not queued behind the ledger's own batches: the caller batches. The writes
    /// run under the ledger's append lock, on the connection given: they must not append to the
    /// ledger themselves (that throws <see cref="InvalidOperationException"/>) or write through
    /// another connection of this database on SQLite (that would wait for itself).
    /// </summary>
    public async Task<IReadOnlyList<AuditReceipt>> AppendWithAsync(IReadOnlyList<AuditEvent> events,
        Func<DbConnection, DbTransaction, CancellationToken, Task> sameTransaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(sameTransaction);
        var entries = new byte[events.Count][];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = Encode(events[i]);
        }

        var (first, head, leafHashes) = await _store.AppendAsync(entries, sameTransaction, cancellationToken).ConfigureAwait(false);
        var receipts = new AuditReceipt[entries.Length];
        for (var i = 0; i < receipts.Length; i++)
        {
            receipts[i] = Receipt(first, i, head, leafHashes);
        }

        return receipts;
    }

    /// <summary>The current size and root hash.</summary>
    public Task<LedgerHead> GetHeadAsync(CancellationToken cancellationToken = default) => _store.ReadHeadAsync(cancellationToken);

    /// <summary>MTH of the first <paramref name="size"/> entries.</summary>
    public async Task<byte[]> GetRootHashAsync(long size, CancellationToken cancellationToken = default)
    {
        await CheckSizeAsync(size, cancellationToken).ConfigureAwait(false);
        return await _proofs.GetRootHashAsync(size, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The inclusion proof of entry <paramref name="index"/> in the tree of the first <paramref name="size"/> entries.</summary>
    public async Task<byte[]> GetInclusionProofAsync(long index, long size, CancellationToken cancellationToken = default)
    {
        if (index < 0 || index >= size)
        {
            throw new AuditException(AuditErrorCodes.OutOfRange, $"entry {index} is not in a tree of {size} entries.");
        }

        await CheckSizeAsync(size, cancellationToken).ConfigureAwait(false);
        return await _proofs.GetInclusionProofAsync(index, size, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The consistency proof that the tree of <paramref name="size2"/> entries extends the one of <paramref name="size1"/>.</summary>
    public async Task<byte[]> GetConsistencyProofAsync(long size1, long size2, CancellationToken cancellationToken = default)
    {
        if (size1 < 0 || size1 > size2)
        {
            throw new AuditException(AuditErrorCodes.OutOfRange, $"a consistency proof needs 0 ≤ first size ≤ second size; got {size1} and {size2}.");
        }

        await CheckSizeAsync(size2, cancellationToken).ConfigureAwait(false);
        return await _proofs.GetConsistencyProofAsync(size1, size2, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Streams stored entries from <paramref name="start"/> in index order.</summary>
    public IAsyncEnumerable<StoredEntry> ReadEntriesAsync(long start = 0, long count = long.MaxValue, CancellationToken cancellationToken = default) =>
        _store.ReadEntriesAsync(start, count, cancellationToken);

    /// <summary>
    /// Recomputes the tree from every stored entry and checks it against <paramref name="checkpoints"/>
    /// (trusted: their signatures checked by the caller); names the first entry that does not match.
    /// </summary>
    public Task<VerificationReport> VerifyAsync(IReadOnlyList<TrustedCheckpoint> checkpoints, CancellationToken cancellationToken = default) =>
        LedgerVerifier.VerifyAsync(_store.ReadEntriesAsync(0, long.MaxValue, cancellationToken), checkpoints, (subtrees, ct) => _store.ReadHashesAsync(subtrees, ct), cancellationToken);

    /// <summary>Stops taking appends, writes what is queued, and waits for the writer.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        _store.Dispose();
    }

    /// <summary>The synchronous form of <see cref="DisposeAsync"/> (for containers disposed synchronously).</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    // The event checked and encoded, its time truncated to whole milliseconds.
    private static byte[] Encode(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var ticks = auditEvent.Time.UtcTicks;
        return AuditEntryCodec.Encode(auditEvent with { Time = new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero) });
    }

    // Entry i of an append that started at index first. Copies: the store's right-edge cache holds these arrays.
    private static AuditReceipt Receipt(long first, int i, LedgerHead head, byte[][] leafHashes) =>
        new(first + i, leafHashes[i].ToArray(), head with { RootHash = head.RootHash.ToArray() });

    private async Task CheckSizeAsync(long size, CancellationToken cancellationToken)
    {
        var head = await _store.ReadHeadAsync(cancellationToken).ConfigureAwait(false);
        if (size < 0 || size > head.Size)
        {
            throw new AuditException(AuditErrorCodes.OutOfRange, $"the log has {head.Size} entries; {size} is beyond it.");
        }
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(_maxBatch);
        var entries = new List<byte[]>(_maxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
                entries.Add(pending.Entry);
            }

            try
            {
                var (first, head, leafHashes) = await _store.AppendAsync(entries, null, CancellationToken.None).ConfigureAwait(false);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Completion.TrySetResult(Receipt(first, i, head, leafHashes));
                }
            }
#pragma warning disable CA1031 // Any failure is handed to the callers waiting on this batch; the writer goes on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.BatchFailed(_logger, batch.Count, ex);
                foreach (var pending in batch)
                {
                    pending.Completion.TrySetException(ex);
                }
            }

            batch.Clear();
            entries.Clear();
        }
    }

    private sealed class Pending(byte[] entry)
    {
        public byte[] Entry { get; } = entry;

        public TaskCompletionSource<AuditReceipt> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
