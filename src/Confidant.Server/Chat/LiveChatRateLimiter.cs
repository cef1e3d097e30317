using System.Threading.RateLimiting;
using Confidant.Server.Hosting;
using Confidant.Server.Transport;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Chat;

/// <summary>
/// The per-conversation limit for messages that arrive over the live-chat WebSocket (the HTTP
/// rate limiter sees only the upgrade request): the same token bucket as the JSON API's
/// per-conversation limit, shared by every socket of a conversation on this node.
/// </summary>
internal sealed class LiveChatRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<Guid>? _limiter;

    public LiveChatRateLimiter(IOptions<ServerOptions> options)
    {
        var limits = options.Value.RateLimits;
        if (limits.Enabled)
        {
            var bucket = ApiRateLimiting.ToOptions(limits.PerConversation);
            _limiter = PartitionedRateLimiter.Create<Guid, Guid>(id => RateLimitPartition.GetTokenBucketLimiter(id, _ => bucket));
        }
    }

    /// <summary>True when one more message of <paramref name="conversationId"/> may be processed now.</summary>
    public bool TryAcquire(Guid conversationId)
    {
        if (_limiter is null)
        {
            return true;
        }

        using var lease = _limiter.AttemptAcquire(conversationId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter?.Dispose();
}
