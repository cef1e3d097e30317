namespace Confidant.Audit.Reading;

/// <summary>Which events to list.</summary>
public sealed record AuditQuery
{
    /// <summary>The first entry index to look at.</summary>
    public long From { get; init; }

    /// <summary>The most events to return (1 to 1,000).</summary>
    public int Count { get; init; } = 100;

    /// <summary>Only this tenant's events (a reader scoped to a tenant gets only theirs anyway).</summary>
    public string? Tenant { get; init; }

    /// <summary>Only events with this id, such as <c>CONF-AUD-011</c>.</summary>
    public string? EventId { get; init; }
}
