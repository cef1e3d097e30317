using System.Net;
using System.Text.Json;
using Confidant.Server.Hosting;
using Confidant.Server.Observability;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Tests.Observability;

public sealed class ObservabilityTests : IAsyncLifetime
{
    private TestServerHost _server = null!;

    public async Task InitializeAsync() => _server = await TestServerHost.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpoints_AreHealthy(string path)
    {
        using var client = _server.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metrics_ShowChatMessages_AfterAMessage_AndNoValue()
    {
        // A card whose groups pairs cannot turn up by chance: "4111" alone also matched a random
        // server port ("44111") in a metric label.
        const string Card = "4539 1488 0343 6467";
        string[] fragments = ["4539 1488", "45391488", "1488 0343", "14880343", "0343 6467", "03436467"];
        using var client = _server.CreateClient();
        var conversation = await ChatApi.StartConversationAsync(client);
        using (var sent = await ChatApi.SendAsync(client, conversation, $"my card is {Card} thanks"))
        {
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("confidant_chat_messages", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration", text, StringComparison.Ordinal);
        var logs = _server.AllLogText();
        foreach (var fragment in fragments)
        {
            Assert.DoesNotContain(fragment, text, StringComparison.Ordinal);
            Assert.DoesNotContain(fragment, logs, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(conversation.ToString(), text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Metrics_RefuseACallerThatIsNotLoopback_AndRedactItsAddress()
    {
        var logs = new Microsoft.Extensions.Logging.Testing.FakeLogger<MetricsAccessMiddleware>();
        var reached = false;
        var middleware = new MetricsAccessMiddleware(_ => { reached = true; return Task.CompletedTask; }, Options.Create(new ServerOptions()), logs);
        var context = new DefaultHttpContext();
        context.Request.Path = "/metrics";
        context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");

        await middleware.InvokeAsync(context);

        Assert.False(reached);
        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
        Assert.Equal(5013, logs.LatestRecord.Id.Id);
    }

    [Fact]
    public async Task Logs_RedactTheClientAddress()
    {
        await using var server = await TestServerHost.StartAsync(o =>
        {
            o.Configuration["Confidant:Server:RateLimits:PerClient:Burst"] = "1";
            o.Configuration["Confidant:Server:RateLimits:PerClient:TokensPerPeriod"] = "1";
            o.Configuration["Confidant:Server:RateLimits:PerClient:Period"] = "01:00:00";
        });
        using var client = server.CreateClient();
        using var first = await client.PostAsync(new Uri("/api/conversations", UriKind.Relative), null);
        using var second = await client.PostAsync(new Uri("/api/conversations", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        var record = Assert.Single(server.Logs.GetSnapshot(), r => r.Id.Id == 5011);
        Assert.DoesNotContain("127.0.0.1", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_ListsTheChatEndpoints()
    {
        using var client = _server.CreateClient();
        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = json.RootElement.GetProperty("paths");
        var operations = paths.EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject())
            .Where(o => o.Value.TryGetProperty("operationId", out _))
            .Select(o => o.Value.GetProperty("operationId").GetString())
            .ToHashSet();

        Assert.True(paths.TryGetProperty("/api/conversations", out _));
        Assert.True(paths.TryGetProperty("/api/conversations/{id}/messages", out _));
        Assert.Superset(new HashSet<string?> { "StartConversation", "SendMessage", "ReadConversation", "CaptureValue" }, operations);
    }

    [Fact]
    public void LogRedaction_ErasesNetworkAddresses()
    {
        var redactors = _server.Services.GetRequiredService<Microsoft.Extensions.Compliance.Redaction.IRedactorProvider>();
        var redactor = redactors.GetRedactor(ServerDataClassifications.NetworkAddress);
        Assert.Equal(string.Empty, redactor.Redact("198.51.100.23"));
    }
}
