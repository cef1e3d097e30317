using Microsoft.Extensions.Options;

namespace Confidant.Protection.Keys.Pkcs11;

/// <summary>Checks <see cref="Pkcs11KeyProviderOptions"/> at start-up. Messages never contain the PIN.</summary>
internal sealed class Pkcs11KeyProviderOptionsValidator : IValidateOptions<Pkcs11KeyProviderOptions>
{
    public const int MaxPrefixLength = 64;

    public ValidateOptionsResult Validate(string? name, Pkcs11KeyProviderOptions options)
    {
        var failures = Check(options, checkLibraryFile: true);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>What is wrong with <paramref name="options"/>; the library file is only looked for when asked.</summary>
    public static List<string> Check(Pkcs11KeyProviderOptions options, bool checkLibraryFile)
    {
        const string Section = Pkcs11KeyProviderOptions.SectionName;
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.LibraryPath))
        {
            failures.Add($"{Section}:LibraryPath is required (the key manager's PKCS#11 module, such as /usr/lib/softhsm/libsofthsm2.so).");
        }
        else if (checkLibraryFile && Path.IsPathRooted(options.LibraryPath) && !File.Exists(options.LibraryPath))
        {
            failures.Add($"{ProtectionErrorCodes.Pkcs11LibraryUnavailable}: {Section}:LibraryPath '{options.LibraryPath}' does not exist.");
        }

        if (string.IsNullOrWhiteSpace(options.TokenLabel) == (options.SlotId is null))
        {
            failures.Add($"{Section}: set exactly one of TokenLabel and SlotId.");
        }

        if (options.ResolveUserPin() is null)
        {
            failures.Add($"{Section}: no user PIN. Set the environment variable {options.UserPinEnvironmentVariable} (or {Section}:UserPin).");
        }

        if (!IsValidPrefix(options.KeyLabelPrefix))
        {
            failures.Add($"{Section}:KeyLabelPrefix must be 1 to {MaxPrefixLength} characters of ASCII letters, digits, '-', '_', '.' and ':'.");
        }

        if (options.MaxIdleSessions is < 1 or > 256)
        {
            failures.Add($"{Section}:MaxIdleSessions must be between 1 and 256.");
        }

        return failures;
    }

    private static bool IsValidPrefix(string? prefix)
    {
        if (string.IsNullOrEmpty(prefix) || prefix.Length > MaxPrefixLength)
        {
            return false;
        }

        foreach (var c in prefix)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            {
                return false;
            }
        }

        return true;
    }
}
