using Microsoft.Extensions.Options;

namespace Confidant.Identity.Passwords;

/// <summary>Checks <see cref="PasswordPolicyOptions"/> at start-up.</summary>
internal sealed class PasswordPolicyOptionsValidator : IValidateOptions<PasswordPolicyOptions>
{
    public ValidateOptionsResult Validate(string? name, PasswordPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string Section = PasswordPolicyOptions.SectionName;
        var failures = new List<string>();
        if (options.MinimumLength < PasswordPolicyOptions.LeastMinimumLength)
        {
            failures.Add($"{Section}:MinimumLength is {options.MinimumLength}; it must be at least {PasswordPolicyOptions.LeastMinimumLength}.");
        }

        if (options.MaximumLength < PasswordPolicyOptions.LeastMaximumLength || options.MaximumLength > PasswordPolicyOptions.GreatestMaximumLength)
        {
            failures.Add($"{Section}:MaximumLength is {options.MaximumLength}; it must be from {PasswordPolicyOptions.LeastMaximumLength} to {PasswordPolicyOptions.GreatestMaximumLength}.");
        }

        if (options.MaximumLength < options.MinimumLength)
        {
            failures.Add($"{Section}:MaximumLength ({options.MaximumLength}) is less than MinimumLength ({options.MinimumLength}).");
        }

        if (options.RecommendedLength < options.MinimumLength || options.RecommendedLength > options.MaximumLength)
        {
            failures.Add($"{Section}:RecommendedLength ({options.RecommendedLength}) must be from MinimumLength ({options.MinimumLength}) to MaximumLength ({options.MaximumLength}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
