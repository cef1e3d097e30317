namespace Confidant.Identity.Data;

/// <summary>
/// A request for a fresh second factor before a risky action. For a payment it carries the hash
/// of the transaction (amount, currency, payee), and only a confirmation over that hash approves it.
/// </summary>
internal sealed class StepUpChallengeRow
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Guid SessionId { get; set; }

    public required string Action { get; set; }

    public int Risk { get; set; }

    /// <summary>SHA-256 of the canonical transaction, for a payment.</summary>
    public byte[]? TransactionHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>pending, approved, refused, used or expired.</summary>
    public required string Status { get; set; }

    public int FailedAttempts { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}
