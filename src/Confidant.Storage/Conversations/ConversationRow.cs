namespace Confidant.Storage.Conversations;

/// <summary>A conversation. Its pseudonym table (raw values) is only ever stored sealed.</summary>
internal sealed class ConversationRow
{
    public required string TenantId { get; set; }

    public Guid Id { get; set; }

    public required string SubjectId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset RetainUntil { get; set; }

    /// <summary>How many messages were appended; the next message gets this plus one as its sequence.</summary>
    public long MessageCount { get; set; }

    public int KeyVersion { get; set; }

    public byte[]? SealedState { get; set; }

    /// <summary>When the bot handed the conversation to a human agent, if it did.</summary>
    public DateTimeOffset? HandedOffAt { get; set; }
}
