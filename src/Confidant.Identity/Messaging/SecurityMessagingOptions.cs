namespace Confidant.Identity.Messaging;

/// <summary>
/// Where one-time codes and security notices go (configuration section
/// <c>Confidant:Identity:Messaging</c>). Both channels default to the development outbox, a file
/// in the data folder; a warning at every start says so.
/// </summary>
public sealed class SecurityMessagingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Confidant:Identity:Messaging";

    /// <summary>The e-mail channel.</summary>
    public EmailMessagingOptions Email { get; set; } = new();

    /// <summary>The SMS channel.</summary>
    public SmsMessagingOptions Sms { get; set; } = new();

    /// <summary>
    /// The development outbox file, one JSON line per message; relative paths are relative to the
    /// working directory. The server sets it to <c>&lt;data folder&gt;/outbox/security-messages.jsonl</c>.
    /// </summary>
    public string OutboxPath { get; set; } = Path.Combine("data", "outbox", "security-messages.jsonl");

    /// <summary>Whether either channel writes to the development outbox.</summary>
    internal bool UsesOutbox => Email.Provider == EmailProvider.Outbox || Sms.Provider == SmsProvider.Outbox;
}
