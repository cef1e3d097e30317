namespace Confidant.Protection;

/// <summary>Options of the key hierarchy, sealing and the vault (configuration section <c>Confidant:Protection</c>).</summary>
public sealed class ProtectionOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Confidant:Protection";

    /// <summary>The local key file of the embedded key provider. Relative paths are under the current directory.</summary>
    public string KeyFilePath { get; set; } = Path.Combine("data", "keys", "kek.json");

    /// <summary>How long an unwrapped data key stays cached in memory.</summary>
    public TimeSpan DataKeyCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many unwrapped data keys are cached at most.</summary>
    public int MaxCachedDataKeys { get; set; } = 10_000;

    /// <summary>
    /// Encryptions allowed under one data key before it is rotated. Nonces are random 96-bit
    /// values; NIST SP 800-38D bounds random-nonce use of one key to 2^32 encryptions.
    /// </summary>
    public long MaxEncryptionsPerDataKey { get; set; } = 1L << 32;

    /// <summary>How many encryptions a node reserves from the key store at a time.</summary>
    public int NonceReservationBlock { get; set; } = 4096;

    /// <summary>Largest value that can be sealed, in bytes.</summary>
    public int MaxSealedValueBytes { get; set; } = 1 << 20;

    /// <summary>Largest value the vault tokenizes, in characters.</summary>
    public int MaxTokenizedValueLength { get; set; } = 4096;

    /// <summary>Who may reveal which tokens, for what purposes. Empty: nothing is ever revealed.</summary>
    public IList<Vault.VaultAccessRule> VaultAccess { get; } = [];

    /// <summary>How long a vault token lives when the caller does not say.</summary>
    public TimeSpan DefaultTokenLifetime { get; set; } = TimeSpan.FromDays(400);
}
