namespace Confidant.Identity.Messaging;

/// <summary>How a security message reaches the customer.</summary>
public enum SecurityChannel
{
    /// <summary>An e-mail to the account's address.</summary>
    Email,

    /// <summary>A text message to an E.164 phone number. A restricted authenticator: see <see cref="SecurityChannels.IsRestricted"/>.</summary>
    Sms,
}
