using Confidant.Dialog.Engine;

namespace Confidant.Server.Chat.Bots;

/// <summary>A bot's answer, written against placeholders; it is re-identified and scanned before it leaves.</summary>
/// <param name="Text">The reply.</param>
/// <param name="Capture">A secure input to show, if the bot needs a restricted value.</param>
public sealed record BotReply(string Text, CaptureRequest? Capture = null)
{
    /// <summary>The dialog state to save with the conversation, or null to keep it as it was.</summary>
    public byte[]? State { get; init; }

    /// <summary>A step-up the customer must approve in the secure input.</summary>
    public StepUpPrompt? StepUp { get; init; }

    /// <summary>Whether the conversation goes to a human agent.</summary>
    public bool Handoff { get; init; }
}
