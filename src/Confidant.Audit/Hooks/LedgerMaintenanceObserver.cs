using Confidant.Audit.Events;
using Confidant.Audit.Ledger;
using Confidant.Storage.Jobs;

namespace Confidant.Audit.Hooks;

/// <summary>Writes each retention run that deleted something to the ledger (CONF-AUD-030), with counts per kind of record.</summary>
internal sealed class LedgerMaintenanceObserver(AuditLedger ledger) : IMaintenanceObserver
{
    public async ValueTask RetentionPurgedAsync(RetentionResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string kind, int count)
        {
            if (count > 0)
            {
                counts[kind] = count;
            }
        }

        Add("messages", result.Messages);
        Add("conversations", result.Conversations);
        Add("vault-entries", result.VaultEntries);
        await ledger.AppendAsync(
            new AuditEvent
            {
                Type = AuditEventTypes.RetentionPurged,
                Time = ledger.Now,
                Tenant = "*",
                Actor = AuditActor.System("retention-job"),
                Target = new AuditTarget { Type = "expired-records", Classes = counts },
                Outcome = AuditOutcome.Success,
                Reason = "retention-expired",
            },
            cancellationToken).ConfigureAwait(false);
    }
}
