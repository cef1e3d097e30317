using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Confidant.Audit.Checkpoints;

/// <summary>
/// Makes a signed checkpoint every <see cref="AuditOptions.CheckpointInterval"/> when the log has
/// grown (and once at start-up), in the server's background. Several nodes may run it: they sign
/// the same head to the same bytes, and the store keeps one.
/// </summary>
internal sealed class CheckpointScheduler : BackgroundService
{
    private readonly CheckpointService _checkpoints;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;
    private readonly ILogger<CheckpointScheduler> _logger;

    public CheckpointScheduler(CheckpointService checkpoints, IOptions<AuditOptions> options, TimeProvider time, ILogger<CheckpointScheduler> logger)
    {
        _checkpoints = checkpoints;
        _interval = options.Value.CheckpointInterval;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(_interval, _time);
        do
        {
            try
            {
                await _checkpoints.CheckpointNowAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed checkpoint is logged and retried; the server goes on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.ScheduledCheckpointFailed(_logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
