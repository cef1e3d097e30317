using Confidant.Identity.Accounts;
using Confidant.Identity.Factors;
using Confidant.Identity.Sessions;

namespace Confidant.Identity.SignIn;

/// <summary>The result of a sign-in step.</summary>
public sealed record SignInOutcome
{
    /// <summary>Where the sign-in stands.</summary>
    public required SignInStatus Status { get; init; }

    /// <summary>How long to wait before the next password attempt, when throttled.</summary>
    public TimeSpan RetryAfter { get; init; }

    /// <summary>True when the name reached the failure limit and only a password reset opens it.</summary>
    public bool NeedsPasswordReset { get; init; }

    /// <summary>The attempt to finish with a second factor.</summary>
    public Guid? AttemptId { get; init; }

    /// <summary>The factors the account can present for this attempt.</summary>
    public IReadOnlyList<SecondFactorKind> Factors { get; init; } = [];

    /// <summary>The signed-in account.</summary>
    public ConfidantUser? User { get; init; }

    /// <summary>The new session.</summary>
    public SessionInfo? Session { get; init; }

    /// <summary>A trusted-device cookie value to set (new trust, or the rotated secret of the device used).</summary>
    public string? DeviceCookie { get; init; }

    internal static SignInOutcome Failed { get; } = new() { Status = SignInStatus.Failed };

    internal static SignInOutcome Over { get; } = new() { Status = SignInStatus.AttemptOver };
}
