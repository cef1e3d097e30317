using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Confidant.Server.Chat;

/// <summary>
/// Live chat over a WebSocket: each text message from the browser is <c>{"text": "..."}</c>, each
/// answer is a <see cref="ChatTurn"/> as JSON (or <c>{"error": {"code", "detail"}}</c>). Messages
/// larger than the chat's limit close the socket with "message too big"; binary frames are refused.
/// </summary>
internal static class ChatWebSocket
{
    public static async Task HandleAsync(Guid id, HttpContext http, VisitorCookie visitors, ChatService chat, LiveChatRateLimiter limiter, Microsoft.Extensions.Options.IOptions<ChatOptions> options, Microsoft.Extensions.Options.IOptions<Hosting.ServerOptions> server)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // Browsers send the page's origin with a WebSocket handshake and CORS does not apply to it:
        // only the chat's own pages and the configured embedders may open the live chat.
        if (!IsAllowedOrigin(http, server.Value.AllowedOrigins))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (visitors.Read(http) is not { } visitor || !await chat.ExistsAsync(visitor, id, http.RequestAborted).ConfigureAwait(false))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // A character is at most 6 bytes in JSON (a \uXXXX escape): the frame limit in bytes.
        var maxBytes = (options.Value.MaxMessageLength * 6) + 1024;
        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes);
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var (kind, length) = await ReceiveAsync(socket, buffer, maxBytes, http.RequestAborted).ConfigureAwait(false);
                if (kind == WebSocketMessageType.Close)
                {
                    await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
                    return;
                }

                if (length < 0)
                {
                    await socket.CloseAsync(WebSocketCloseStatus.MessageTooBig, ChatErrorCodes.BadFrame + ": message too big", CancellationToken.None).ConfigureAwait(false);
                    return;
                }

                if (kind != WebSocketMessageType.Text)
                {
                    await socket.CloseAsync(WebSocketCloseStatus.InvalidMessageType, ChatErrorCodes.BadFrame + ": text frames only", CancellationToken.None).ConfigureAwait(false);
                    return;
                }

                var answer = limiter.TryAcquire(id)
                    ? await AnswerAsync(chat, visitor, id, await LiveSessionAsync(http).ConfigureAwait(false), buffer.AsMemory(0, length), http.RequestAborted).ConfigureAwait(false)
                    : new ChatError(new ChatErrorBody(ChatErrorCodes.RateLimited, "too many messages in this conversation; wait a moment, then send again.")); // not processed, nothing kept

                var json = answer is ChatTurn turn
                    ? JsonSerializer.SerializeToUtf8Bytes(turn, ChatJsonContext.Default.ChatTurn)
                    : JsonSerializer.SerializeToUtf8Bytes((ChatError)answer, ChatJsonContext.Default.ChatError);
                await socket.SendAsync(json, WebSocketMessageType.Text, endOfMessage: true, http.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (WebSocketException)
        {
            // The browser went away mid-message; nothing to answer.
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
        }
        finally
        {
            // The frame held the customer's words: clear it before the pool hands it to anyone else.
            Array.Clear(buffer);
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>No Origin (not a browser), the server's own origin, or one of the configured embedders.</summary>
    private static bool IsAllowedOrigin(HttpContext http, IList<string> allowed)
    {
        var origin = http.Request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }

        var own = $"{http.Request.Scheme}://{http.Request.Host}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            || allowed.Any(a => string.Equals(a.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The session the socket was opened with, checked again for each message: a session revoked,
    /// idle or past its lifetime since then counts as signed out (the socket can outlive it).
    /// </summary>
    private static async Task<Confidant.Identity.Sessions.SessionInfo?> LiveSessionAsync(HttpContext http)
    {
        if (Account.CurrentSession.Of(http) is not { } opened)
        {
            return null;
        }

        var sessions = http.RequestServices.GetRequiredService<Confidant.Identity.Sessions.SessionStore>();
        return await sessions.ValidateAsync(opened.Id, opened.UserId, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Runs one message through the chat; a bad message becomes an error answer and the socket stays open.</summary>
    private static async Task<object> AnswerAsync(ChatService chat, ChatVisitor visitor, Guid id, Confidant.Identity.Sessions.SessionInfo? session, ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        try
        {
            var request = JsonSerializer.Deserialize(message.Span, ChatJsonContext.Default.SendMessageRequest);
            return await chat.SendAsync(visitor, id, request?.Text ?? string.Empty, session, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return new ChatError(new ChatErrorBody(ChatErrorCodes.MalformedRequest, "each message is a JSON object {\"text\": \"...\"}."));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Storage, key and unexpected failures answer with their code; the socket stays open.
            var (_, code, detail) = ChatErrors.Classify(ex);
            return new ChatError(new ChatErrorBody(code, detail));
        }
    }

    /// <summary>Reads one whole message into <paramref name="buffer"/>; length -1 when it is larger than <paramref name="max"/>.</summary>
    private static async Task<(WebSocketMessageType Kind, int Length)> ReceiveAsync(WebSocket socket, byte[] buffer, int max, CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            if (length >= max)
            {
                return (WebSocketMessageType.Text, -1);
            }

            var result = await socket.ReceiveAsync(buffer.AsMemory(length, max - length), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (WebSocketMessageType.Close, 0);
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return (result.MessageType, length);
            }
        }
    }
}
