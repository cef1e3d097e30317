using Confidant.Server.Chat;
using Confidant.Server.Hosting;
using Confidant.Server.Observability;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Transport;

/// <summary>
/// ASP.NET Core's request timeouts: every request has <see cref="ServerOptions.RequestTimeout"/>
/// (default 10 s) and then gets 504 with <c>CONF-CHAT-011</c>. The live-chat WebSocket opts out
/// with <c>DisableRequestTimeout()</c>: it lives as long as the conversation.
/// </summary>
internal static class ApiRequestTimeouts
{
    public static IServiceCollection AddConfidantRequestTimeouts(this IServiceCollection services)
    {
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<ServerOptions>>((timeouts, server) =>
            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = server.Value.RequestTimeout,
                TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
                WriteTimeoutResponse = WriteTimeoutAsync,
            });
        return services;
    }

    private static Task WriteTimeoutAsync(HttpContext context)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiRequestTimeouts).FullName!);

        // The route template, not the path: a path holds ids, a template does not.
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no endpoint)";
        Log.RequestTimedOut(logger, route, ChatErrorCodes.Timeout);
        return ProblemResponses.WriteAsync(context, StatusCodes.Status504GatewayTimeout, ChatErrorCodes.Timeout,
            "the request took too long and was stopped; try again.");
    }
}
