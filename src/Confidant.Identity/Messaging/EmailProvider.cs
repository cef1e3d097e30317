namespace Confidant.Identity.Messaging;

/// <summary>Where e-mail security messages go.</summary>
public enum EmailProvider
{
    /// <summary>The development outbox file (the embedded default); nothing leaves the machine.</summary>
    Outbox,

    /// <summary>An SMTP relay over TLS (<see cref="SmtpTransportOptions"/>).</summary>
    Smtp,
}
