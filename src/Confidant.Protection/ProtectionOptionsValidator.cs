using Confidant.Protection.Keys;
using Microsoft.Extensions.Options;

namespace Confidant.Protection;

/// <summary>Checks <see cref="ProtectionOptions"/> at start-up, including the key file's permissions.</summary>
internal sealed class ProtectionOptionsValidator : IValidateOptions<ProtectionOptions>
{
    public ValidateOptionsResult Validate(string? name, ProtectionOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.KeyFilePath))
        {
            failures.Add("Confidant:Protection:KeyFilePath is required.");
        }
        else
        {
            try
            {
                LocalKeyFileProvider.EnsureOwnerOnly(Path.GetFullPath(options.KeyFilePath));
            }
            catch (ProtectionException ex)
            {
                failures.Add(ex.Message);
            }
        }

        if (options.DataKeyCacheDuration <= TimeSpan.Zero || options.DataKeyCacheDuration > TimeSpan.FromHours(24))
        {
            failures.Add("Confidant:Protection:DataKeyCacheDuration must be more than zero and at most 24 hours.");
        }

        if (options.MaxCachedDataKeys < 1)
        {
            failures.Add("Confidant:Protection:MaxCachedDataKeys must be at least 1.");
        }

        if (options.MaxEncryptionsPerDataKey < 1 || options.MaxEncryptionsPerDataKey > (1L << 32))
        {
            failures.Add("Confidant:Protection:MaxEncryptionsPerDataKey must be between 1 and 2^32 (the NIST SP 800-38D bound for random nonces).");
        }

        if (options.NonceReservationBlock < 1 || options.NonceReservationBlock > options.MaxEncryptionsPerDataKey)
        {
            failures.Add("Confidant:Protection:NonceReservationBlock must be at least 1 and at most MaxEncryptionsPerDataKey.");
        }

        for (var i = 0; i < options.VaultAccess.Count; i++)
        {
            var rule = options.VaultAccess[i];
            if (string.IsNullOrWhiteSpace(rule.Principal) || rule.Purposes.Count == 0 || rule.Purposes.Any(string.IsNullOrWhiteSpace))
            {
                failures.Add($"Confidant:Protection:VaultAccess:{i} needs a Principal and at least one Purpose.");
            }
        }

        if (options.MaxSealedValueBytes < 1 || options.MaxTokenizedValueLength < 1)
        {
            failures.Add("Confidant:Protection:MaxSealedValueBytes and MaxTokenizedValueLength must be at least 1.");
        }

        if (options.DefaultTokenLifetime <= TimeSpan.Zero)
        {
            failures.Add("Confidant:Protection:DefaultTokenLifetime must be more than zero.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
