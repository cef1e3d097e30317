using Confidant.Protection.Sealing;
using Confidant.Protection.Vault;
using Microsoft.EntityFrameworkCore;

namespace Confidant.Storage.Vault;

/// <summary>Vault entries in the project database.</summary>
internal sealed class EfTokenStore(ConfidantDbFactory factory) : ITokenStore
{
    public async ValueTask<VaultEntry?> FindByIndexAsync(string tenantId, string subjectId, string dataClass, byte[] blindIndex, CancellationToken cancellationToken = default)
    {
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var row = await db.VaultEntries.AsNoTracking()
                .FirstOrDefaultAsync(v => v.TenantId == tenantId && v.SubjectId == subjectId && v.DataClass == dataClass && v.BlindIndex == blindIndex, cancellationToken)
                .ConfigureAwait(false);
            return row is null ? null : ToEntry(row);
        }
    }

    public async ValueTask<VaultEntry?> GetAsync(string tenantId, string token, CancellationToken cancellationToken = default)
    {
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var row = await db.VaultEntries.AsNoTracking()
                .FirstOrDefaultAsync(v => v.TenantId == tenantId && v.Token == token, cancellationToken)
                .ConfigureAwait(false);
            return row is null ? null : ToEntry(row);
        }
    }

    public async ValueTask<bool> TryAddAsync(VaultEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            // Tokenizing runs inside chat requests (a symptom, a captured card): on SQLite it takes its
            // turn with the chat's other writers instead of sleeping in the busy handler.
            using var turn = await factory.EnterWriteAsync(cancellationToken).ConfigureAwait(false);

            // An expired entry may still hold the index; it gives way to the new one.
            await db.VaultEntries
                .Where(v => v.TenantId == entry.TenantId && v.SubjectId == entry.SubjectId && v.DataClass == entry.DataClass && v.BlindIndex == entry.BlindIndex && v.ExpiresAt <= entry.CreatedAt)
                .ExecuteDeleteAsync(cancellationToken)
                .ConfigureAwait(false);
            db.VaultEntries.Add(new VaultEntryRow
            {
                TenantId = entry.TenantId,
                Token = entry.Token,
                SubjectId = entry.SubjectId,
                DataClass = entry.DataClass,
                BlindIndex = entry.BlindIndex,
                SealedValue = entry.SealedValue,
                KeyVersion = Envelope.ReadHeader(entry.SealedValue).KeyVersion,
                DisplayHint = entry.DisplayHint,
                CreatedAt = entry.CreatedAt,
                ExpiresAt = entry.ExpiresAt,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (DbUpdateException)
            {
                return false;
            }
        }
    }

    public async ValueTask<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.VaultEntries.Where(v => v.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static VaultEntry ToEntry(VaultEntryRow row) =>
        new(row.Token, row.TenantId, row.SubjectId, row.DataClass, row.BlindIndex, row.SealedValue, row.DisplayHint, row.CreatedAt, row.ExpiresAt);
}
