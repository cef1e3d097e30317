using System.Net;
using Confidant.Audit.Events;
using Confidant.Audit.Ledger;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Auditing;

/// <summary>
/// Writes sign-in, factor, device and step-up events to the audit ledger. The actor is the
/// account's keyed pseudonym (or <c>anonymous</c> for a name no account has); targets carry kinds
/// and ids, never a code, a password, an address or an amount.
/// </summary>
public sealed class IdentityAudit
{
    private readonly AuditLedger _ledger;
    private readonly AuditPseudonyms _pseudonyms;
    private readonly TimeProvider _time;
    private readonly string _tenant;

    /// <summary>Creates the writer.</summary>
    public IdentityAudit(AuditLedger ledger, AuditPseudonyms pseudonyms, IOptions<ConfidantIdentityOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ledger = ledger;
        _pseudonyms = pseudonyms;
        _time = time;
        _tenant = options.Value.Tenant;
    }

    /// <summary>The subject id under which an account's keys and pseudonym live.</summary>
    public static string SubjectId(Guid userId) => Accounts.AccountSubject.Of(userId);

    /// <summary>Appends one event and waits until it is durable.</summary>
    /// <param name="type">The event type.</param>
    /// <param name="userId">The account, or null for a sign-in name no account has.</param>
    /// <param name="outcome">How it ended.</param>
    /// <param name="what">The target kind (a factor, <c>device</c>, an action name).</param>
    /// <param name="ids">Record ids (device, session, challenge), never values.</param>
    /// <param name="reason">A short reason code, if any.</param>
    /// <param name="origin">The client address, coarsened before it is written.</param>
    /// <param name="cancellationToken">Cancels the wait (the event may still be written).</param>
    public async Task WriteAsync(AuditEventType type, Guid? userId, AuditOutcome outcome, string? what = null, IReadOnlyList<string>? ids = null, string? reason = null, IPAddress? origin = null, CancellationToken cancellationToken = default)
    {
        var actor = userId is { } id
            ? await _pseudonyms.CustomerAsync(_tenant, SubjectId(id), cancellationToken).ConfigureAwait(false)
            : AuditActor.Anonymous;
        await AppendAsync(actor, type, outcome, what, ids, reason, origin, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The same for a known account; a staff account gets a staff pseudonym.</summary>
    public async Task WriteForAsync(Guid userId, bool staff, AuditEventType type, AuditOutcome outcome, string? what = null, IReadOnlyList<string>? ids = null, string? reason = null, IPAddress? origin = null, CancellationToken cancellationToken = default)
    {
        var actor = staff
            ? await _pseudonyms.StaffAsync(_tenant, SubjectId(userId), cancellationToken).ConfigureAwait(false)
            : await _pseudonyms.CustomerAsync(_tenant, SubjectId(userId), cancellationToken).ConfigureAwait(false);
        await AppendAsync(actor, type, outcome, what, ids, reason, origin, cancellationToken).ConfigureAwait(false);
    }

    private async Task AppendAsync(string actor, AuditEventType type, AuditOutcome outcome, string? what, IReadOnlyList<string>? ids, string? reason, IPAddress? origin, CancellationToken cancellationToken) =>
        await _ledger.AppendAsync(new AuditEvent
        {
            Type = type,
            Time = _time.GetUtcNow(),
            Tenant = _tenant,
            Actor = actor,
            Target = what is null ? null : new AuditTarget { Type = what, Ids = ids ?? [] },
            Outcome = outcome,
            Reason = reason,
            Origin = origin is null ? null : AuditOrigin.FromAddress(origin),
        }, cancellationToken).ConfigureAwait(false);
}
