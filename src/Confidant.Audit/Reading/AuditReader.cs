using Confidant.Audit.Events;
using Confidant.Audit.Ledger;

namespace Confidant.Audit.Reading;

/// <summary>
/// Lists audit events for people allowed to see them (an auditor or an administrator, scoped to
/// their tenant unless they are an operator of the whole installation). Reading is itself audited:
/// every listing, allowed or refused, is appended to the log before anything is returned.
/// </summary>
public sealed class AuditReader
{
    private const int MaxCount = 1000;
    private readonly AuditLedger _ledger;

    /// <summary>Creates the reader.</summary>
    public AuditReader(AuditLedger ledger) => _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));

    /// <summary>
    /// The events matching <paramref name="query"/>, oldest first. Throws <see cref="AuditException"/>
    /// with <see cref="AuditErrorCodes.ReadDenied"/> (after recording the refusal) when the reader
    /// has neither role, or asks for another tenant than their own.
    /// </summary>
    public async Task<IReadOnlyList<ListedEvent>> ListAsync(AuditReaderIdentity reader, AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(query);
        if (query.Count is < 1 or > MaxCount || query.From < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(query), $"Count is 1 to {MaxCount} and From is not negative.");
        }

        var tenant = query.Tenant ?? reader.Tenant;
        var allowed = (reader.Roles.Contains(AuditRoles.Auditor) || reader.Roles.Contains(AuditRoles.Admin))
            && (reader.Tenant is null || tenant == reader.Tenant);
        if (!allowed)
        {
            await RecordAsync(reader, tenant, query, AuditOutcome.Denied, "role-required", cancellationToken).ConfigureAwait(false);
            throw new AuditException(AuditErrorCodes.ReadDenied, "listing audit events needs the auditor or admin role, for your own tenant.");
        }

        // Recorded before the events are returned: a listing that cannot be audited does not happen.
        await RecordAsync(reader, tenant, query, AuditOutcome.Success, null, cancellationToken).ConfigureAwait(false);
        var result = new List<ListedEvent>(Math.Min(query.Count, 128));
        await foreach (var entry in _ledger.ReadEntriesAsync(query.From, long.MaxValue, cancellationToken).ConfigureAwait(false))
        {
            var decoded = AuditEntryCodec.Decode(entry.Entry);
            if ((tenant is null || decoded.Tenant == tenant) && (query.EventId is null || decoded.Type.Id == query.EventId))
            {
                result.Add(new ListedEvent(entry.Index, decoded));
                if (result.Count == query.Count)
                {
                    break;
                }
            }
        }

        return result;
    }

    private Task<AuditReceipt> RecordAsync(AuditReaderIdentity reader, string? tenant, AuditQuery query, AuditOutcome outcome, string? reason, CancellationToken cancellationToken) =>
        _ledger.AppendAsync(
            new AuditEvent
            {
                Type = AuditEventTypes.AuditRead,
                Time = _ledger.Now,
                Tenant = tenant ?? "*", // the whole installation
                Actor = reader.Actor,
                Target = new AuditTarget { Type = "audit-log", Ids = [$"from:{query.From}", $"count:{query.Count}", .. query.EventId is null ? Array.Empty<string>() : [query.EventId]] },
                Outcome = outcome,
                Reason = reason,
            },
            cancellationToken).AsTask();
}
