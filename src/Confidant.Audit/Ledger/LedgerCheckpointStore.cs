using Confidant.Audit.Checkpoints;
using Confidant.Storage;
using Confidant.Storage.Sql;

namespace Confidant.Audit.Ledger;

/// <summary>
/// Signed checkpoints (<c>audit_checkpoints</c>) and checkpoint signing keys
/// (<c>audit_signing_keys</c>) in the project database. Inserts never overwrite: a second node
/// signing the same size writes the same bytes (Ed25519 is deterministic) and finds them there.
/// </summary>
internal sealed class LedgerCheckpointStore : ICheckpointKeyStore
{
    private readonly ConfidantDbFactory _factory;

    public LedgerCheckpointStore(ConfidantDbFactory factory) => _factory = factory;

    public async ValueTask<StoredSigningKey?> GetAsync(string origin, CancellationToken cancellationToken = default)
    {
        StoredSigningKey? key = null;
        await PlainSql.QueryAsync(_factory, 
            """SELECT "Origin", "KeyName", "PublicKey", "KeyEncryptionKeyId", "WrappedSeed", "CreatedAtUnixMs" FROM "audit_signing_keys" WHERE "Origin" = @origin""",
            c => ChunkedInsert.AddParameter(c, "@origin").Value = origin,
            r => key = new StoredSigningKey(r.GetString(0), r.GetString(1), (byte[])r[2], r.GetString(3), (byte[])r[4], DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(5))),
            cancellationToken).ConfigureAwait(false);
        return key;
    }

    public async ValueTask<bool> TryAddAsync(StoredSigningKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return await PlainSql.ExecuteAsync(_factory, 
            """INSERT INTO "audit_signing_keys" ("Origin", "KeyName", "PublicKey", "KeyEncryptionKeyId", "WrappedSeed", "CreatedAtUnixMs") VALUES (@origin, @name, @public, @kek, @seed, @at) ON CONFLICT DO NOTHING""",
            c =>
            {
                ChunkedInsert.AddParameter(c, "@origin").Value = key.Origin;
                ChunkedInsert.AddParameter(c, "@name").Value = key.KeyName;
                ChunkedInsert.AddParameter(c, "@public").Value = key.PublicKey.ToArray();
                ChunkedInsert.AddParameter(c, "@kek").Value = key.KeyEncryptionKeyId;
                ChunkedInsert.AddParameter(c, "@seed").Value = key.WrappedSeed.ToArray();
                ChunkedInsert.AddParameter(c, "@at").Value = key.CreatedAt.ToUnixTimeMilliseconds();
            },
            cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Replaces the wrapping of a signing key (same seed, new key-encryption key), if it is still wrapped by <paramref name="oldKeyEncryptionKeyId"/>.</summary>
    public async Task ReplaceWrappingAsync(string origin, string oldKeyEncryptionKeyId, Protection.Keys.WrapResult rewrapped, CancellationToken cancellationToken)
    {
        await PlainSql.ExecuteAsync(_factory, 
            """UPDATE "audit_signing_keys" SET "KeyEncryptionKeyId" = @kek, "WrappedSeed" = @seed WHERE "Origin" = @origin AND "KeyEncryptionKeyId" = @old""",
            c =>
            {
                ChunkedInsert.AddParameter(c, "@kek").Value = rewrapped.KeyEncryptionKeyId;
                ChunkedInsert.AddParameter(c, "@seed").Value = rewrapped.WrappedKey;
                ChunkedInsert.AddParameter(c, "@origin").Value = origin;
                ChunkedInsert.AddParameter(c, "@old").Value = oldKeyEncryptionKeyId;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores a signed checkpoint unless one of that size is there already; returns the stored one.</summary>
    public async Task<string> AddCheckpointAsync(long size, string signedNote, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await PlainSql.ExecuteAsync(_factory, 
            """INSERT INTO "audit_checkpoints" ("Size", "Note", "CreatedAtUnixMs") VALUES (@size, @note, @at) ON CONFLICT DO NOTHING""",
            c =>
            {
                ChunkedInsert.AddParameter(c, "@size").Value = size;
                ChunkedInsert.AddParameter(c, "@note").Value = signedNote;
                ChunkedInsert.AddParameter(c, "@at").Value = at.ToUnixTimeMilliseconds();
            },
            cancellationToken).ConfigureAwait(false);
        return (await ListCheckpointsAsync(size, size, cancellationToken).ConfigureAwait(false)).Single().Note;
    }

    /// <summary>The stored checkpoints with sizes in [<paramref name="minSize"/>, <paramref name="maxSize"/>], smallest first.</summary>
    public async Task<List<(long Size, string Note)>> ListCheckpointsAsync(long minSize, long maxSize, CancellationToken cancellationToken)
    {
        var result = new List<(long, string)>();
        await PlainSql.QueryAsync(_factory, 
            """SELECT "Size", "Note" FROM "audit_checkpoints" WHERE "Size" >= @min AND "Size" <= @max ORDER BY "Size" """,
            c =>
            {
                ChunkedInsert.AddParameter(c, "@min").Value = minSize;
                ChunkedInsert.AddParameter(c, "@max").Value = maxSize;
            },
            r => result.Add((r.GetInt64(0), r.GetString(1))),
            cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>The largest stored checkpoint, or null.</summary>
    public async Task<(long Size, string Note)?> LatestCheckpointAsync(CancellationToken cancellationToken)
    {
        (long, string)? latest = null;
        await PlainSql.QueryAsync(_factory, 
            """SELECT "Size", "Note" FROM "audit_checkpoints" ORDER BY "Size" DESC LIMIT 1""",
            _ => { },
            r => latest = (r.GetInt64(0), r.GetString(1)),
            cancellationToken).ConfigureAwait(false);
        return latest;
    }
}
