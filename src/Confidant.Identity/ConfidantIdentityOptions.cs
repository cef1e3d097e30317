namespace Confidant.Identity;

/// <summary>Options of sign-in, sessions, devices and step-up (configuration section <c>Confidant:Identity</c>).</summary>
public sealed class ConfidantIdentityOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Confidant:Identity";

    /// <summary>The tenant whose keys make the keyed hashes of sign-in names and codes.</summary>
    public string Tenant { get; set; } = "default";

    /// <summary>The name authenticator apps show for the account (the otpauth issuer).</summary>
    public string Issuer { get; set; } = "Confidant";

    /// <summary>A session with no request for this long is over (OWASP ASVS 7.3.1; default 30 minutes).</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session is over this long after sign-in, however active (default 12 hours).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How long a trusted device skips the second factor (at most 30 days).</summary>
    public TimeSpan TrustedDeviceLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How recent a second factor must be to satisfy a high-risk action without a new one (default 5 minutes).</summary>
    public TimeSpan StepUpFreshness { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a one-time code, a sign-in attempt and a step-up challenge stay valid (default 10 minutes).</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Digits of a one-time code (at least 6).</summary>
    public int CodeDigits { get; set; } = 6;

    /// <summary>Codes one sign-in attempt or challenge may have sent (further requests are refused).</summary>
    public int MaxCodesPerAttempt { get; set; } = 3;

    /// <summary>Wrong second-factor entries one attempt or challenge allows before it ends.</summary>
    public int MaxFactorFailures { get; set; } = 5;

    /// <summary>Consecutive failed passwords for a sign-in name before delays start.</summary>
    public int FreeFailures { get; set; } = 5;

    /// <summary>The first delay; each further failure doubles it up to <see cref="MaxThrottleDelay"/>.</summary>
    public TimeSpan BaseThrottleDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest delay between two password attempts for one sign-in name.</summary>
    public TimeSpan MaxThrottleDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Consecutive failures after which password sign-in for that name stops until the owner resets
    /// the password (NIST SP 800-63B 5.2.2 allows at most 100). Reaching it takes about a day of
    /// guessing at the delays above.
    /// </summary>
    public int MaxConsecutiveFailures { get; set; } = 100;

    /// <summary>The region a phone number without a country code is read in (ISO 3166 two letters, e.g. US, GB).</summary>
    public string DefaultPhoneRegion { get; set; } = "US";

    /// <summary>Whether the optional security-question knowledge check is offered (never a second factor; off by default).</summary>
    public bool KnowledgeCheckEnabled { get; set; }

    /// <summary>Step-up actions that also ask the knowledge check, on top of the second factor, when it is on.</summary>
    public IList<string> KnowledgeCheckActions { get; } = ["reveal-card"];
}
