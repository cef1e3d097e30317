namespace Confidant.Server.Hosting;

/// <summary>One token bucket: <see cref="Burst"/> requests at once, refilled by <see cref="TokensPerPeriod"/> every <see cref="Period"/>.</summary>
public sealed class TokenBucketSettings
{
    /// <summary>Requests allowed at once (the bucket's size).</summary>
    public int Burst { get; set; }

    /// <summary>Tokens added each period.</summary>
    public int TokensPerPeriod { get; set; }

    /// <summary>The refill period.</summary>
    public TimeSpan Period { get; set; }
}
