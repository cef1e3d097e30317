using Microsoft.Extensions.Options;

namespace Confidant.Identity.Passwords;

/// <summary>
/// Refuses Argon2id parameters below OWASP's minimum (m ≥ 19456 KiB, t ≥ 2, p ≥ 1) and above the
/// bounds that keep one sign-in attempt from tying up the server.
/// </summary>
internal sealed class PasswordHashingOptionsValidator : IValidateOptions<PasswordHashingOptions>
{
    public ValidateOptionsResult Validate(string? name, PasswordHashingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Check(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> when the options are unsafe (for the hashers' constructors).</summary>
    internal static void ThrowIfInvalid(PasswordHashingOptions options)
    {
        var failures = Check(options);
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(PasswordHashingOptions), failures);
        }
    }

    private static List<string> Check(PasswordHashingOptions options)
    {
        const string Section = PasswordHashingOptions.SectionName;
        var failures = new List<string>();
        if (options.MemoryKiB < PasswordHashingOptions.MinimumMemoryKiB)
        {
            failures.Add($"{Section}:MemoryKiB is {options.MemoryKiB}; Argon2id needs at least {PasswordHashingOptions.MinimumMemoryKiB} KiB (19 MiB, the OWASP minimum).");
        }
        else if (options.MemoryKiB > PasswordHashingOptions.MaximumMemoryKiB)
        {
            failures.Add($"{Section}:MemoryKiB is {options.MemoryKiB}; at most {PasswordHashingOptions.MaximumMemoryKiB} KiB (1 GiB) is accepted, as every sign-in attempt allocates it.");
        }

        if (options.Iterations < PasswordHashingOptions.MinimumIterations)
        {
            failures.Add($"{Section}:Iterations is {options.Iterations}; Argon2id needs at least {PasswordHashingOptions.MinimumIterations} passes (the OWASP minimum).");
        }
        else if (options.Iterations > PasswordHashingOptions.MaximumIterations)
        {
            failures.Add($"{Section}:Iterations is {options.Iterations}; at most {PasswordHashingOptions.MaximumIterations} passes are accepted.");
        }

        if (options.Parallelism < 1)
        {
            failures.Add($"{Section}:Parallelism is {options.Parallelism}; Argon2id needs at least 1 lane.");
        }
        else if (options.Parallelism > PasswordHashingOptions.MaximumParallelism)
        {
            failures.Add($"{Section}:Parallelism is {options.Parallelism}; at most {PasswordHashingOptions.MaximumParallelism} lanes are accepted.");
        }

        return failures;
    }
}
