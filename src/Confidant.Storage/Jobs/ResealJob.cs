using Confidant.Protection.Sealing;
using Microsoft.EntityFrameworkCore;

namespace Confidant.Storage.Jobs;

/// <summary>
/// After a data key rotation, re-seals records still sealed under an older version of their
/// owner's key, a batch per transaction. Resumable by construction: a record's key version is
/// updated in the same transaction as its envelopes, so after a crash the next run picks up exactly
/// the records not yet done. Records of erased customers are left alone (they cannot be opened).
/// </summary>
public sealed class ResealJob(ConfidantDbFactory factory, RecordSealer sealer)
{
    /// <summary>
    /// Re-seals up to <paramref name="batchSize"/> records per transaction until none is left (or
    /// <paramref name="maxBatches"/> rounds have run); returns how many.
    /// </summary>
    public async Task<int> RunAsync(int batchSize = 200, int maxBatches = int.MaxValue, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var total = 0;
        for (var round = 0; round < maxBatches; round++)
        {
            var done = await ResealMessagesAsync(batchSize, cancellationToken).ConfigureAwait(false)
                + await ResealVaultAsync(batchSize, cancellationToken).ConfigureAwait(false)
                + await ResealConversationStateAsync(batchSize, cancellationToken).ConfigureAwait(false);
            if (done == 0)
            {
                return total;
            }

            total += done;
        }

        return total;
    }

    private async Task<int> ResealMessagesAsync(int batchSize, CancellationToken cancellationToken)
    {
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Messages
                .Where(m => m.KeyVersion < db.DataKeys.Where(k => k.TenantId == m.TenantId && k.SubjectId == m.SubjectId).Max(k => (int?)k.Version))
                .OrderBy(m => m.Id)
                .Take(batchSize)
                .Include(m => m.Views)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                if (row.SealedOriginal is not null)
                {
                    var context = new RecordContext(row.TenantId, row.SubjectId, Conversations.ConversationStore.OriginalKind, row.Id.ToString("N"));
                    row.SealedOriginal = await sealer.ResealAsync(context, row.SealedOriginal, cancellationToken).ConfigureAwait(false) ?? row.SealedOriginal;
                }

                foreach (var view in row.Views)
                {
                    var context = new RecordContext(row.TenantId, row.SubjectId, Conversations.ConversationStore.ViewKind, Conversations.ConversationStore.ViewRecordId(row.Id, view.Sink));
                    view.Sealed = await sealer.ResealAsync(context, view.Sealed, cancellationToken).ConfigureAwait(false) ?? view.Sealed;
                    view.KeyVersion = Envelope.ReadHeader(view.Sealed).KeyVersion;
                }

                row.KeyVersion = row.Views.Select(v => v.KeyVersion)
                    .Append(row.SealedOriginal is null ? int.MaxValue : Envelope.ReadHeader(row.SealedOriginal).KeyVersion)
                    .Min();
                if (row.KeyVersion == int.MaxValue)
                {
                    row.KeyVersion = await CurrentVersionAsync(db, row.TenantId, row.SubjectId, cancellationToken).ConfigureAwait(false);
                }
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return rows.Count;
        }
    }

    private async Task<int> ResealVaultAsync(int batchSize, CancellationToken cancellationToken)
    {
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.VaultEntries
                .Where(v => v.KeyVersion < db.DataKeys.Where(k => k.TenantId == v.TenantId && k.SubjectId == v.SubjectId).Max(k => (int?)k.Version))
                .OrderBy(v => v.Token)
                .Take(batchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                var context = new RecordContext(row.TenantId, row.SubjectId, Protection.Vault.TokenVault.SealedKind, row.Token);
                row.SealedValue = await sealer.ResealAsync(context, row.SealedValue, cancellationToken).ConfigureAwait(false) ?? row.SealedValue;
                row.KeyVersion = Envelope.ReadHeader(row.SealedValue).KeyVersion;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return rows.Count;
        }
    }

    private async Task<int> ResealConversationStateAsync(int batchSize, CancellationToken cancellationToken)
    {
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Conversations
                .Where(c => c.SealedState != null && c.KeyVersion < db.DataKeys.Where(k => k.TenantId == c.TenantId && k.SubjectId == c.SubjectId).Max(k => (int?)k.Version))
                .OrderBy(c => c.Id)
                .Take(batchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                var context = new RecordContext(row.TenantId, row.SubjectId, Conversations.ConversationStore.StateKind, row.Id.ToString("N"));
                row.SealedState = await sealer.ResealAsync(context, row.SealedState!, cancellationToken).ConfigureAwait(false) ?? row.SealedState;
                row.KeyVersion = Envelope.ReadHeader(row.SealedState!).KeyVersion;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return rows.Count;
        }
    }

    private static async Task<int> CurrentVersionAsync(ConfidantDbContext db, string tenantId, string subjectId, CancellationToken cancellationToken) =>
        await db.DataKeys.Where(k => k.TenantId == tenantId && k.SubjectId == subjectId).MaxAsync(k => (int?)k.Version, cancellationToken).ConfigureAwait(false) ?? 1;
}
