using Confidant.Server.Chat;
using Confidant.Server.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Confidant.Server.Observability;

/// <summary>
/// Logs through the compliance redactors, health endpoints (<c>/health/live</c>,
/// <c>/health/ready</c>) and OpenTelemetry metrics (the chat's meter and ASP.NET Core's) with a
/// Prometheus scrape endpoint at <c>/metrics</c>.
/// </summary>
public static class ObservabilityExtensions
{
    /// <summary>The Prometheus scrape path.</summary>
    public const string MetricsPath = "/metrics";

    private const string ReadyTag = "ready";

    /// <summary>The meters exported: the chat's, and ASP.NET Core's own (requests, connections, TLS handshakes, rate limiting).</summary>
    internal static readonly string[] Meters =
    [
        ChatMetrics.MeterName,
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.RateLimiting",
    ];

    /// <summary>Registers log redaction, health checks and metrics.</summary>
    public static WebApplicationBuilder AddConfidantObservability(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Every classified log argument is erased; an unclassified one is logged as it is, which
        // is why nothing a customer typed is ever an argument.
        builder.Services.AddRedaction(redaction =>
        {
            redaction.SetRedactor<ErasingRedactor>(new DataClassificationSet(ServerDataClassifications.NetworkAddress));
            redaction.SetFallbackRedactor<ErasingRedactor>();
        });
        builder.Logging.EnableRedaction();

        // EF Core logs every command at Information; at that level the console would show SQL
        // rather than what an operator needs (where the server listens). Configuration may lower it.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);

        // ASP.NET Core's request lines carry paths and query strings, which are the client's to
        // fill; they are not logged unless an operator turns them on.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);

        var metrics = builder.Configuration.GetSection(ServerOptions.SectionName + ":Metrics").Get<ServerMetricsOptions>() ?? new ServerMetricsOptions();
        if (metrics.Enabled)
        {
            builder.Services.AddOpenTelemetry().WithMetrics(meters => meters.AddMeter(Meters).AddPrometheusExporter());
        }

        return builder;
    }

    /// <summary>Maps the health endpoints and, when enabled, the scrape endpoint (loopback callers only by default).</summary>
    public static WebApplication MapConfidantObservability(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting().WithName("HealthLive");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).DisableRateLimiting().WithName("HealthReady");

        if (app.Services.GetRequiredService<IOptions<ServerOptions>>().Value.Metrics.Enabled)
        {
            app.UseMiddleware<MetricsAccessMiddleware>();
            app.MapPrometheusScrapingEndpoint(MetricsPath).DisableRateLimiting();
        }

        return app;
    }
}
