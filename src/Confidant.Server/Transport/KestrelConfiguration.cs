using System.Net;
using System.Security.Authentication;
using Confidant.Server.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Transport;

/// <summary>
/// Kestrel as the only listener: HTTPS with TLS 1.2 and 1.3 only, HTTP/1.1 and HTTP/2, on the
/// configured address (loopback by default), with tight request limits; and, only when
/// configured, a plaintext HTTP/1.1 port that <see cref="PlaintextRedirectMiddleware"/> turns
/// into redirects.
/// </summary>
internal static class KestrelConfiguration
{
    /// <summary>The only protocol versions offered: TLS 1.0 and 1.1 are broken, SSL long gone.</summary>
    public const SslProtocols AllowedProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;

    public static void Configure(KestrelServerOptions kestrel)
    {
        var services = kestrel.ApplicationServices;
        var options = services.GetRequiredService<IOptions<ServerOptions>>().Value;
        var certificates = services.GetRequiredService<ServerCertificateSource>();
        var address = IPAddress.Parse(options.ListenAddress);

        kestrel.AddServerHeader = false;
        kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
        kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        kestrel.Limits.MaxRequestHeaderCount = 64;
        kestrel.Limits.MaxRequestLineSize = 8 * 1024;
        kestrel.Limits.MaxRequestBufferSize = 1024 * 1024;
        kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
        kestrel.Limits.Http2.MaxRequestHeaderFieldSize = 16 * 1024;
        kestrel.Limits.Http2.MaxStreamsPerConnection = 100;

        kestrel.Listen(address, options.HttpsPort, listen =>
        {
            listen.Protocols = HttpProtocols.Http1AndHttp2;
            listen.UseHttps(https =>
            {
                https.ServerCertificate = certificates.Certificate;
                https.SslProtocols = AllowedProtocols;
                https.HandshakeTimeout = TimeSpan.FromSeconds(10);
            });
        });

        if (options.HttpPort is { } httpPort)
        {
            kestrel.Listen(address, httpPort, listen => listen.Protocols = HttpProtocols.Http1);
        }
    }
}
