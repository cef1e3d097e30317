using Confidant.Detection.Conversation;
using Confidant.Redaction.Pseudonyms;

namespace Confidant.Redaction;

/// <summary>Who a message belongs to and the state of its conversation.</summary>
public sealed class ConversationContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="tenantId">The tenant (brand) of the deployment.</param>
    /// <param name="subjectId">The customer.</param>
    /// <param name="pseudonyms">The conversation's pseudonym table (restored with <see cref="PseudonymTable.Import"/>).</param>
    /// <param name="window">
    /// Optional detection window of the conversation: when given, messages are scanned through it so
    /// a value split across messages is found (the part in this message is shaped).
    /// </param>
    public ConversationContext(string tenantId, string subjectId, PseudonymTable pseudonyms, ConversationWindow? window = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        ArgumentNullException.ThrowIfNull(pseudonyms);
        TenantId = tenantId;
        SubjectId = subjectId;
        Pseudonyms = pseudonyms;
        Window = window;
    }

    /// <summary>The tenant.</summary>
    public string TenantId { get; }

    /// <summary>The customer.</summary>
    public string SubjectId { get; }

    /// <summary>The conversation's pseudonyms.</summary>
    public PseudonymTable Pseudonyms { get; }

    /// <summary>The conversation's detection window, if any.</summary>
    public ConversationWindow? Window { get; }

    /// <inheritdoc />
    public override string ToString() => $"ConversationContext({TenantId}/{SubjectId})";
}
