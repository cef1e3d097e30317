using Confidant.Protection;
using Confidant.Protection.Keys;
using Confidant.Protection.Sealing;
using Confidant.Storage.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Confidant.Storage.Jobs;

/// <summary>
/// After a data key rotation, re-seals records still sealed under an older version of their
/// owner's key, a batch per transaction. Resumable by construction: a record's key version is
/// updated in the same statement as its envelopes, so after a crash the next run picks up exactly
/// the records not yet done. A record that cannot be re-sealed (damaged) is logged and skipped, so
/// it never blocks the others; records of erased customers are left alone (they cannot be opened).
/// </summary>
public sealed class ResealJob(ConfidantDbFactory factory, RecordSealer sealer, DataKeyRing ring, ILogger<ResealJob> logger)
{
    /// <summary>
    /// Re-seals up to <paramref name="batchSize"/> records per transaction until none is left (or
    /// <paramref name="maxBatches"/> rounds have run); returns how many records were re-sealed.
    /// </summary>
    public async Task<int> RunAsync(int batchSize = 200, int maxBatches = int.MaxValue, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var skipped = new Skipped();
        var total = 0;
        for (var round = 0; round < maxBatches; round++)
        {
            var (seen, done) = await ResealMessagesAsync(batchSize, skipped, cancellationToken).ConfigureAwait(false);
            var (vaultSeen, vaultDone) = await ResealVaultAsync(batchSize, skipped, cancellationToken).ConfigureAwait(false);
            var (stateSeen, stateDone) = await ResealConversationStateAsync(batchSize, skipped, cancellationToken).ConfigureAwait(false);
            total += done + vaultDone + stateDone;
            if (seen + vaultSeen + stateSeen == 0)
            {
                break;
            }
        }

        return total;
    }

    private async Task<(int Seen, int Done)> ResealMessagesAsync(int batchSize, Skipped skipped, CancellationToken cancellationToken)
    {
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var skip = skipped.Messages.ToList();
            var rows = await db.Messages
                .Where(m => m.KeyVersion < db.DataKeys.Where(k => k.TenantId == m.TenantId && k.SubjectId == m.SubjectId).Max(k => (int?)k.Version))
                .Where(m => !skip.Contains(m.Id))
                .OrderBy(m => m.Id)
                .Take(batchSize)
                .Include(m => m.Views)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var done = 0;
            foreach (var row in rows)
            {
                ring.ForgetCurrentVersion(KeyScope.ForSubject(row.TenantId, row.SubjectId));
                try
                {
                    if (row.SealedOriginal is not null)
                    {
                        var context = new RecordContext(row.TenantId, row.SubjectId, ConversationStore.OriginalKind, ConversationStore.OriginalRecordId(row.ConversationId, row.Id));
                        row.SealedOriginal = await sealer.ResealAsync(context, row.SealedOriginal, cancellationToken).ConfigureAwait(false) ?? row.SealedOriginal;
                    }

                    if (row.SealedViews is not null)
                    {
                        row.SealedViews = await ResealViewsAsync(row, row.SealedViews, cancellationToken).ConfigureAwait(false);
                    }

                    foreach (var view in row.Views)
                    {
                        var context = new RecordContext(row.TenantId, row.SubjectId, ConversationStore.ViewKind, ConversationStore.ViewRecordId(row.ConversationId, row.Id, view.Sink));
                        view.Sealed = await sealer.ResealAsync(context, view.Sealed, cancellationToken).ConfigureAwait(false) ?? view.Sealed;
                        view.KeyVersion = Envelope.ReadHeader(view.Sealed).KeyVersion;
                    }
                }
                catch (Exception ex) when (ex is ProtectionException or InvalidDataException)
                {
                    Log.ResealFailed(logger, ex is ProtectionException ? ConversationStore.OriginalKind : ConversationStore.ViewKind, (ex as ProtectionException)?.Code ?? ProtectionErrorCodes.EnvelopeTruncated);
                    skipped.Messages.Add(row.Id);
                    db.Entry(row).State = EntityState.Unchanged;
                    foreach (var view in row.Views)
                    {
                        db.Entry(view).State = EntityState.Unchanged;
                    }

                    continue;
                }

                var version = row.Views.Select(v => v.KeyVersion)
                    .Concat(row.SealedViews is null ? [] : PackedViews.Read(row.SealedViews).Select(e => Envelope.ReadHeader(e.Envelope.Span).KeyVersion))
                    .Concat(row.SealedOriginal is null ? [] : [Envelope.ReadHeader(row.SealedOriginal).KeyVersion])
                    .DefaultIfEmpty(await CurrentVersionAsync(db, row.TenantId, row.SubjectId, cancellationToken).ConfigureAwait(false))
                    .Min();
                if (version > row.KeyVersion)
                {
                    row.KeyVersion = version;
                    done++;
                }
                else
                {
                    skipped.Messages.Add(row.Id); // nothing to do for it now; never spin on it
                }
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return (rows.Count, done);
        }
    }

    // Each envelope of a message's packed views, re-sealed under the same record id (its sinks).
    private async Task<byte[]> ResealViewsAsync(MessageRow row, byte[] packed, CancellationToken cancellationToken)
    {
        var entries = new List<(string Sinks, byte[] Envelope)>();
        foreach (var (sinks, envelope) in PackedViews.Read(packed))
        {
            var context = new RecordContext(row.TenantId, row.SubjectId, ConversationStore.ViewKind, ConversationStore.ViewRecordId(row.ConversationId, row.Id, sinks));
            entries.Add((sinks, await sealer.ResealAsync(context, envelope, cancellationToken).ConfigureAwait(false) ?? envelope.ToArray()));
        }

        return PackedViews.Pack(entries);
    }

    private async Task<(int Seen, int Done)> ResealVaultAsync(int batchSize, Skipped skipped, CancellationToken cancellationToken)
    {
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var skip = skipped.Tokens.ToList();
            var rows = await db.VaultEntries
                .Where(v => v.KeyVersion < db.DataKeys.Where(k => k.TenantId == v.TenantId && k.SubjectId == v.SubjectId).Max(k => (int?)k.Version))
                .Where(v => !skip.Contains(v.Token))
                .OrderBy(v => v.Token)
                .Take(batchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var done = 0;
            foreach (var row in rows)
            {
                ring.ForgetCurrentVersion(KeyScope.ForSubject(row.TenantId, row.SubjectId));
                try
                {
                    var context = new RecordContext(row.TenantId, row.SubjectId, Protection.Vault.TokenVault.SealedKind, row.Token);
                    row.SealedValue = await sealer.ResealAsync(context, row.SealedValue, cancellationToken).ConfigureAwait(false) ?? row.SealedValue;
                }
                catch (ProtectionException ex)
                {
                    Log.ResealFailed(logger, Protection.Vault.TokenVault.SealedKind, ex.Code);
                    skipped.Tokens.Add(row.Token);
                    db.Entry(row).State = EntityState.Unchanged;
                    continue;
                }

                var version = Envelope.ReadHeader(row.SealedValue).KeyVersion;
                if (version > row.KeyVersion)
                {
                    row.KeyVersion = version;
                    done++;
                }
                else
                {
                    skipped.Tokens.Add(row.Token);
                }
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return (rows.Count, done);
        }
    }

    private async Task<(int Seen, int Done)> ResealConversationStateAsync(int batchSize, Skipped skipped, CancellationToken cancellationToken)
    {
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var skip = skipped.Conversations.ToList();
            var rows = await db.Conversations.AsNoTracking()
                .Where(c => c.SealedState != null && c.KeyVersion < db.DataKeys.Where(k => k.TenantId == c.TenantId && k.SubjectId == c.SubjectId).Max(k => (int?)k.Version))
                .Where(c => !skip.Contains(c.Id))
                .OrderBy(c => c.Id)
                .Take(batchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var done = 0;
            foreach (var row in rows)
            {
                ring.ForgetCurrentVersion(KeyScope.ForSubject(row.TenantId, row.SubjectId));
                byte[]? resealed;
                try
                {
                    var context = new RecordContext(row.TenantId, row.SubjectId, ConversationStore.StateKind, row.Id.ToString("N"));
                    resealed = await sealer.ResealAsync(context, row.SealedState!, cancellationToken).ConfigureAwait(false);
                }
                catch (ProtectionException ex)
                {
                    Log.ResealFailed(logger, ConversationStore.StateKind, ex.Code);
                    skipped.Conversations.Add(row.Id);
                    continue;
                }

                var sealedState = resealed ?? row.SealedState!;
                var version = Envelope.ReadHeader(sealedState).KeyVersion;

                // Only if nobody saved a newer state meanwhile: the state is replaced, not merged.
                var previous = row.SealedState;
                var updated = await db.Conversations
                    .Where(c => c.TenantId == row.TenantId && c.Id == row.Id && c.SealedState == previous)
                    .ExecuteUpdateAsync(u => u.SetProperty(c => c.SealedState, sealedState).SetProperty(c => c.KeyVersion, version), cancellationToken)
                    .ConfigureAwait(false);
                if (updated == 1 && version > row.KeyVersion)
                {
                    done++;
                }
                else if (updated == 0 || version <= row.KeyVersion)
                {
                    skipped.Conversations.Add(row.Id);
                }
            }

            return (rows.Count, done);
        }
    }

    private static async Task<int> CurrentVersionAsync(ConfidantDbContext db, string tenantId, string subjectId, CancellationToken cancellationToken) =>
        await db.DataKeys.Where(k => k.TenantId == tenantId && k.SubjectId == subjectId).MaxAsync(k => (int?)k.Version, cancellationToken).ConfigureAwait(false) ?? 1;

    private sealed class Skipped
    {
        public HashSet<Guid> Messages { get; } = [];

        public HashSet<string> Tokens { get; } = new(StringComparer.Ordinal);

        public HashSet<Guid> Conversations { get; } = [];
    }
}
