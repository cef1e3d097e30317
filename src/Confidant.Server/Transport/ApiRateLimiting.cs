using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Confidant.Server.Chat;
using Confidant.Server.Hosting;
using Confidant.Server.Observability;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Transport;

/// <summary>
/// ASP.NET Core's rate limiter, token buckets chained: on the API one per client address and one
/// per conversation id; on the account pages' form posts one per client address. A refused request gets 429, a <c>Retry-After</c> and problem details
/// with <c>CONF-CHAT-009</c>. Health and metrics are not limited (monitoring must see an overload).
/// </summary>
internal static class ApiRateLimiting
{
    public static IServiceCollection AddConfidantRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ServerOptions>>((limiter, server) =>
        {
            var limits = server.Value.RateLimits;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = OnRejectedAsync;
            if (!limits.Enabled)
            {
                return;
            }

            var perClient = ToOptions(limits.PerClient);
            var perConversation = ToOptions(limits.PerConversation);
            var accountPosts = ToOptions(limits.AccountPosts);
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsApi(context)
                    ? RateLimitPartition.GetTokenBucketLimiter(ClientPartition(context), _ => perClient)
                    : RateLimitPartition.GetNoLimiter(string.Empty)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsApi(context) && ConversationPartition(context) is { } conversation
                    ? RateLimitPartition.GetTokenBucketLimiter(conversation, _ => perConversation)
                    : RateLimitPartition.GetNoLimiter(string.Empty)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsAccountPost(context)
                    ? RateLimitPartition.GetTokenBucketLimiter("account-" + ClientPartition(context), _ => accountPosts)
                    : RateLimitPartition.GetNoLimiter(string.Empty)));
        });
        return services;
    }

    internal static TokenBucketRateLimiterOptions ToOptions(TokenBucketSettings bucket) => new()
    {
        TokenLimit = bucket.Burst,
        TokensPerPeriod = bucket.TokensPerPeriod,
        ReplenishmentPeriod = bucket.Period,
        QueueLimit = 0, // refuse at once: a queued chat message only makes the wait longer
        AutoReplenishment = true,
    };

    private static bool IsAccountPost(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase);

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>The client's address; an IPv6 client by its /64, since one household or phone holds a whole /64.</summary>
    internal static string ClientPartition(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "client:unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            address = new IPAddress(bytes);
        }

        return "client:" + address.ToString();
    }

    private static string? ConversationPartition(HttpContext context) =>
        context.Request.RouteValues.TryGetValue("id", out var value)
        && Guid.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), out var id)
            ? "conversation:" + id.ToString("N")
            : null;

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var server = context.RequestServices.GetRequiredService<IOptions<ServerOptions>>().Value.RateLimits;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? wait
            : TimeSpan.FromTicks(Math.Max(server.PerClient.Period.Ticks, server.PerConversation.Period.Ticks));
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiRateLimiting).FullName!);
        var partition = IsAccountPost(context) ? "account posts" : ConversationPartition(context) is not null ? "client or conversation" : "client";
        Log.RateLimited(logger, partition, context.Connection.RemoteIpAddress?.ToString() ?? "unknown", ChatErrorCodes.RateLimited);

        await ProblemResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests, ChatErrorCodes.RateLimited,
            "too many requests; wait as long as Retry-After says, then try again.").ConfigureAwait(false);
    }
}
