using System.Net;

namespace Confidant.Server.Tests.Transport;

public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private TestServerHost _server = null!;

    public async Task InitializeAsync() => _server = await TestServerHost.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/api/conversations/00000000-0000-0000-0000-000000000001/messages")]
    [InlineData("/no-such-page")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var client = _server.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var hsts = Header(response, "Strict-Transport-Security");
        Assert.Matches(@"^max-age=(\d+); includeSubDomains$", hsts);
        Assert.True(long.Parse(hsts["max-age=".Length..hsts.IndexOf(';', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture) >= 31_536_000);
        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'",
            Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task ApiResponses_AreNotStored_AndErrorsToo()
    {
        using var client = _server.CreateClient();
        using var created = await client.PostAsync(new Uri("/api/conversations", UriKind.Relative), null);
        using var missing = await client.GetAsync(new Uri("/api/conversations/00000000-0000-0000-0000-000000000001/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True(missing.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task StartingAConversation_SetsTheVisitorCookie_SecureHttpOnlyStrict()
    {
        using var client = _server.CreateClient();
        using var response = await client.PostAsync(new Uri("/api/conversations", UriKind.Relative), null);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("__Host-confidant-visitor=", cookie, StringComparison.Ordinal);
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FrameAncestors_NameTheConfiguredEmbedders()
    {
        await using var server = await TestServerHost.StartAsync(o =>
        {
            o.Configuration["Confidant:Server:FrameAncestors:0"] = "https://shop.example";
            o.Configuration["Confidant:Server:FrameAncestors:1"] = "https://clinic.example:8443";
        });
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Contains("frame-ancestors https://shop.example https://clinic.example:8443;", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public async Task Cors_AllowsCredentialsOnlyForConfiguredOrigins()
    {
        await using var server = await TestServerHost.StartAsync(o => o.Configuration["Confidant:Server:AllowedOrigins:0"] = "https://shop.example");
        using var client = server.CreateClient();

        using var allowed = await Preflight(client, "https://shop.example");
        using var refused = await Preflight(client, "https://evil.example");

        Assert.Equal("https://shop.example", Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal("true", Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Credentials")));
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Cors_IsOff_WhenNoOriginIsConfigured()
    {
        using var client = _server.CreateClient();
        using var response = await Preflight(client, "https://shop.example");
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static async Task<HttpResponseMessage> Preflight(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/conversations", UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return await client.SendAsync(request);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"no {name} header on {(int)response.StatusCode}");
}
