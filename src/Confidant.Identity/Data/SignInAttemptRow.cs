namespace Confidant.Identity.Data;

/// <summary>
/// A sign-in between the password and the second factor. One-time codes sent for it are bound to
/// it; it lasts ten minutes and ends at the first success.
/// </summary>
internal sealed class SignInAttemptRow
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Wrong second-factor codes entered in this attempt.</summary>
    public int FailedCodes { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
