namespace Confidant.Audit.Events;

/// <summary>How an audited action ended.</summary>
public enum AuditOutcome
{
    /// <summary>It was done.</summary>
    Success,

    /// <summary>It was refused by a rule (a role, an access rule, a policy).</summary>
    Denied,

    /// <summary>It was attempted and failed (an error, an erased key).</summary>
    Failure,
}
