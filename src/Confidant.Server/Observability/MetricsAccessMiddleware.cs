using System.Net;
using Confidant.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Observability;

/// <summary>
/// <c>/metrics</c> answers loopback callers only (a scraper on the same machine or a sidecar),
/// unless <see cref="ServerMetricsOptions.AllowRemoteScrape"/> is set; others get 404, as if
/// there were nothing there.
/// </summary>
internal sealed class MetricsAccessMiddleware(RequestDelegate next, IOptions<ServerOptions> options, ILogger<MetricsAccessMiddleware> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(ObservabilityExtensions.MetricsPath, StringComparison.OrdinalIgnoreCase)
            && !options.Value.Metrics.AllowRemoteScrape
            && context.Connection.RemoteIpAddress is var caller
            && (caller is null || !IPAddress.IsLoopback(caller.IsIPv4MappedToIPv6 ? caller.MapToIPv4() : caller)))
        {
            Log.MetricsScrapeRefused(logger, caller?.ToString() ?? "unknown");
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
