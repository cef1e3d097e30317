namespace Confidant.Identity.Data;

/// <summary>
/// A one-time code sent to the customer's other device. Kept as a keyed hash over what it is
/// bound to (a sign-in attempt, or a step-up challenge and its transaction), so the code proves
/// nothing for anything else; single use, ten minutes.
/// </summary>
internal sealed class OneTimeCodeRow
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    /// <summary>The attempt or challenge id the code was sent for.</summary>
    public Guid BoundTo { get; set; }

    public required byte[] CodeHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public int FailedAttempts { get; set; }
}
