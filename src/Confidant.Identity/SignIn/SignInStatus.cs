namespace Confidant.Identity.SignIn;

/// <summary>Where a sign-in stands after a step.</summary>
public enum SignInStatus
{
    /// <summary>Wrong name or password, or a wrong or used code: one answer for all, so nothing is learnt.</summary>
    Failed,

    /// <summary>Too many recent failures for this name: wait <see cref="SignInOutcome.RetryAfter"/>, or reset the password.</summary>
    Throttled,

    /// <summary>The password was right; a second factor is needed to finish (<see cref="SignInOutcome.AttemptId"/>).</summary>
    NeedsSecondFactor,

    /// <summary>Signed in; <see cref="SignInOutcome.Session"/> is the new session.</summary>
    SignedIn,

    /// <summary>The sign-in attempt is over (expired, finished, or too many wrong codes): start again with the password.</summary>
    AttemptOver,
}
