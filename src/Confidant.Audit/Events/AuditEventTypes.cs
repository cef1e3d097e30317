namespace Confidant.Audit.Events;

/// <summary>
/// The catalogue of audit events. Ids are never reused or renumbered: an auditor's tooling and
/// every exported entry depend on them. CONF-AUD-001..099 are events; CONF-AUD-1xx are errors.
/// </summary>
public static class AuditEventTypes
{
    /// <summary>A conversation was started.</summary>
    public static readonly AuditEventType ConversationStarted = new("CONF-AUD-001", "conversation.start");

    /// <summary>A message was sealed and stored; the target lists the data classes found and how many.</summary>
    public static readonly AuditEventType MessageStored = new("CONF-AUD-002", "message.store");

    /// <summary>A message was refused (a card security code, a password) and not stored.</summary>
    public static readonly AuditEventType MessageBlocked = new("CONF-AUD-003", "message.block");

    /// <summary>A customer read their own conversation.</summary>
    public static readonly AuditEventType ConversationRead = new("CONF-AUD-004", "conversation.read");

    /// <summary>A value was exchanged for a vault token.</summary>
    public static readonly AuditEventType VaultTokenize = new("CONF-AUD-010", "vault.tokenize");

    /// <summary>A vault token was exchanged back for its value (or the attempt was refused).</summary>
    public static readonly AuditEventType VaultDetokenize = new("CONF-AUD-011", "vault.detokenize");

    /// <summary>A customer's keys were destroyed: everything sealed for them is unreadable for good.</summary>
    public static readonly AuditEventType CustomerErased = new("CONF-AUD-020", "customer.erase");

    /// <summary>A customer's data was exported on their request.</summary>
    public static readonly AuditEventType CustomerExported = new("CONF-AUD-021", "customer.export");

    /// <summary>A new data key was made current for a scope.</summary>
    public static readonly AuditEventType DataKeyRotated = new("CONF-AUD-022", "key.rotate");

    /// <summary>A new key-encryption key was made current and the data keys rewrapped.</summary>
    public static readonly AuditEventType KeyEncryptionKeyRotated = new("CONF-AUD-023", "kek.rotate");

    /// <summary>Records past their retention period were deleted; the target counts them per kind.</summary>
    public static readonly AuditEventType RetentionPurged = new("CONF-AUD-030", "retention.purge");

    /// <summary>Someone listed audit events (reading the log is itself audited).</summary>
    public static readonly AuditEventType AuditRead = new("CONF-AUD-040", "audit.read");

    /// <summary>Every known type, for documentation and tests.</summary>
    public static IReadOnlyList<AuditEventType> All { get; } =
    [
        ConversationStarted, MessageStored, MessageBlocked, ConversationRead,
        VaultTokenize, VaultDetokenize,
        CustomerErased, CustomerExported, DataKeyRotated, KeyEncryptionKeyRotated,
        RetentionPurged,
        AuditRead,
    ];
}
