using Confidant.Protection.Keys;
using Confidant.Protection.Keys.Pkcs11;
using Confidant.Protection.Sealing;
using Confidant.Protection.Vault;
using Confidant.Redaction.Tokenization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Confidant.Protection;

/// <summary>Registers the key hierarchy, the sealer and the vault.</summary>
public static class ProtectionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DataKeyRing"/>, <see cref="RecordSealer"/> and <see cref="TokenVault"/>, with the
    /// local key file as the key-encryption key provider unless another
    /// <see cref="IKeyEncryptionKeyProvider"/> is registered first. An <see cref="IDataKeyStore"/> and
    /// an <see cref="ITokenStore"/> must be registered (Confidant.Storage does). Options are validated
    /// at start-up: a key file readable by others stops the process with <c>CONF-KEY-002</c>.
    /// </summary>
    public static IServiceCollection AddConfidantProtection(this IServiceCollection services, Action<ProtectionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptionsWithValidateOnStart<ProtectionOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProtectionOptions>, ProtectionOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IKeyEncryptionKeyProvider>(sp => new LocalKeyFileProvider(
            sp.GetRequiredService<IOptions<ProtectionOptions>>().Value.KeyFilePath,
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<DataKeyRing>();
        services.TryAddSingleton<RecordSealer>();
        services.TryAddSingleton<IVaultAuditHook, NoLedgerVaultAuditHook>();
        services.TryAddSingleton<TokenVault>();
        services.TryAddSingleton<IValueTokenizer, VaultTokenizer>();
        return services;
    }

    /// <summary>
    /// Makes a PKCS#11 token (an HSM, or SoftHSM) the key-encryption key provider instead of the
    /// local key file. Call it before or after <see cref="AddConfidantProtection"/>: it replaces
    /// whichever <see cref="IKeyEncryptionKeyProvider"/> is registered. Options are validated at
    /// start-up (library path, exactly one of token label and slot id, a PIN present, a valid
    /// label prefix); the token itself is opened when the provider is first resolved, and a missing
    /// module, token or wrong PIN fails then with <c>CONF-KEY-007</c>, <c>-008</c> or <c>-009</c>.
    /// </summary>
    public static IServiceCollection AddConfidantPkcs11KeyProvider(this IServiceCollection services, Action<Pkcs11KeyProviderOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptionsWithValidateOnStart<Pkcs11KeyProviderOptions>().Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Pkcs11KeyProviderOptions>, Pkcs11KeyProviderOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.Replace(ServiceDescriptor.Singleton<IKeyEncryptionKeyProvider>(sp => new Pkcs11KeyEncryptionKeyProvider(
            sp.GetRequiredService<IOptions<Pkcs11KeyProviderOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<Pkcs11KeyEncryptionKeyProvider>>() ?? NullLogger<Pkcs11KeyEncryptionKeyProvider>.Instance)));
        return services;
    }
}
