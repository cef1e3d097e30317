using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Confidant.Server.Chat;

namespace Confidant.Server.Tests.Chat;

/// <summary>Live chat over the WebSocket: the same pipeline as the JSON API, and clear errors for bad frames.</summary>
public sealed class ChatWebSocketTests : IClassFixture<ChatHostFixture>
{
    private readonly ChatHost _host;

    public ChatWebSocketTests(ChatHostFixture fixture) => _host = fixture.Host;

    [Fact]
    public async Task AMessageOverTheSocket_ComesBackMaskedWithItsNotice()
    {
        var (conversation, cookie) = await StartAsync();
        using var socket = await ConnectAsync(conversation, cookie);

        var turn = await SendAsync(socket, JsonSerializer.Serialize(new { text = "hi, my card is 4111 1111 1111 1111" }));

        var parsed = JsonSerializer.Deserialize<ChatTurn>(turn, JsonSerializerOptions.Web)!;
        Assert.DoesNotContain("4111 1111 1111", parsed.Message!.Text, StringComparison.Ordinal);
        Assert.Contains(parsed.Notices, n => n.Code == "protected:CARD_NUMBER");
        Assert.NotNull(parsed.Reply);
    }

    [Fact]
    public async Task MalformedJson_GetsAnErrorFrame_AndTheSocketStaysOpen()
    {
        var (conversation, cookie) = await StartAsync();
        using var socket = await ConnectAsync(conversation, cookie);

        var error = await SendAsync(socket, "{not json");
        Assert.Contains(ChatErrorCodes.MalformedRequest, error, StringComparison.Ordinal);

        var empty = await SendAsync(socket, "{\"text\":\"\"}");
        Assert.Contains(ChatErrorCodes.EmptyMessage, empty, StringComparison.Ordinal);

        var ok = await SendAsync(socket, "{\"text\":\"what are your opening hours?\"}");
        Assert.Contains("\"reply\"", ok, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOversizedMessage_ClosesTheSocketAsTooBig()
    {
        var (conversation, cookie) = await StartAsync();
        using var socket = await ConnectAsync(conversation, cookie);

        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"text\":\"" + new string('x', 40_000) + "\"}"), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[4096];
        var result = await socket.ReceiveAsync(buffer, CancellationToken.None);

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, result.CloseStatus);
        Assert.StartsWith(ChatErrorCodes.BadFrame, result.CloseStatusDescription, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABinaryFrame_IsRefused()
    {
        var (conversation, cookie) = await StartAsync();
        using var socket = await ConnectAsync(conversation, cookie);

        await socket.SendAsync(new byte[] { 1, 2, 3 }, WebSocketMessageType.Binary, true, CancellationToken.None);
        var result = await socket.ReceiveAsync(new byte[1024], CancellationToken.None);

        Assert.Equal(WebSocketCloseStatus.InvalidMessageType, result.CloseStatus);
    }

    [Fact]
    public async Task APageFromAnotherOrigin_CannotOpenTheLiveChat()
    {
        var (conversation, cookie) = await StartAsync();
        var client = _host.Server.CreateWebSocketClient();
        client.ConfigureRequest = r =>
        {
            r.Headers.Cookie = cookie;
            r.Headers.Origin = "https://attacker.example";
        };

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => client.ConnectAsync(new Uri($"wss://localhost/api/conversations/{conversation}/live"), CancellationToken.None));
        Assert.Contains("403", ex.Message, StringComparison.Ordinal);

        using var own = await ConnectAsync(conversation, cookie); // no Origin (not a browser) is fine
        Assert.Equal(WebSocketState.Open, own.State);
    }

    internal static async Task<string> SendAsync(WebSocket socket, string json)
    {
        await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[64 * 1024];
        var length = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
            length += result.Count;
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(buffer, 0, length);
            }
        }
    }

    internal async Task<(Guid Conversation, string Cookie)> StartAsync()
    {
        using var client = _host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        var response = await client.PostAsync("/api/conversations", null);
        response.EnsureSuccessStatusCode();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(VisitorCookie.CookieName, StringComparison.Ordinal)).Split(';')[0];
        return ((await response.Content.ReadFromJsonAsync<ConversationStarted>())!.ConversationId, cookie);
    }

    internal async Task<WebSocket> ConnectAsync(Guid conversation, string cookie)
    {
        var client = _host.Server.CreateWebSocketClient();
        client.ConfigureRequest = r => r.Headers.Cookie = cookie;
        return await client.ConnectAsync(new Uri($"wss://localhost/api/conversations/{conversation}/live"), CancellationToken.None);
    }
}
