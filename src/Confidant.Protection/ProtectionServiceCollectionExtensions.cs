using Confidant.Protection.Keys;
using Confidant.Protection.Sealing;
using Confidant.Protection.Vault;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        return services;
    }
}
