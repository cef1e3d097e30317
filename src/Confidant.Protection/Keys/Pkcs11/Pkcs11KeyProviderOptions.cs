namespace Confidant.Protection.Keys.Pkcs11;

/// <summary>
/// Options of the PKCS#11 key-encryption key provider (configuration section
/// <c>Confidant:Protection:Pkcs11</c>). The user PIN comes from <see cref="UserPin"/> or, when that
/// is empty, from the environment variable named by <see cref="UserPinEnvironmentVariable"/>; it
/// is never logged nor put in an error message.
/// </summary>
public sealed class Pkcs11KeyProviderOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Confidant:Protection:Pkcs11";

    /// <summary>The environment variable read for the PIN when <see cref="UserPin"/> is empty.</summary>
    public const string DefaultUserPinEnvironmentVariable = "CONFIDANT_PKCS11_PIN";

    /// <summary>The key manager's PKCS#11 module, such as <c>/usr/lib/softhsm/libsofthsm2.so</c>.</summary>
    public string LibraryPath { get; set; } = "";

    /// <summary>The token's label. Set this or <see cref="SlotId"/>, not both.</summary>
    public string? TokenLabel { get; set; }

    /// <summary>The token's slot id. Set this or <see cref="TokenLabel"/>, not both.</summary>
    public ulong? SlotId { get; set; }

    /// <summary>The token's user PIN. Prefer the environment variable, which keeps it out of configuration files.</summary>
    public string? UserPin { get; set; }

    /// <summary>The environment variable that holds the PIN when <see cref="UserPin"/> is empty.</summary>
    public string UserPinEnvironmentVariable { get; set; } = DefaultUserPinEnvironmentVariable;

    /// <summary>
    /// The start of the labels of this deployment's key-encryption keys on the token. Keys are
    /// labelled <c>{prefix}{generation:D6}-{yyyyMMdd}-{random}</c>; the highest generation is current.
    /// Letters, digits, '-', '_', '.' and ':' only, at most 64 characters.
    /// </summary>
    public string KeyLabelPrefix { get; set; } = "confidant-kek-";

    /// <summary>How many idle sessions are kept open for reuse (sessions are not thread-safe: one per operation).</summary>
    public int MaxIdleSessions { get; set; } = 8;

    /// <summary>The PIN from the options or the environment, or null when neither has one.</summary>
    internal string? ResolveUserPin()
    {
        if (!string.IsNullOrEmpty(UserPin))
        {
            return UserPin;
        }

        var fromEnvironment = string.IsNullOrWhiteSpace(UserPinEnvironmentVariable) ? null : Environment.GetEnvironmentVariable(UserPinEnvironmentVariable);
        return string.IsNullOrEmpty(fromEnvironment) ? null : fromEnvironment;
    }
}
