using Microsoft.Extensions.Options;

namespace Confidant.Identity;

/// <summary>Refuses settings that would break the standards the sign-in follows, naming the setting.</summary>
internal sealed class ConfidantIdentityOptionsValidator : IValidateOptions<ConfidantIdentityOptions>
{
    private const string Section = ConfidantIdentityOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, ConfidantIdentityOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Tenant))
        {
            failures.Add($"{Section}:Tenant is required.");
        }

        if (options.SessionIdleTimeout <= TimeSpan.Zero || options.SessionIdleTimeout > options.SessionLifetime)
        {
            failures.Add($"{Section}:SessionIdleTimeout must be positive and no longer than SessionLifetime.");
        }

        if (options.SessionLifetime <= TimeSpan.Zero || options.SessionLifetime > TimeSpan.FromDays(30))
        {
            failures.Add($"{Section}:SessionLifetime must be positive and at most 30 days.");
        }

        if (options.TrustedDeviceLifetime <= TimeSpan.Zero || options.TrustedDeviceLifetime > TimeSpan.FromDays(30))
        {
            failures.Add($"{Section}:TrustedDeviceLifetime must be positive and at most 30 days.");
        }

        if (options.StepUpFreshness <= TimeSpan.Zero || options.StepUpFreshness > TimeSpan.FromMinutes(30))
        {
            failures.Add($"{Section}:StepUpFreshness must be positive and at most 30 minutes.");
        }

        if (options.CodeLifetime <= TimeSpan.Zero || options.CodeLifetime > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{Section}:CodeLifetime must be positive and at most 10 minutes.");
        }

        if (options.CodeDigits is < 6 or > 10)
        {
            failures.Add($"{Section}:CodeDigits must be 6 to 10.");
        }

        if (options.MaxCodesPerAttempt < 1 || options.MaxFactorFailures < 1)
        {
            failures.Add($"{Section}:MaxCodesPerAttempt and MaxFactorFailures must be at least 1.");
        }

        if (options.FreeFailures < 1 || options.MaxConsecutiveFailures > 100 || options.MaxConsecutiveFailures <= options.FreeFailures)
        {
            failures.Add($"{Section}:FreeFailures must be at least 1 and below MaxConsecutiveFailures, which is at most 100 (NIST SP 800-63B).");
        }

        if (options.BaseThrottleDelay <= TimeSpan.Zero || options.MaxThrottleDelay < options.BaseThrottleDelay)
        {
            failures.Add($"{Section}:BaseThrottleDelay must be positive and no longer than MaxThrottleDelay.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
