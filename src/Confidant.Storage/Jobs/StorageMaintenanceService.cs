using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Confidant.Storage.Jobs;

/// <summary>
/// Runs the retention job and the re-seal job in the background, once at start and then every
/// <see cref="StorageOptions.MaintenanceInterval"/>. Both are idempotent and resumable, so a crash
/// or several nodes running them at once lose or duplicate nothing.
/// </summary>
internal sealed partial class StorageMaintenanceService(
    RetentionJob retention,
    ResealJob reseal,
    IEnumerable<IMaintenanceObserver> observers,
    IOptions<StorageOptions> options,
    TimeProvider timeProvider,
    ILogger<StorageMaintenanceService> logger) : BackgroundService
{
    /// <summary>One round: retention first (no point re-sealing what is due for deletion), then re-sealing.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var deleted = await retention.RunOnceAsync(cancellationToken).ConfigureAwait(false);
        if (deleted.Messages + deleted.Conversations + deleted.VaultEntries > 0)
        {
            foreach (var observer in observers)
            {
                await observer.RetentionPurgedAsync(deleted, cancellationToken).ConfigureAwait(false);
            }
        }

        var resealed = await reseal.RunAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (deleted.Messages + deleted.Conversations + deleted.VaultEntries + resealed > 0)
        {
            LogRound(logger, deleted.Messages, deleted.Conversations, deleted.VaultEntries, resealed);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.MaintenanceInterval, timeProvider);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Keep the service alive; the next round retries. Only the type is logged: a
                // message could describe a record.
                LogRoundFailed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(3001, LogLevel.Information, "Storage maintenance: {Messages} messages, {Conversations} conversations and {VaultEntries} vault entries past retention deleted; {Resealed} records re-sealed")]
    private static partial void LogRound(ILogger logger, int messages, int conversations, int vaultEntries, int resealed);

    [LoggerMessage(3002, LogLevel.Error, "Storage maintenance round failed ({ExceptionType}); retrying at the next interval")]
    private static partial void LogRoundFailed(ILogger logger, string exceptionType);
}
