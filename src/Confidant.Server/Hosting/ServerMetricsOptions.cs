namespace Confidant.Server.Hosting;

/// <summary>The Prometheus scrape endpoint <c>/metrics</c> (<c>Confidant:Server:Metrics</c>).</summary>
public sealed class ServerMetricsOptions
{
    /// <summary>Whether <c>/metrics</c> is served. Default on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Whether callers other than loopback may scrape. Off by default: metrics say how busy the
    /// service is and which data classes its customers type, which is nobody else's business.
    /// </summary>
    public bool AllowRemoteScrape { get; set; }
}
