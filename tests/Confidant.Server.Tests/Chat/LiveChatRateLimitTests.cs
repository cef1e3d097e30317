using Confidant.Server.Chat;

namespace Confidant.Server.Tests.Chat;

/// <summary>Messages over the WebSocket count against the conversation's limit like JSON API requests.</summary>
public sealed class LiveChatRateLimitTests : IDisposable
{
    private readonly ChatHost _host = new(rateLimits: true);

    [Fact]
    public async Task AFloodOfMessagesOnOneSocket_IsRefusedWithTheCode_AndTheSocketStaysUsable()
    {
        var helpers = new ChatWebSocketTests(new ChatHostFixtureOver(_host));
        var (conversation, cookie) = await helpers.StartAsync();
        using var socket = await helpers.ConnectAsync(conversation, cookie);

        var answers = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            answers.Add(await ChatWebSocketTests.SendAsync(socket, "{\"text\":\"what are your opening hours?\"}"));
        }

        Assert.Contains(answers, a => a.Contains(ChatErrorCodes.RateLimited, StringComparison.Ordinal));
        Assert.Contains(answers, a => a.Contains("\"reply\"", StringComparison.Ordinal));
        Assert.Equal(System.Net.WebSockets.WebSocketState.Open, socket.State);
    }

    public void Dispose() => _host.Dispose();

    private sealed class ChatHostFixtureOver(ChatHost host) : ChatHostFixture(host);
}
