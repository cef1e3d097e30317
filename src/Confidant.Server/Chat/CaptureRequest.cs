namespace Confidant.Server.Chat;

/// <summary>The bot asks for a restricted value through the secure input, outside the transcript.</summary>
/// <param name="Kind">What to capture: <c>card</c>.</param>
/// <param name="Prompt">What the input's label says.</param>
public sealed record CaptureRequest(string Kind, string Prompt);
