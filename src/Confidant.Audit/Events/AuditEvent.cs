namespace Confidant.Audit.Events;

/// <summary>
/// One audit event: who did what to which data, when, from where, and how it ended; never the
/// data. Every string is an identifier from a small alphabet (see <see cref="AuditEntryCodec"/>),
/// so a value cannot be smuggled in as free text. The ledger stores it as canonical bytes.
/// </summary>
public sealed record AuditEvent
{
    /// <summary>The kind of event.</summary>
    public required AuditEventType Type { get; init; }

    /// <summary>When (UTC; kept to the millisecond).</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>The tenant.</summary>
    public required string Tenant { get; init; }

    /// <summary>Who: an <see cref="AuditActor"/> value (a keyed pseudonym or a system component, never an email or a name).</summary>
    public required string Actor { get; init; }

    /// <summary>What was acted on, if anything.</summary>
    public AuditTarget? Target { get; init; }

    /// <summary>How it ended.</summary>
    public required AuditOutcome Outcome { get; init; }

    /// <summary>Where from, in a privacy-preserving form (<see cref="AuditOrigin"/>), if known.</summary>
    public string? Origin { get; init; }

    /// <summary>Why, as a short code (<c>customer-request</c>, <c>purpose-not-allowed</c>), if any.</summary>
    public string? Reason { get; init; }
}
