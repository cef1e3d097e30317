using Microsoft.AspNetCore.Http.HttpResults;

namespace Confidant.Server.Chat;

/// <summary>The chat's JSON API (and its WebSocket, in <see cref="ChatWebSocket"/>), with OpenAPI metadata.</summary>
public static class ChatEndpoints
{
    /// <summary>Maps <c>/api/conversations...</c>.</summary>
    public static IEndpointRouteBuilder MapChatEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/conversations").WithTags("Chat");

        api.MapPost("/", async Task<Created<ConversationStarted>> (HttpContext http, VisitorCookie visitors, ChatService chat, Bots.IChatBot bot, CancellationToken ct) =>
        {
            // A cross-site form could otherwise start a conversation and replace the visitor's cookie.
            if (string.Equals(http.Request.Headers["Sec-Fetch-Site"], "cross-site", StringComparison.OrdinalIgnoreCase))
            {
                throw new ChatException(ChatErrorCodes.CrossSite, StatusCodes.Status403Forbidden, "a conversation can only be started from the chat's own page.");
            }

            var id = await chat.StartAsync(visitors.GetOrIssue(http), ct).ConfigureAwait(false);
            return TypedResults.Created($"/api/conversations/{id}", new ConversationStarted(id) { Greeting = bot.Greeting });
        })
        .WithName("StartConversation")
        .WithSummary("Start a conversation (an anonymous visitor gets a visitor cookie).");

        api.MapGet("/{id:guid}/messages", async Task<Ok<IReadOnlyList<ChatMessageView>>> (Guid id, HttpContext http, VisitorCookie visitors, ChatService chat, CancellationToken ct) =>
            TypedResults.Ok(await chat.ReadAsync(RequireVisitor(http, visitors), id, ct).ConfigureAwait(false)))
        .WithName("ReadConversation")
        .WithSummary("The conversation as the customer's transcript shows it (sensitive values masked).");

        api.MapPost("/{id:guid}/messages", async Task<Ok<ChatTurn>> (Guid id, SendMessageRequest body, HttpContext http, VisitorCookie visitors, ChatService chat, CancellationToken ct) =>
            TypedResults.Ok(await chat.SendAsync(RequireVisitor(http, visitors), id, body?.Text ?? string.Empty, Account.CurrentSession.Of(http), ct).ConfigureAwait(false)))
        .WithName("SendMessage")
        .WithSummary("Send a message: it is scanned, protected, stored sealed and answered; the reply says what was protected.");

        api.MapPost("/{id:guid}/capture", async Task<Ok<ChatTurn>> (Guid id, CaptureValueRequest body, HttpContext http, VisitorCookie visitors, ChatService chat, CancellationToken ct) =>
            TypedResults.Ok(await chat.CaptureAsync(RequireVisitor(http, visitors), id, body?.Kind ?? string.Empty, body?.Value ?? string.Empty, Account.CurrentSession.Of(http), ct).ConfigureAwait(false)))
        .WithName("CaptureValue")
        .WithSummary("The secure input: a card number is tokenized at once; the conversation keeps only its token and last digits.");

        api.MapPost("/{id:guid}/resume", async Task<Ok<ChatTurn>> (Guid id, HttpContext http, VisitorCookie visitors, ChatService chat, CancellationToken ct) =>
            TypedResults.Ok(await chat.ResumeAsync(RequireVisitor(http, visitors), id, Account.CurrentSession.Of(http), ct).ConfigureAwait(false)))
        .WithName("ResumeConversation")
        .WithSummary("After the customer approved a step-up in the secure input: the bot runs the action it asked about.");

        api.Map("/{id:guid}/live", ChatWebSocket.HandleAsync)
            .DisableRequestTimeout() // a live chat lasts as long as the conversation; idle sockets are found by keep-alive
            .WithName("LiveChat")
            .WithSummary("WebSocket: send {\"text\": ...} frames, receive the same turns as the JSON API.");

        return app;
    }

    private static ChatVisitor RequireVisitor(HttpContext http, VisitorCookie visitors) =>
        visitors.Read(http) ?? throw new ChatException(ChatErrorCodes.ConversationNotFound, StatusCodes.Status404NotFound, "there is no such conversation for you.");
}
