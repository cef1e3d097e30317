namespace Confidant.Server.Hosting;

/// <summary>
/// Options of the server (configuration section <c>Confidant:Server</c>; <c>--data</c> on the
/// command line). Validated at start-up by <see cref="ServerOptionsValidator"/>.
/// </summary>
public sealed class ServerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Confidant:Server";

    /// <summary>
    /// The data folder of the embedded defaults: the key file (<c>keys/kek.json</c>), the SQLite
    /// database (<c>confidant.db</c>), the generated TLS certificate (<c>tls/</c>). Default <c>./data</c>.
    /// </summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The tenant this deployment serves (one brand per deployment for now).</summary>
    public string Tenant { get; set; } = "default";

    /// <summary>The address both listeners bind to. Loopback by default; <c>0.0.0.0</c> or <c>::</c> to serve other machines.</summary>
    public string ListenAddress { get; set; } = "127.0.0.1";

    /// <summary>The HTTPS port (TLS 1.2 and 1.3, HTTP/1.1 and HTTP/2). Default 5443; 0 picks a free port.</summary>
    public int HttpsPort { get; set; } = 5443;

    /// <summary>
    /// An optional plaintext HTTP port. It only redirects GET and HEAD to HTTPS (308) and refuses
    /// every request that carries a body without reading it. Unset: no plaintext listener.
    /// </summary>
    public int? HttpPort { get; set; }

    /// <summary>The TLS certificate; when no path is given one is generated in the data folder.</summary>
    public ServerCertificateOptions Certificate { get; set; } = new();

    /// <summary>
    /// Origins (<c>https://shop.example</c>) allowed to call the API from the embeddable widget
    /// (CORS, with credentials). Empty: same origin only.
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>Origins allowed to frame the web chat (CSP <c>frame-ancestors</c>). Empty: <c>'none'</c>.</summary>
    public IList<string> FrameAncestors { get; } = [];

    /// <summary>Largest request body accepted, in bytes (Kestrel's limit; default 64 KiB).</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>How long an API request may take before it is answered 504 with <c>CONF-CHAT-011</c>.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the server pings an idle WebSocket so proxies keep it open and dead peers are noticed.</summary>
    public TimeSpan WebSocketKeepAlive { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>HSTS <c>max-age</c>; at least a year.</summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Rate limits of the API.</summary>
    public ServerRateLimitOptions RateLimits { get; set; } = new();

    /// <summary>The Prometheus scrape endpoint.</summary>
    public ServerMetricsOptions Metrics { get; set; } = new();
}
