namespace Confidant.Server.Hosting;

/// <summary>Rate limits of the API (<c>Confidant:Server:RateLimits</c>): token buckets per client address and per conversation.</summary>
public sealed class ServerRateLimitOptions
{
    /// <summary>Whether the API is rate limited at all (a load test on loopback may turn it off).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Per client IP address (IPv6 by its /64, which one customer usually holds whole).</summary>
    public TokenBucketSettings PerClient { get; set; } = new() { Burst = 120, TokensPerPeriod = 30, Period = TimeSpan.FromSeconds(1) };

    /// <summary>Per conversation id, whichever client sends.</summary>
    public TokenBucketSettings PerConversation { get; set; } = new() { Burst = 20, TokensPerPeriod = 2, Period = TimeSpan.FromSeconds(1) };

    /// <summary>
    /// Form posts to the account pages (sign-in, codes, registration, reset) per client address:
    /// slows one address trying many accounts (the per-name throttle slows many tries at one).
    /// </summary>
    public TokenBucketSettings AccountPosts { get; set; } = new() { Burst = 30, TokensPerPeriod = 10, Period = TimeSpan.FromMinutes(1) };
}
