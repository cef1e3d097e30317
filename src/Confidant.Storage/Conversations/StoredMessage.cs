namespace Confidant.Storage.Conversations;

/// <summary>A stored message as one sink sees it.</summary>
/// <param name="Id">The message id.</param>
/// <param name="Sequence">Its place in the conversation, from 1.</param>
/// <param name="Direction">Who wrote it.</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="Status">Whether the text could be opened.</param>
/// <param name="Text">
/// The view's text, or the original when the original was asked for (then it is the customer's raw
/// text: hand it to the customer only, never to a log); null when there is no text to give.
/// </param>
/// <param name="Findings">What was found, by class and count.</param>
public sealed record StoredMessage(Guid Id, long Sequence, MessageDirection Direction, DateTimeOffset CreatedAt, StoredTextStatus Status, string? Text, IReadOnlyDictionary<string, int> Findings)
{
    /// <summary>Describes the message without its text (a record would otherwise print it).</summary>
    public override string ToString() => $"StoredMessage({Id}, #{Sequence}, {Direction}, {Status}, {Findings.Count} classes found)";
}
