using System.Runtime.CompilerServices;
using Confidant.Protection.Keys;
using Confidant.Storage.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Confidant.Storage.Keys;

/// <summary>Wrapped data keys in the project database.</summary>
internal sealed class EfDataKeyStore(ConfidantDbFactory factory, ILogger<EfDataKeyStore> logger) : IDataKeyStore
{
    public async ValueTask<StoredDataKey?> GetAsync(KeyScope scope, int version, CancellationToken cancellationToken = default)
    {
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var subject = scope.SubjectId ?? "";
            var row = await db.DataKeys.AsNoTracking()
                .FirstOrDefaultAsync(k => k.TenantId == scope.TenantId && k.SubjectId == subject && k.Version == version, cancellationToken)
                .ConfigureAwait(false);
            return row is null ? null : ToStored(row);
        }
    }

    public async ValueTask<StoredDataKey?> GetLatestAsync(KeyScope scope, CancellationToken cancellationToken = default)
    {
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var subject = scope.SubjectId ?? "";
            var row = await db.DataKeys.AsNoTracking()
                .Where(k => k.TenantId == scope.TenantId && k.SubjectId == subject)
                .OrderByDescending(k => k.Version)
                .FirstOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false);
            return row is null ? null : ToStored(row);
        }
    }

    public async ValueTask<bool> TryAddAsync(StoredDataKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await Owners.EnsureAsync(db, key.Scope.TenantId, key.Scope.SubjectId, key.CreatedAt, cancellationToken).ConfigureAwait(false);
            var subject = key.Scope.SubjectId ?? "";
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var _ = transaction.ConfigureAwait(false);

            // Erasure takes the same owner lock, so a key can never be added after (or while) the
            // customer is erased.
            await Owners.LockAsync(db, key.Scope.TenantId, key.Scope.SubjectId, cancellationToken).ConfigureAwait(false);
            if (await db.KeyErasures.AnyAsync(e => e.TenantId == key.Scope.TenantId && e.SubjectId == subject, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            db.DataKeys.Add(new DataKeyRow
            {
                TenantId = key.Scope.TenantId,
                SubjectId = subject,
                Version = key.Version,
                KeyEncryptionKeyId = key.KeyEncryptionKeyId,
                WrappedKey = key.WrappedKey,
                CreatedAt = key.CreatedAt,
                UsageReserved = key.UsageReserved,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (DbUpdateException)
            {
                // A unique key clash means another node made this version first; anything else is
                // a real failure and goes up as it is.
                if (await ExistsAsync(key.Scope, key.Version, cancellationToken).ConfigureAwait(false))
                {
                    return false;
                }

                throw;
            }
        }
    }

    public async ValueTask UpdateWrappingAsync(StoredDataKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var subject = key.Scope.SubjectId ?? "";
            await db.DataKeys
                .Where(k => k.TenantId == key.Scope.TenantId && k.SubjectId == subject && k.Version == key.Version)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.KeyEncryptionKeyId, key.KeyEncryptionKeyId).SetProperty(k => k.WrappedKey, key.WrappedKey), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    public async ValueTask<long> ReserveUsageAsync(KeyScope scope, int version, long count, CancellationToken cancellationToken = default)
    {
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var subject = scope.SubjectId ?? "";
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // The update takes the row lock first, so the total read after it counts every
                // reservation committed before ours: an upper bound, which is what a nonce budget needs.
                await db.DataKeys
                    .Where(k => k.TenantId == scope.TenantId && k.SubjectId == subject && k.Version == version)
                    .ExecuteUpdateAsync(s => s.SetProperty(k => k.UsageReserved, k => k.UsageReserved + count), cancellationToken)
                    .ConfigureAwait(false);
                var total = await db.DataKeys
                    .Where(k => k.TenantId == scope.TenantId && k.SubjectId == subject && k.Version == version)
                    .Select(k => k.UsageReserved)
                    .FirstAsync(cancellationToken)
                    .ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return total;
            }
        }
    }

    public async IAsyncEnumerable<StoredDataKey> ListWrappedByOtherAsync(string keyEncryptionKeyId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        List<DataKeyRow> rows;
        await using (db.ConfigureAwait(false))
        {
            rows = await db.DataKeys.AsNoTracking().Where(k => k.KeyEncryptionKeyId != keyEncryptionKeyId).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var row in rows)
        {
            yield return ToStored(row);
        }
    }

    public async ValueTask EraseAsync(KeyScope scope, DateTimeOffset erasedAt, CancellationToken cancellationToken = default)
    {
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var subject = scope.SubjectId ?? "";
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await Owners.LockAsync(db, scope.TenantId, scope.SubjectId, cancellationToken).ConfigureAwait(false);
                await db.DataKeys.Where(k => k.TenantId == scope.TenantId && k.SubjectId == subject).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);

                // The customer's vault values are unreadable now and their blind indexes unlinkable
                // (both were keyed by the destroyed key); the display hints ("Visa •••• 1111") go
                // too. The rows stay until they expire, so a token reads as erased, not unknown.
                if (scope.SubjectId is not null)
                {
                    await db.VaultEntries.Where(v => v.TenantId == scope.TenantId && v.SubjectId == subject)
                        .ExecuteUpdateAsync(u => u.SetProperty(v => v.DisplayHint, (string?)null), cancellationToken).ConfigureAwait(false);
                    await db.Conversations.Where(c => c.TenantId == scope.TenantId && c.SubjectId == subject)
                        .ExecuteUpdateAsync(u => u.SetProperty(c => c.SealedState, (byte[]?)null), cancellationToken).ConfigureAwait(false);
                }

                if (!await db.KeyErasures.AnyAsync(e => e.TenantId == scope.TenantId && e.SubjectId == subject, cancellationToken).ConfigureAwait(false))
                {
                    db.KeyErasures.Add(new KeyErasureRow { TenantId = scope.TenantId, SubjectId = subject, ErasedAt = erasedAt });
                }

                await db.Subjects.Where(s => s.TenantId == scope.TenantId && s.Id == subject)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.ErasedAt, erasedAt), cancellationToken).ConfigureAwait(false);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            await PurgeDeletedKeysAsync(db, logger, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Makes the destroyed wrapped keys leave the database files now, not at some later vacuum
    /// (<see cref="ReleasedRows"/>); if SQLite's checkpoint never finishes, the erasure is logged
    /// as not yet purged (the next checkpoint finishes the job).
    /// </summary>
    private static async Task PurgeDeletedKeysAsync(ConfidantDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        if (!await ReleasedRows.PurgeAsync(db, ["data_keys"], cancellationToken).ConfigureAwait(false))
        {
            Log.KeyPurgeIncomplete(logger, ReleasedRows.Attempts);
        }
    }

    public async ValueTask<bool> IsErasedAsync(KeyScope scope, CancellationToken cancellationToken = default)
    {
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var subject = scope.SubjectId ?? "";
            return await db.KeyErasures.AnyAsync(e => e.TenantId == scope.TenantId && e.SubjectId == subject, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> ExistsAsync(KeyScope scope, int version, CancellationToken cancellationToken)
    {
        var db = factory.Create();
        await using (db.ConfigureAwait(false))
        {
            var subject = scope.SubjectId ?? "";
            return await db.DataKeys.AnyAsync(k => k.TenantId == scope.TenantId && k.SubjectId == subject && k.Version == version, cancellationToken).ConfigureAwait(false);
        }
    }

    private static StoredDataKey ToStored(DataKeyRow row) => new(
        row.SubjectId.Length == 0 ? KeyScope.ForTenant(row.TenantId) : KeyScope.ForSubject(row.TenantId, row.SubjectId),
        row.Version,
        row.KeyEncryptionKeyId,
        row.WrappedKey,
        row.CreatedAt,
        row.UsageReserved);
}
