namespace Confidant.Identity.Messaging;

/// <summary>The SMS channel (section <c>Confidant:Identity:Messaging:Sms</c>).</summary>
public sealed class SmsMessagingOptions
{
    /// <summary>Where SMS goes; the development outbox unless configured.</summary>
    public SmsProvider Provider { get; set; } = SmsProvider.Outbox;

    /// <summary>The Twilio account, used when <see cref="Provider"/> is <see cref="SmsProvider.Twilio"/>.</summary>
    public TwilioTransportOptions Twilio { get; set; } = new();
}
