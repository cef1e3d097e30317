namespace Confidant.Storage.Conversations;

/// <summary>
/// A message as shaped for one sink (transcript, agent, analytics...), sealed like the original: how
/// views were stored before they were packed into the message's row (<see cref="PackedViews"/>).
/// Rows of that time are still read, re-sealed and deleted; nothing writes new ones.
/// </summary>
internal sealed class MessageViewRow
{
    public required string TenantId { get; set; }

    public Guid MessageId { get; set; }

    public required string Sink { get; set; }

    public int KeyVersion { get; set; }

    public required byte[] Sealed { get; set; }
}
