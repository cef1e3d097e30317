namespace Confidant.Server.Chat;

/// <summary>What one message from the customer produced.</summary>
public sealed record ChatTurn
{
    /// <summary>The customer's message as their transcript shows it (masked); null when it was blocked.</summary>
    public ChatMessageView? Message { get; init; }

    /// <summary>The bot's reply.</summary>
    public ChatMessageView? Reply { get; init; }

    /// <summary>What was protected, in plain words.</summary>
    public IReadOnlyList<ChatNotice> Notices { get; init; } = [];

    /// <summary>Why the message was refused and what to do instead; null when it was accepted.</summary>
    public ChatNotice? Blocked { get; init; }

    /// <summary>A secure input the web chat should show, if the bot asks for one.</summary>
    public CaptureRequest? Capture { get; init; }

    /// <summary>A step-up the customer must approve in the secure input before the bot acts (then <c>POST …/resume</c>).</summary>
    public Confidant.Dialog.Engine.StepUpPrompt? StepUp { get; init; }
}
