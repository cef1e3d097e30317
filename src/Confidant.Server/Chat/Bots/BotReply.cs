namespace Confidant.Server.Chat.Bots;

/// <summary>A bot's answer, written against placeholders; it is re-identified and scanned before it leaves.</summary>
/// <param name="Text">The reply.</param>
/// <param name="Capture">A secure input to show, if the bot needs a restricted value.</param>
public sealed record BotReply(string Text, CaptureRequest? Capture = null);
