using Confidant.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Confidant.Server.Observability;

/// <summary>Ready when the project database answers (migrations applied on the way, as on first use).</summary>
internal sealed class DatabaseHealthCheck(ConfidantDbFactory databases) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var db = await databases.CreateAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                return await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false)
                    ? HealthCheckResult.Healthy()
                    : HealthCheckResult.Unhealthy("the database does not answer");
            }
        }
#pragma warning disable CA1031 // a health check reports every failure as unhealthy rather than throwing
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            // The exception's type only: its message may hold a connection string.
            return HealthCheckResult.Unhealthy("the database is not reachable (" + ex.GetType().Name + ")");
        }
    }
}
