namespace Confidant.Server.Chat;

/// <summary>Stable error codes of the chat API, returned in problem details as <c>code</c>. Tests match on these.</summary>
public static class ChatErrorCodes
{
    /// <summary>The message is empty.</summary>
    public const string EmptyMessage = "CONF-CHAT-001";

    /// <summary>The message is longer than allowed.</summary>
    public const string MessageTooLong = "CONF-CHAT-002";

    /// <summary>The message is not valid Unicode (a lone surrogate, a non-character).</summary>
    public const string BrokenUnicode = "CONF-CHAT-003";

    /// <summary>No such conversation for this visitor.</summary>
    public const string ConversationNotFound = "CONF-CHAT-004";

    /// <summary>The request body is not the expected JSON.</summary>
    public const string MalformedRequest = "CONF-CHAT-005";

    /// <summary>The message could not be processed safely; nothing was kept.</summary>
    public const string ProcessingFailed = "CONF-CHAT-006";

    /// <summary>A captured value is not a valid value of its kind (a card number that fails its check).</summary>
    public const string InvalidCapture = "CONF-CHAT-007";

    /// <summary>The capture kind is unknown.</summary>
    public const string UnknownCaptureKind = "CONF-CHAT-008";

    /// <summary>Too many requests; slow down.</summary>
    public const string RateLimited = "CONF-CHAT-009";

    /// <summary>The WebSocket frame or message is too large or not a text message.</summary>
    public const string BadFrame = "CONF-CHAT-010";

    /// <summary>The request took too long.</summary>
    public const string Timeout = "CONF-CHAT-011";

    /// <summary>The visitor's data was erased; their conversations can no longer be used.</summary>
    public const string Erased = "CONF-CHAT-012";

    /// <summary>Something failed on our side; nothing of the message was shown to anyone.</summary>
    public const string Internal = "CONF-CHAT-013";

    /// <summary>A request from another site (a form or a socket from a page that is not the chat's nor a configured embedder).</summary>
    public const string CrossSite = "CONF-CHAT-014";

    /// <summary>A step-up request that names no known action, or a transfer without valid amount, currency or payee.</summary>
    public const string InvalidStepUp = "CONF-CHAT-015";

    /// <summary>The request needs a signed-in customer.</summary>
    public const string SignInRequired = "CONF-CHAT-016";
}
