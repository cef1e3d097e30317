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

    /// <summary>An account was registered.</summary>
    public static readonly AuditEventType AccountRegistered = new("CONF-AUD-050", "account.register");

    /// <summary>A sign-in ended (success, or failure with a reason such as <c>bad-credentials</c>, <c>throttled</c>); the target names how (<c>password</c>, <c>trusted-device</c>, <c>passkey</c>).</summary>
    public static readonly AuditEventType SignIn = new("CONF-AUD-051", "account.sign-in");

    /// <summary>A session ended: signed out, revoked, timed out.</summary>
    public static readonly AuditEventType SignOut = new("CONF-AUD-052", "account.sign-out");

    /// <summary>A second factor was asked for (sign-in on a device that is not trusted, a new code sent).</summary>
    public static readonly AuditEventType MfaChallenge = new("CONF-AUD-053", "mfa.challenge");

    /// <summary>A second factor was presented; the outcome says whether it was accepted, the target which kind (totp, email-code, sms-code, recovery-code, passkey).</summary>
    public static readonly AuditEventType MfaResult = new("CONF-AUD-054", "mfa.result");

    /// <summary>A device was trusted after a second factor.</summary>
    public static readonly AuditEventType DeviceTrusted = new("CONF-AUD-055", "device.trust");

    /// <summary>A trusted device was revoked (by the customer, or all of them on a password or factor change).</summary>
    public static readonly AuditEventType DeviceRevoked = new("CONF-AUD-056", "device.revoke");

    /// <summary>A risky action asked for step-up; the target names the action and its risk level.</summary>
    public static readonly AuditEventType StepUpRequested = new("CONF-AUD-057", "step-up.request");

    /// <summary>A step-up was decided: approved, refused (wrong code, other transaction) or denied by the authorization hook.</summary>
    public static readonly AuditEventType StepUpDecided = new("CONF-AUD-058", "step-up.decide");

    /// <summary>A password was changed or reset.</summary>
    public static readonly AuditEventType PasswordChanged = new("CONF-AUD-059", "account.password");

    /// <summary>A second factor was enrolled or removed, or recovery codes were made anew.</summary>
    public static readonly AuditEventType FactorChanged = new("CONF-AUD-060", "mfa.change");

    /// <summary>Every known type, for documentation and tests.</summary>
    public static IReadOnlyList<AuditEventType> All { get; } =
    [
        ConversationStarted, MessageStored, MessageBlocked, ConversationRead,
        VaultTokenize, VaultDetokenize,
        CustomerErased, CustomerExported, DataKeyRotated, KeyEncryptionKeyRotated,
        RetentionPurged,
        AuditRead,
        AccountRegistered, SignIn, SignOut, MfaChallenge, MfaResult, DeviceTrusted, DeviceRevoked,
        StepUpRequested, StepUpDecided, PasswordChanged, FactorChanged,
    ];
}
