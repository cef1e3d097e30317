namespace Confidant.Identity.Data;

/// <summary>
/// A sign-in between the password and the second factor, or a password reset between the e-mailed
/// code and the new password. One-time codes sent for it are bound to it; it lasts ten minutes and
/// ends at the first success.
/// </summary>
internal sealed class SignInAttemptRow
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    /// <summary><c>sign-in</c> or <c>reset</c>: a code sent for one never finishes the other.</summary>
    public string Purpose { get; set; } = "sign-in";

    /// <summary>For a reset: when the e-mailed code was entered (the mailbox is proved; the other factor and the new password may follow).</summary>
    public DateTimeOffset? MailboxProvedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Wrong second-factor codes entered in this attempt.</summary>
    public int FailedCodes { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
