namespace Confidant.Server.Chat;

/// <summary>An error sent over the WebSocket.</summary>
/// <param name="Error">The code and what was wrong.</param>
public sealed record ChatError(ChatErrorBody Error);

/// <summary>The code and what was wrong (never the customer's text).</summary>
/// <param name="Code">The stable code.</param>
/// <param name="Detail">What was wrong.</param>
public sealed record ChatErrorBody(string Code, string Detail);
