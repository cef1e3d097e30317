using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Confidant.Server.Tests.Transport;

public sealed class TlsTests : IAsyncLifetime
{
    private TestServerHost _server = null!;

    public async Task InitializeAsync() => _server = await TestServerHost.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(SslProtocols.Tls12)]
    [InlineData(SslProtocols.Tls13)]
    public async Task Handshake_Tls12AndTls13_Succeed(SslProtocols protocol)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _server.BaseAddress.Port);
        await using var tls = new SslStream(tcp.GetStream());
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = "localhost",
            EnabledSslProtocols = protocol,
            RemoteCertificateValidationCallback = (_, certificate, _, _) => _server.IsServerCertificate(certificate),
        });
        Assert.Equal(protocol, tls.SslProtocol);
    }

    [Fact]
    public void Kestrel_OffersOnlyTls12AndTls13()
    {
        // Debian's OpenSSL policy also refuses TLS 1.1 by itself, so the handshake test below would
        // pass there even if Kestrel allowed it; this pins what the server asks for everywhere.
#pragma warning disable SYSLIB0039, CA5397 // naming the obsolete protocols is the point
        Assert.Equal(SslProtocols.None, Confidant.Server.Transport.KestrelConfiguration.AllowedProtocols & (SslProtocols.Tls | SslProtocols.Tls11));
#pragma warning restore SYSLIB0039, CA5397
        Assert.Equal(SslProtocols.Tls12 | SslProtocols.Tls13, Confidant.Server.Transport.KestrelConfiguration.AllowedProtocols);
    }

    [Fact]
    public async Task Handshake_Tls11ClientHello_IsRefusedByTheServer()
    {
        var reply = await SendClientHelloAsync(0x0302);

        // The server answers a fatal alert (content type 21) or closes: never a ServerHello (22).
        Assert.True(reply.Length == 0 || reply[0] == 0x15, $"expected an alert or a closed connection, got record type {(reply.Length > 0 ? reply[0] : -1)}");
    }

    [Fact]
    public async Task Handshake_SameClientHelloAsTls12_GetsAServerHello()
    {
        // The control for the test above: the hand-built hello is well formed, only its version differs.
        var reply = await SendClientHelloAsync(0x0303);
        Assert.True(reply.Length >= 6, "no reply to a TLS 1.2 ClientHello");
        Assert.Equal(0x16, reply[0]);
        Assert.Equal(0x02, reply[5]);
    }

    [Fact]
    public async Task Http2_IsNegotiatedOverTls()
    {
        using var client = _server.CreateClient(version: HttpVersion.Version20);
        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version20, response.Version);
    }

    [Fact]
    public async Task PlaintextHttp_OnTheHttpsPort_IsNotServed()
    {
        using var client = new HttpClient();
        var plain = new UriBuilder(_server.BaseAddress) { Scheme = "http" }.Uri;
        var failed = false;
        try
        {
            using var response = await client.GetAsync(new Uri(plain, "/health/live"));
            failed = response.StatusCode == HttpStatusCode.BadRequest;
        }
        catch (HttpRequestException)
        {
            failed = true;
        }

        Assert.True(failed, "a plaintext request on the HTTPS port was served");
    }

    private async Task<byte[]> SendClientHelloAsync(ushort version)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _server.BaseAddress.Port, timeout.Token);
        var stream = tcp.GetStream();
        await stream.WriteAsync(RawClientHello.Build(version), timeout.Token);
        var buffer = new byte[16];
        var read = 0;
        try
        {
            while (read < 6)
            {
                var n = await stream.ReadAsync(buffer.AsMemory(read), timeout.Token);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }
        }
        catch (IOException)
        {
            // Connection reset: the server refused.
        }

        return buffer[..read];
    }
}
