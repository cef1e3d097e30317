namespace Confidant.Identity.Data;

/// <summary>
/// A signed-in session, kept server-side so it can be revoked, timed out when idle and ended at
/// its absolute lifetime whatever the cookie says.
/// </summary>
internal sealed class UserSessionRow
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    /// <summary>How the session was authenticated (<see cref="Sessions.AuthenticationMethods"/>).</summary>
    public required string Method { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When a second factor (or passkey) was last presented in this session, if ever.</summary>
    public DateTimeOffset? SecondFactorAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The trusted device the session was opened on, if it skipped the second factor that way.</summary>
    public Guid? DeviceId { get; set; }
}
