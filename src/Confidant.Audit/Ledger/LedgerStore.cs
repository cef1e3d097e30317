using System.Data.Common;
using System.Runtime.CompilerServices;
using Confidant.Audit.Merkle;
using Confidant.Storage;
using Confidant.Storage.Sql;

namespace Confidant.Audit.Ledger;

/// <summary>
/// The ledger's tables (<c>audit_entries</c>, <c>audit_hashes</c>, <c>audit_head</c>; shaped by
/// Confidant.Storage's model and migrations) read and written with plain SQL (reads on pooled
/// connections; appends on SQLite on one connection kept for them, on PostgreSQL on a pooled
/// one): the same statements on SQLite and PostgreSQL except the row lock.
/// An append is one transaction that locks the head row, so appends from several nodes sharing
/// the database are serialised, and a crash before the commit leaves the log as it was.
/// </summary>
internal sealed class LedgerStore : IDisposable
{
    private static readonly SqlTable EntryTable = new("audit_entries", ["Index", "LeafHash", "Entry"]);
    private static readonly SqlTable HashTable = new("audit_hashes", ["Level", "Index", "Hash"]);

    private readonly ConfidantDbFactory _factory;
    private readonly TimeProvider _time;
    private readonly string _lockHead;
    private readonly bool _keepAppendConnection;

    /// <summary>Runs inside an append's transaction just before the commit, given its entries; tests use it to simulate a crash there.</summary>
    internal Func<IReadOnlyList<byte[]>, Task>? BeforeCommit { get; set; }

    /// <summary>Runs just after an append's commit, given its entries; tests use it to simulate an acknowledgement lost after the commit.</summary>
    internal Func<IReadOnlyList<byte[]>, Task>? AfterCommit { get; set; }

    private readonly SemaphoreSlim _appending = new(1, 1);
    private readonly AsyncLocal<bool> _insideAppend = new();

    /// <summary>
    /// Throws when called from an append's own writes: appending to the ledger there would wait
    /// for the append lock that append holds, for ever.
    /// </summary>
    public void ThrowIfInsideAppend()
    {
        if (_insideAppend.Value)
        {
            throw new InvalidOperationException("the writes of a ledger append cannot append to the ledger themselves (they would wait for their own append).");
        }
    }

    // The right edge after this node's last append; reused when no other node has appended since.
    private RightEdge? _edge;

    // SQLite's append connection, opened at the first append and used under the append lock only.
    private DbConnection? _appendConnection;
    private bool _disposed;

    public LedgerStore(ConfidantDbFactory factory, TimeProvider time)
    {
        _factory = factory;
        _time = time;
        _keepAppendConnection = factory.Provider == StorageProvider.Sqlite;
        _lockHead = factory.Provider == StorageProvider.PostgreSql
            ? """SELECT "Size", "RootHash" FROM "audit_head" WHERE "Id" = 1 FOR UPDATE"""
            : """SELECT "Size", "RootHash" FROM "audit_head" WHERE "Id" = 1""";
    }

    /// <summary>
    /// Appends <paramref name="entries"/> (canonical bytes) in one transaction, with the caller's
    /// <paramref name="sameTransaction"/> writes when given (run first, before the head is locked,
    /// so on PostgreSQL the head, which every node's appends wait for, is held only for the ledger's
    /// own rows); returns the index of the first and the new head. The writes run while this
    /// process's append lock (and on SQLite its write turn) is held: they must not append to the
    /// ledger or write through another connection, or they wait for themselves.
    /// </summary>
    public async Task<(long FirstIndex, LedgerHead Head, byte[][] LeafHashes)> AppendAsync(IReadOnlyList<byte[]> entries,
        Func<DbConnection, DbTransaction, CancellationToken, Task>? sameTransaction, CancellationToken cancellationToken)
    {
        ThrowIfInsideAppend();

        // One append at a time in this process: the ledger's own writer and appends that carry
        // other writes (chat messages) share the right edge.
        await _appending.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return await AppendLockedAsync(entries, sameTransaction, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _appending.Release();
        }
    }

    private async Task<(long FirstIndex, LedgerHead Head, byte[][] LeafHashes)> AppendLockedAsync(IReadOnlyList<byte[]> entries,
        Func<DbConnection, DbTransaction, CancellationToken, Task>? sameTransaction, CancellationToken cancellationToken)
    {
        // SQLite: one connection kept for every append. A connection drops its whole page cache
        // when it finds the database changed by another connection, so appends on pooled
        // connections (whichever one the pool handed out) read the pages they write to again each
        // time; on the same one, they stay cached. After any failure it is closed and a new one
        // opened, so no state of a failed append outlives it. PostgreSQL: a pooled connection per append.
        var connection = _keepAppendConnection
            ? _appendConnection ??= await _factory.OpenConnectionAsync(cancellationToken).ConfigureAwait(false)
            : await _factory.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var failed = true;
        try
        {
            using var turn = await _factory.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
            var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                if (sameTransaction is not null)
                {
                    // Seen by everything the caller's writes call (it flows with them, and only with them).
                    _insideAppend.Value = true;
                    await sameTransaction(connection, tx, cancellationToken).ConfigureAwait(false);
                }

                var (size, _) = await ReadHeadAsync(connection, tx, _lockHead, cancellationToken).ConfigureAwait(false);

                var cached = _edge;
                var edge = cached is not null && cached.Size == size
                    ? cached.Clone()
                    : RightEdge.FromHashes(size, await ReadHashesAsync(connection, tx, RightEdge.SubtreesOf(size), cancellationToken).ConfigureAwait(false));

                var entryRows = new List<(long Index, byte[] LeafHash, byte[] Entry)>(entries.Count);
                var hashRows = new List<(int Level, long Index, byte[] Hash)>(entries.Count);
                var leafHashes = new byte[entries.Count][];
                for (var i = 0; i < entries.Count; i++)
                {
                    var leaf = MerkleHash.HashLeaf(entries[i]);
                    leafHashes[i] = leaf;
                    entryRows.Add((edge.Size, leaf, entries[i]));
                    edge.Append(leaf, (subtree, hash) => hashRows.Add((subtree.Level, subtree.Start >> subtree.Level, hash)));
                }

                await ChunkedInsert.InsertAsync(connection, tx, EntryTable, entryRows, static (r, p) =>
                {
                    p[0].Value = r.Index;
                    p[1].Value = r.LeafHash;
                    p[2].Value = r.Entry;
                }, cancellationToken).ConfigureAwait(false);
                await ChunkedInsert.InsertAsync(connection, tx, HashTable, hashRows, static (r, p) =>
                {
                    p[0].Value = r.Level;
                    p[1].Value = r.Index;
                    p[2].Value = r.Hash;
                }, cancellationToken).ConfigureAwait(false);

                var head = new LedgerHead(edge.Size, edge.RootHash());
                await UpdateHeadAsync(connection, tx, size, head, cancellationToken).ConfigureAwait(false);
                if (BeforeCommit is { } beforeCommit)
                {
                    await beforeCommit(entries).ConfigureAwait(false);
                }

                await CommitAsync(tx, edge, entries).ConfigureAwait(false);
                failed = false;
                return (size, head, leafHashes);
            }
        }
        finally
        {
            if (!_keepAppendConnection || failed)
            {
                _appendConnection = null;
                await CloseAsync(connection).ConfigureAwait(false);
            }
        }
    }

    // Closing never fails the append. After a commit, nothing may: the chat's group commit takes
    // any failure other than CommitOutcomeUnknown to mean nothing was stored, and would write the
    // entries again. After a failure, the append's own error is the one to report.
    private static async Task CloseAsync(DbConnection connection)
    {
        try
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // See above: closing changes nothing stored.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    // Not cancelled from here: a commit that went through must not be reported as cancelled. A
    // failure from here on is reported as CommitOutcomeUnknown: the commit may have been applied
    // with only its acknowledgement lost (a dropped PostgreSQL connection), so the caller must not
    // simply write the same entries again. Any other failure of an append happened before it, and
    // nothing was stored.
    private async Task CommitAsync(DbTransaction tx, RightEdge edge, IReadOnlyList<byte[]> entries)
    {
        try
        {
            await tx.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            _edge = edge;
            if (AfterCommit is { } afterCommit)
            {
                await afterCommit(entries).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            throw new AuditException(AuditErrorCodes.CommitOutcomeUnknown, "the ledger's commit was sent but not acknowledged: the entries may or may not be stored.", ex);
        }
    }

    /// <summary>
    /// Waits for an append in progress, then closes the append connection; appends after it throw
    /// <see cref="ObjectDisposedException"/>. The lock itself is left to the collector: an append
    /// already waiting for it would never wake if it were disposed.
    /// </summary>
    public void Dispose()
    {
        _appending.Wait();
        try
        {
            _disposed = true;
            _appendConnection?.Dispose();
            _appendConnection = null;
        }
        finally
        {
            _appending.Release();
        }
    }

    /// <summary>The current size and root.</summary>
    public async Task<LedgerHead> ReadHeadAsync(CancellationToken cancellationToken)
    {
        var connection = await _factory.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var (size, root) = await ReadHeadAsync(connection, null, """SELECT "Size", "RootHash" FROM "audit_head" WHERE "Id" = 1""", cancellationToken).ConfigureAwait(false);
            return new LedgerHead(size, root);
        }
    }

    /// <summary>The hashes of <paramref name="subtrees"/>, in order, from one query.</summary>
    public async Task<byte[]> ReadHashesAsync(IReadOnlyList<Subtree> subtrees, CancellationToken cancellationToken)
    {
        var connection = await _factory.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await ReadHashesAsync(connection, null, subtrees, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Streams the entries from <paramref name="start"/> in index order (index, stored leaf hash, canonical bytes).</summary>
    public async IAsyncEnumerable<StoredEntry> ReadEntriesAsync(long start, long count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = await _factory.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = """SELECT "Index", "LeafHash", "Entry" FROM "audit_entries" WHERE "Index" >= @start AND "Index" < @end ORDER BY "Index" """;
                ChunkedInsert.AddParameter(command, "@start").Value = start;
                ChunkedInsert.AddParameter(command, "@end").Value = count >= long.MaxValue - start ? long.MaxValue : start + count;
                var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        yield return new StoredEntry(reader.GetInt64(0), (byte[])reader[1], (byte[])reader[2]);
                    }
                }
            }
        }
    }

    private static async Task<(long Size, byte[] Root)> ReadHeadAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = sql;
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    throw new AuditException(AuditErrorCodes.Inconsistent, "the ledger has no head row; the database was not migrated or the row was removed.");
                }

                return (reader.GetInt64(0), (byte[])reader[1]);
            }
        }
    }

    private async Task UpdateHeadAsync(DbConnection connection, DbTransaction transaction, long oldSize, LedgerHead head, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = """UPDATE "audit_head" SET "Size" = @size, "RootHash" = @root, "UpdatedAtUnixMs" = @now WHERE "Id" = 1 AND "Size" = @old""";
            ChunkedInsert.AddParameter(command, "@size").Value = head.Size;
            ChunkedInsert.AddParameter(command, "@root").Value = head.RootHash;
            ChunkedInsert.AddParameter(command, "@now").Value = _time.GetUtcNow().ToUnixTimeMilliseconds();
            ChunkedInsert.AddParameter(command, "@old").Value = oldSize;
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                throw new AuditException(AuditErrorCodes.Inconsistent, "the ledger head moved during an append although it was locked.");
            }
        }
    }

    private static async Task<byte[]> ReadHashesAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<Subtree> subtrees, CancellationToken cancellationToken)
    {
        var result = new byte[subtrees.Count * MerkleHash.Size];
        if (subtrees.Count == 0)
        {
            return result;
        }

        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            var leaves = new List<string>();
            var nodes = new List<string>();
            for (var i = 0; i < subtrees.Count; i++)
            {
                var s = subtrees[i];
                ChunkedInsert.AddParameter(command, $"@i{i}").Value = s.Start >> s.Level;
                if (s.Level == 0)
                {
                    leaves.Add($"@i{i}");
                }
                else
                {
                    ChunkedInsert.AddParameter(command, $"@l{i}").Value = s.Level;
                    nodes.Add($"(\"Level\" = @l{i} AND \"Index\" = @i{i})");
                }
            }

            var parts = new List<string>(2);
            if (leaves.Count > 0)
            {
                parts.Add($"""SELECT 0 AS "Level", "Index", "LeafHash" AS "Hash" FROM "audit_entries" WHERE "Index" IN ({string.Join(", ", leaves)})""");
            }

            if (nodes.Count > 0)
            {
                parts.Add($"""SELECT "Level", "Index", "Hash" FROM "audit_hashes" WHERE {string.Join(" OR ", nodes)}""");
            }

            command.CommandText = string.Join(" UNION ALL ", parts);
            var found = new Dictionary<(int Level, long Index), byte[]>(subtrees.Count);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    found[(Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), reader.GetInt64(1))] = (byte[])reader[2];
                }
            }

            for (var i = 0; i < subtrees.Count; i++)
            {
                var s = subtrees[i];
                if (!found.TryGetValue((s.Level, s.Start >> s.Level), out var hash) || hash.Length != MerkleHash.Size)
                {
                    throw new AuditException(AuditErrorCodes.Inconsistent, $"the stored hash of entries [{s.Start}, {s.End}) is missing or malformed.");
                }

                hash.CopyTo(result, i * MerkleHash.Size);
            }
        }

        return result;
    }
}
