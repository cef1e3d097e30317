namespace Confidant.Identity.Sessions;

/// <summary>A signed-in session as the account pages and step-up see it.</summary>
/// <param name="Id">The session id (carried in the session cookie's claims).</param>
/// <param name="UserId">The account.</param>
/// <param name="Method">How it was authenticated (<see cref="AuthenticationMethods"/>).</param>
/// <param name="CreatedAt">Sign-in time.</param>
/// <param name="LastSeenAt">Last request (to the minute).</param>
/// <param name="ExpiresAt">End of its absolute lifetime.</param>
/// <param name="SecondFactorAt">When a second factor was last presented in it, if ever.</param>
public sealed record SessionInfo(Guid Id, Guid UserId, string Method, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt, DateTimeOffset? SecondFactorAt);
