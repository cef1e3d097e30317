namespace Confidant.Identity.Messaging;

/// <summary>
/// A one-time code or a security notice for one customer. The body holds the code, so neither the
/// body nor the full recipient ever goes to a log: <see cref="ToString"/> shows only the channel,
/// the kind and a masked recipient.
/// </summary>
/// <param name="Channel">E-mail or SMS.</param>
/// <param name="Recipient">An e-mail address for <see cref="SecurityChannel.Email"/>, an E.164 phone number (<c>+4915112345678</c>) for <see cref="SecurityChannel.Sms"/>.</param>
/// <param name="Subject">The e-mail subject; SMS ignores it.</param>
/// <param name="Body">Plain text. For SMS at most <see cref="SecurityChannels.MaxSmsBodyLength"/> characters.</param>
/// <param name="Kind">What the message is for.</param>
public sealed record SecurityMessage(SecurityChannel Channel, string Recipient, string Subject, string Body, SecurityMessageKind Kind)
{
    /// <summary>The channel, the kind and the masked recipient; never the body or the full address.</summary>
    public override string ToString() => $"{Kind} by {Channel} to {RecipientMask.Mask(Channel, Recipient)}";
}
