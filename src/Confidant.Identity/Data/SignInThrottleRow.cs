namespace Confidant.Identity.Data;

/// <summary>
/// Failed sign-ins per sign-in name, whether or not an account has that name (so the throttle
/// itself reveals nothing). The name is kept only as a keyed hash.
/// </summary>
internal sealed class SignInThrottleRow
{
    public required byte[] NameHash { get; set; }

    public int ConsecutiveFailures { get; set; }

    public DateTimeOffset LastFailureAt { get; set; }

    public DateTimeOffset BlockedUntil { get; set; }
}
