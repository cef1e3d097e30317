using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Confidant.Server.Tests.Transport;

public sealed class PlaintextPortTests : IAsyncLifetime
{
    private TestServerHost _server = null!;

    public async Task InitializeAsync() => _server = await TestServerHost.StartAsync(o => o.WithHttpPort = true);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Get_IsRedirectedToHttpsWithPathAndQuery()
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri(_server.HttpAddress!, "/chat/page?lang=en"));

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(new Uri($"https://127.0.0.1:{_server.BaseAddress.Port}/chat/page?lang=en"), response.Headers.Location);
    }

    [Fact]
    public async Task Head_IsRedirected()
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(_server.HttpAddress!, "/"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
    }

    [Fact]
    public async Task PostWithContentLength_IsRefusedBeforeItsBodyIsSent()
    {
        // Only the headers go out; the promised megabyte never does. The answer can only come
        // if the server decided without reading the body.
        var reply = await SendHeadersOnlyAsync("POST /api/conversations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1048576\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400", reply, StringComparison.Ordinal);
        Assert.Contains("CONF-SRV-001", reply, StringComparison.Ordinal);
        Assert.Contains("Connection: close", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Location:", reply, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ChunkedPost_IsRefusedBeforeItsBodyIsSent()
    {
        var reply = await SendHeadersOnlyAsync("POST /api/conversations/00000000-0000-0000-0000-000000000001/messages HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 400", reply, StringComparison.Ordinal);
        Assert.Contains("CONF-SRV-001", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostWithABody_NeverReachesTheApi()
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var content = new StringContent("{\"text\":\"my card is 4111 1111 1111 1111\"}", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(_server.HttpAddress!, "/api/conversations"), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie");
    }

    [Fact]
    public async Task DeleteWithoutBody_IsRefusedToo()
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var response = await client.DeleteAsync(new Uri(_server.HttpAddress!, "/api/conversations/x"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<string> SendHeadersOnlyAsync(string head)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _server.HttpAddress!.Port, timeout.Token);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), timeout.Token);

        // Read one whole response (headers and Content-Length bytes); the server may then close,
        // or drain and reset, which is no concern of this test.
        using var reply = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int n;
            while (!IsCompleteResponse(reply.ToArray()) && (n = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                reply.Write(buffer, 0, n);
            }
        }
        catch (IOException)
        {
        }

        return Encoding.ASCII.GetString(reply.ToArray());
    }

    private static bool IsCompleteResponse(byte[] bytes)
    {
        var text = Encoding.ASCII.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var match = System.Text.RegularExpressions.Regex.Match(text[..end], @"Content-Length:\s*(\d+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return !match.Success || bytes.Length - (end + 4) >= int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
