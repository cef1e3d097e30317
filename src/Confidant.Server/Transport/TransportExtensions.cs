using Confidant.Server.Hosting;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Transport;

/// <summary>
/// Registration and middleware of the transport: Kestrel over TLS, the plaintext redirect port,
/// security headers, CORS for the widget, the cookie policy, rate limits, request timeouts and
/// WebSocket keep-alive.
/// </summary>
public static class TransportExtensions
{
    /// <summary>The CORS policy of the embeddable widget (only when origins are configured).</summary>
    public const string WidgetCorsPolicy = "confidant-widget";

    /// <summary>Configures Kestrel and registers the transport's services.</summary>
    public static WebApplicationBuilder AddConfidantTransport(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ServerCertificateSource>();
        services.TryAddSingleton<ListenerAddresses>();
        services.TryAddSingleton<ListeningAnnouncer>();
        builder.WebHost.ConfigureKestrel(KestrelConfiguration.Configure);

        // Endpoints from ASPNETCORE_URLS or launch settings would add listeners besides ours
        // (possibly plaintext ones that accept bodies); the listeners above are the only ones.
        builder.WebHost.UseSetting(WebHostDefaults.PreferHostingUrlsKey, "false");
        builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, string.Empty);

        services.Configure<CookiePolicyOptions>(o =>
        {
            o.Secure = CookieSecurePolicy.Always;
            o.HttpOnly = HttpOnlyPolicy.Always;
            o.MinimumSameSitePolicy = SameSiteMode.Strict;
        });

        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<ServerOptions>>((cors, server) =>
        {
            var origins = server.Value.AllowedOrigins;
            if (origins.Count > 0)
            {
                // Credentials (the visitor cookie) only for the named origins; no wildcard ever.
                cors.AddPolicy(WidgetCorsPolicy, policy => policy
                    .WithOrigins([.. origins])
                    .AllowCredentials()
                    .WithMethods(HttpMethods.Get, HttpMethods.Post)
                    .WithHeaders("Content-Type")
                    .SetPreflightMaxAge(TimeSpan.FromMinutes(10)));
            }
        });

        services.AddConfidantRateLimiting();
        services.AddConfidantRequestTimeouts();

        // Bad JSON and oversized bodies reach the chat's exception handler as exceptions (and so
        // get problem details with a code) instead of a bare 400 from the endpoint's binder.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return builder;
    }

    /// <summary>
    /// The transport's middleware, in the order it must run: the plaintext port's redirect before
    /// anything else can read a request, then headers, cookie policy, routing, CORS, rate limits,
    /// timeouts, WebSockets.
    /// </summary>
    public static WebApplication UseConfidantTransport(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<ServerOptions>>().Value;
        app.Lifetime.ApplicationStarted.Register(() => app.Services.GetRequiredService<ListeningAnnouncer>().Announce());

        app.UseMiddleware<PlaintextRedirectMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<DeclaredBodySizeMiddleware>();
        app.UseExceptionHandler();
        app.UseCookiePolicy();
        app.UseRouting();
        if (options.AllowedOrigins.Count > 0)
        {
            app.UseCors(WidgetCorsPolicy);
        }

        app.UseRateLimiter();
        app.UseRequestTimeouts();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = options.WebSocketKeepAlive, KeepAliveTimeout = options.WebSocketKeepAlive * 2 });
        return app;
    }
}
