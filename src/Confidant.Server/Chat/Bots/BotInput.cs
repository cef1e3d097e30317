using Confidant.Dialog.Engine;

namespace Confidant.Server.Chat.Bots;

/// <summary>
/// All a bot gets of a message: the policy's <c>bot</c> view (values replaced by placeholders,
/// tokens or labels as the policy says), the classes found, the values found as tokens and coarse
/// codes, who is talking, and the conversation's dialog state. Never the raw text.
/// </summary>
/// <param name="Text">The bot's view of the message.</param>
/// <param name="ClassesFound">Names of the data classes found in it.</param>
/// <param name="Visitor">Who is chatting.</param>
public sealed record BotInput(string Text, IReadOnlyCollection<string> ClassesFound, ChatVisitor Visitor)
{
    /// <summary>Values found in the message, as placeholders, vault tokens and coarse codes.</summary>
    public IReadOnlyList<DetectedValue> Values { get; init; } = [];

    /// <summary>Whether a customer is signed in, their pseudonym, and the session for step-up.</summary>
    public DialogContext Context { get; init; } = new(false, null);

    /// <summary>The dialog state saved with the conversation (empty at first).</summary>
    public byte[] State { get; init; } = [];
}
