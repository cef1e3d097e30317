namespace Confidant.Identity.Messaging;

/// <summary>Where SMS security messages go.</summary>
public enum SmsProvider
{
    /// <summary>The development outbox file (the embedded default); nothing leaves the machine.</summary>
    Outbox,

    /// <summary>Twilio's Messages API (<see cref="TwilioTransportOptions"/>).</summary>
    Twilio,
}
