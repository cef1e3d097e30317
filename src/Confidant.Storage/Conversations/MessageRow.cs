namespace Confidant.Storage.Conversations;

/// <summary>
/// A message: its original text sealed under the customer's key (absent when the policy keeps no
/// original), and a summary of what was found in it by class and count, never values.
/// </summary>
internal sealed class MessageRow
{
    public required string TenantId { get; set; }

    public Guid Id { get; set; }

    public Guid ConversationId { get; set; }

    public required string SubjectId { get; set; }

    public long Sequence { get; set; }

    public MessageDirection Direction { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset RetainUntil { get; set; }

    public int KeyVersion { get; set; }

    public byte[]? SealedOriginal { get; set; }

    public required string FindingsSummary { get; set; }

    public List<MessageViewRow> Views { get; set; } = [];
}
