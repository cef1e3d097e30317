namespace Confidant.Identity.Throttling;

/// <summary>Whether a sign-in name may try a password now.</summary>
/// <param name="Allowed">True when a password may be checked.</param>
/// <param name="RetryAfter">How long to wait when it may not (zero when allowed).</param>
/// <param name="NeedsReset">True when the name reached the consecutive-failure limit: only a password reset opens it again.</param>
public readonly record struct ThrottleState(bool Allowed, TimeSpan RetryAfter, bool NeedsReset);
