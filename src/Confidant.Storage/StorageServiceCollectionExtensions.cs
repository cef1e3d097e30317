using Confidant.Protection.Keys;
using Confidant.Protection.Vault;
using Confidant.Storage.Conversations;
using Confidant.Storage.Jobs;
using Confidant.Storage.Keys;
using Confidant.Storage.Vault;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Confidant.Storage;

/// <summary>Registers the project database and its stores.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds the database (SQLite by default, PostgreSQL when configured), the key and token stores
    /// that <c>AddConfidantProtection</c> needs, the conversation store and the retention and
    /// re-seal jobs, which a hosted service runs every <see cref="StorageOptions.MaintenanceInterval"/>.
    /// Options are validated at start-up.
    /// </summary>
    public static IServiceCollection AddConfidantStorage(this IServiceCollection services, Action<StorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptionsWithValidateOnStart<StorageOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConfidantDbFactory>();
        services.TryAddSingleton<IDataKeyStore, EfDataKeyStore>();
        services.TryAddSingleton<ITokenStore, EfTokenStore>();
        services.TryAddSingleton<ConversationStore>();
        services.TryAddSingleton<RetentionJob>();
        services.TryAddSingleton<ResealJob>();
        services.AddHostedService<KeyFileGuard>();
        services.TryAddSingleton<StorageMaintenanceService>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageMaintenanceService>());
        return services;
    }
}
