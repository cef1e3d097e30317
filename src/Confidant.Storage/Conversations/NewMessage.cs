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

    /// <summary>Describes the message without its text.</summary>
    public override string ToString() => $"message of {Direction} in {ConversationId}, {Views.Count} views, {Findings.Count} classes found";
}
