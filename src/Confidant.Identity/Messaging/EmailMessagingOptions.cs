namespace Confidant.Identity.Messaging;

/// <summary>The e-mail channel (section <c>Confidant:Identity:Messaging:Email</c>).</summary>
public sealed class EmailMessagingOptions
{
    /// <summary>Where e-mail goes; the development outbox unless configured.</summary>
    public EmailProvider Provider { get; set; } = EmailProvider.Outbox;

    /// <summary>The SMTP relay, used when <see cref="Provider"/> is <see cref="EmailProvider.Smtp"/>.</summary>
    public SmtpTransportOptions Smtp { get; set; } = new();
}
