using Microsoft.Extensions.Logging;

namespace Confidant.Server.Observability;

/// <summary>
/// The server's log messages with stable event ids (5000-5099; the chat's own messages may take
/// 5100 and up). Arguments are addresses of this server, fingerprints, kinds and codes: never a
/// request body, a header value or a path that a customer typed. A client address is classified
/// and goes through the redactor.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(5000, LogLevel.Information, "Confidant is listening on {Url} (TLS certificate SHA-256 fingerprint {Fingerprint})")]
    public static partial void Listening(ILogger logger, string url, string fingerprint);

    [LoggerMessage(5001, LogLevel.Information, "Plaintext HTTP on {Url} only redirects to HTTPS and refuses request bodies")]
    public static partial void PlaintextRedirectListening(ILogger logger, string url);

    [LoggerMessage(5002, LogLevel.Warning, "Generated a self-signed TLS certificate in {Folder}, valid until {NotAfter:u}, SHA-256 fingerprint {Fingerprint}; configure Confidant:Server:Certificate for a trusted one")]
    public static partial void CertificateGenerated(ILogger logger, string folder, DateTimeOffset notAfter, string fingerprint);

    [LoggerMessage(5003, LogLevel.Information, "Using the TLS certificate {Source}, valid until {NotAfter:u}, SHA-256 fingerprint {Fingerprint}")]
    public static partial void CertificateLoaded(ILogger logger, string source, DateTimeOffset notAfter, string fingerprint);

    [LoggerMessage(5004, LogLevel.Warning, "The generated TLS private key {Path} was readable by others; it is owner-only now")]
    public static partial void CertificateKeyPermissionsTightened(ILogger logger, string path);

    [LoggerMessage(5005, LogLevel.Warning, "The configured TLS certificate expires at {NotAfter:u}; renew it")]
    public static partial void CertificateExpiring(ILogger logger, DateTimeOffset notAfter);

    [LoggerMessage(5010, LogLevel.Information, "Refused a {Method} request with a body on the plaintext HTTP port ({Code}); the body was not read")]
    public static partial void PlaintextBodyRefused(ILogger logger, string method, string code);

    [LoggerMessage(5011, LogLevel.Information, "Rate limit reached per {Partition} for {ClientAddress} ({Code})")]
    public static partial void RateLimited(ILogger logger, string partition, [NetworkAddress] string clientAddress, string code);

    [LoggerMessage(5012, LogLevel.Warning, "A request to {Route} timed out ({Code})")]
    public static partial void RequestTimedOut(ILogger logger, string route, string code);

    [LoggerMessage(5013, LogLevel.Information, "Refused a metrics scrape from {ClientAddress}: only loopback callers may scrape unless Confidant:Server:Metrics:AllowRemoteScrape is set")]
    public static partial void MetricsScrapeRefused(ILogger logger, [NetworkAddress] string clientAddress);

    [LoggerMessage(5020, LogLevel.Error, "A Data Protection key could not be decrypted with the key-encryption key provider ({Code}); cookies protected with it cannot be read")]
    public static partial void DataProtectionKeyUnreadable(ILogger logger, string code);
}
