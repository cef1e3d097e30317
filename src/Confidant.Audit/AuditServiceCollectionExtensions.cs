using Confidant.Audit.Checkpoints;
using Confidant.Audit.Events;
using Confidant.Audit.Hooks;
using Confidant.Audit.Ledger;
using Confidant.Audit.Reading;
using Confidant.Protection.Vault;
using Confidant.Storage.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Confidant.Audit;

/// <summary>Registers the audit ledger.</summary>
public static class AuditServiceCollectionExtensions
{
    /// <summary>
    /// Adds the ledger (stored in the project database of <c>AddConfidantStorage</c>), keyed
    /// pseudonyms for actors, signed checkpoints (made on a schedule by a hosted service, and on
    /// demand), and makes the token vault write every detokenization to the ledger.
    /// </summary>
    public static IServiceCollection AddConfidantAudit(this IServiceCollection services, Action<AuditOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<AuditOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditLedger>();
        services.TryAddSingleton<AuditPseudonyms>();
        services.TryAddSingleton<CheckpointService>();
        services.TryAddSingleton<AuditReader>();
        services.AddHostedService<CheckpointScheduler>();
        services.Replace(ServiceDescriptor.Singleton<IVaultAuditHook, LedgerVaultAuditHook>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMaintenanceObserver, LedgerMaintenanceObserver>());
        return services;
    }
}
