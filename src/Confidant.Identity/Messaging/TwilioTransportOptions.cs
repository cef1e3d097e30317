namespace Confidant.Identity.Messaging;

/// <summary>Twilio's Messages API (section <c>Confidant:Identity:Messaging:Sms:Twilio</c>).</summary>
public sealed class TwilioTransportOptions
{
    /// <summary>The account SID (<c>AC</c> and 32 hexadecimal digits).</summary>
    public string? AccountSid { get; set; }

    /// <summary>The auth token. A secret: keep it out of appsettings.json (environment or secret store).</summary>
    public string? AuthToken { get; set; }

    /// <summary>The sending number in E.164 form; or leave unset and give <see cref="MessagingServiceSid"/>.</summary>
    public string? From { get; set; }

    /// <summary>A Messaging Service (<c>MG</c> and 32 hexadecimal digits) that picks the sender; used with or instead of <see cref="From"/>.</summary>
    public string? MessagingServiceSid { get; set; }

    /// <summary>How long one request to Twilio may take; 1 second to 5 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
