namespace Confidant.Server.Chat.Bots;

/// <summary>
/// All a bot gets of a message: the policy's <c>bot</c> view (values replaced by placeholders,
/// tokens or labels as the policy says) and the classes found. Never the raw text.
/// </summary>
/// <param name="Text">The bot's view of the message.</param>
/// <param name="ClassesFound">Names of the data classes found in it.</param>
/// <param name="Visitor">Who is chatting.</param>
public sealed record BotInput(string Text, IReadOnlyCollection<string> ClassesFound, ChatVisitor Visitor);
