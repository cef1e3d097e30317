using System.Net;
using System.Text;

namespace Confidant.Server.Tests.Transport;

public sealed class LimitsTests
{
    [Fact]
    public async Task OversizedBody_Is413WithACode()
    {
        await using var server = await TestServerHost.StartAsync(o => o.Configuration["Confidant:Server:MaxRequestBodyBytes"] = "4096");
        using var client = server.CreateClient();
        var conversation = await ChatApi.StartConversationAsync(client);

        using var content = new StringContent("{\"text\":\"" + new string('a', 10_000) + "\"}", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri($"/api/conversations/{conversation}/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("CONF-CHAT-002", await ChatApi.ProblemCodeAsync(response));
    }

    [Fact]
    public async Task TooManyRequestsFromOneClient_Are429WithRetryAfterAndACode()
    {
        await using var server = await TestServerHost.StartAsync(o =>
        {
            o.Configuration["Confidant:Server:RateLimits:PerClient:Burst"] = "3";
            o.Configuration["Confidant:Server:RateLimits:PerClient:TokensPerPeriod"] = "1";
            o.Configuration["Confidant:Server:RateLimits:PerClient:Period"] = "01:00:00";
        });
        using var client = server.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 4; i++)
        {
            var response = await client.PostAsync(new Uri("/api/conversations", UriKind.Relative), null);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        using (refused)
        {
            Assert.Equal("CONF-CHAT-009", await ChatApi.ProblemCodeAsync(refused!));
            Assert.True(refused!.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        }

        // Health is not rate limited: monitoring must still see the server.
        using var health = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task OneBusyConversation_IsLimited_OthersAreNot()
    {
        await using var server = await TestServerHost.StartAsync(o =>
        {
            o.Configuration["Confidant:Server:RateLimits:PerConversation:Burst"] = "2";
            o.Configuration["Confidant:Server:RateLimits:PerConversation:TokensPerPeriod"] = "1";
            o.Configuration["Confidant:Server:RateLimits:PerConversation:Period"] = "01:00:00";
        });
        using var client = server.CreateClient();
        var busy = await ChatApi.StartConversationAsync(client);
        var quiet = await ChatApi.StartConversationAsync(client);

        using var first = await client.GetAsync(new Uri($"/api/conversations/{busy}/messages", UriKind.Relative));
        using var second = await client.GetAsync(new Uri($"/api/conversations/{busy}/messages", UriKind.Relative));
        using var third = await client.GetAsync(new Uri($"/api/conversations/{busy}/messages", UriKind.Relative));
        using var other = await client.GetAsync(new Uri($"/api/conversations/{quiet}/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("CONF-CHAT-009", await ChatApi.ProblemCodeAsync(third));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task SlowRequest_TimesOutWith504AndACode()
    {
        await using var server = await TestServerHost.StartAsync(o =>
        {
            o.Configuration["Confidant:Server:RequestTimeout"] = "00:00:00.200";

            // A handler that waits until it is cancelled: only the timeout can end it.
            o.ConfigureApp = app => app.MapGet("/api/test/slow", async (CancellationToken ct) =>
            {
                await Task.Delay(Timeout.Infinite, ct);
                return Results.Ok();
            });
        });
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/test/slow", UriKind.Relative));

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("CONF-CHAT-011", await ChatApi.ProblemCodeAsync(response));
        Assert.Contains(server.Logs.GetSnapshot(), r => r.Id.Id == 5012);
    }
}
