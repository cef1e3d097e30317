using Confidant.Redaction.Shaping;
using Confidant.Redaction.Text;

namespace Confidant.Storage.Conversations;

/// <summary>
/// A message to store. The original and each view are sealed under the customer's key before they
/// reach the database; <see cref="Findings"/> holds class names and counts only.
/// </summary>
public sealed record NewMessage
{
    /// <summary>The tenant.</summary>
    public required string TenantId { get; init; }

    /// <summary>The customer.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The conversation.</summary>
    public required Guid ConversationId { get; init; }

    /// <summary>Who wrote it.</summary>
    public MessageDirection Direction { get; init; }

    /// <summary>
    /// The original text, sealed before it is written; null when the policy keeps no original.
    /// It stays the caller's: the store only reads it (through <see cref="RawText.Open{TState, TResult}"/>)
    /// and does not dispose it.
    /// </summary>
    public RawText? Original { get; init; }

    /// <summary>The text shaped for each sink that keeps one (sink name to text).</summary>
    public IReadOnlyDictionary<string, string> Views { get; init; } = new Dictionary<string, string>();

    /// <summary>What was found, by data class name and count.</summary>
    public IReadOnlyDictionary<string, int> Findings { get; init; } = new Dictionary<string, int>();

    /// <summary>When the message must be deleted.</summary>
    public required DateTimeOffset RetainUntil { get; init; }

    /// <summary>
    /// Whether this message hands the conversation to a human agent: the conversation is marked in
    /// the same transaction (the first hand-off's time is kept), so it joins the agents' queue
    /// exactly when the message that asked for it is stored.
    /// </summary>
    public bool HandsOffConversation { get; init; }

    /// <summary>
    /// The conversation's new state (its pseudonym table, its detection window: raw values), to be
    /// sealed and saved in the same transaction as the message, or null to leave it as it is. When
    /// several messages of one conversation in a batch carry a state, the last one wins. The store
    /// only reads the bytes; the caller clears them.
    /// </summary>
    public ReadOnlyMemory<byte>? ConversationState { get; init; }

    /// <summary>
    /// Whether a sink's view is kept with the message: the logs view is for log lines as they are
    /// written and the echo view for the customer's screen at that moment; neither is read back later.
    /// </summary>
    public static bool KeepsStoredView(Confidant.Redaction.Policy.SinkKind kind) =>
        kind is not (Confidant.Redaction.Policy.SinkKind.Logs or Confidant.Redaction.Policy.SinkKind.Echo);

    /// <summary>
    /// The message to store for a customer message the policy accepted: the sealed original, every
    /// view a sink keeps (not the logs and echo views), the findings by class and count, and the retention the found classes
    /// allow. A blocked or failed message has no <see cref="AcceptedMessage"/>, so it cannot be
    /// stored this way.
    /// </summary>
    public static NewMessage FromAccepted(string tenantId, string subjectId, Guid conversationId, RawText original, AcceptedMessage accepted, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        return new NewMessage
        {
            TenantId = tenantId,
            SubjectId = subjectId,
            ConversationId = conversationId,
            Direction = MessageDirection.Customer,
            Original = original,
            Views = accepted.Views.Where(v => v.Text is not null && KeepsStoredView(v.Sink.Kind)).ToDictionary(v => v.Sink.Name, v => v.Text!, StringComparer.Ordinal),
            Findings = accepted.Findings.ToDictionary(f => f.Class.Name, f => f.Count, StringComparer.Ordinal),
            RetainUntil = now + accepted.Retention,
        };
    }

    /// <summary>Describes the message without its text.</summary>
    public override string ToString() => $"message of {Direction} in {ConversationId}, {Views.Count} views, {Findings.Count} classes found";
}
