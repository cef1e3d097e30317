namespace Confidant.Storage.Conversations;

/// <summary>
/// A message: its original text sealed under the customer's key (absent when the policy keeps no
/// original), its views for the sinks that keep one (<see cref="PackedViews"/>), and a summary of
/// what was found in it by class and count, never values.
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

    /// <summary>The views, one envelope per distinct text (<see cref="PackedViews"/>); null for a message stored before views were packed.</summary>
    public byte[]? SealedViews { get; set; }

    /// <summary>The views of a message stored before views were packed, a row per sink (none for later messages).</summary>
    public List<MessageViewRow> Views { get; set; } = [];
}
