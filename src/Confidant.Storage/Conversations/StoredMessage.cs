namespace Confidant.Storage.Conversations;

/// <summary>A stored message as one sink sees it.</summary>
/// <param name="Id">The message id.</param>
/// <param name="Sequence">Its place in the conversation, from 1.</param>
/// <param name="Direction">Who wrote it.</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="Status">Whether the text could be opened.</param>
/// <param name="Text">The view's text (or the original, when the original was asked for); null when erased or when there is no such view.</param>
/// <param name="Findings">What was found, by class and count.</param>
public sealed record StoredMessage(Guid Id, long Sequence, MessageDirection Direction, DateTimeOffset CreatedAt, StoredTextStatus Status, string? Text, IReadOnlyDictionary<string, int> Findings);
