namespace Confidant.Server.Chat;

/// <summary>The body of <c>POST /api/conversations/{id}/messages</c>.</summary>
/// <param name="Text">The customer's message.</param>
public sealed record SendMessageRequest(string? Text);

/// <summary>The body of <c>POST /api/conversations/{id}/capture</c>.</summary>
/// <param name="Kind">What is captured: <c>card</c>.</param>
/// <param name="Value">The value, typed in the secure input.</param>
public sealed record CaptureValueRequest(string? Kind, string? Value);

/// <summary>A started conversation.</summary>
/// <param name="ConversationId">Its id.</param>
public sealed record ConversationStarted(Guid ConversationId)
{
    /// <summary>The bot's first message (its pack's greeting).</summary>
    public string? Greeting { get; init; }
}
