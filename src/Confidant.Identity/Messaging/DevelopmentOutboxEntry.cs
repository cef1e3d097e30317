namespace Confidant.Identity.Messaging;

/// <summary>One line of the development outbox: a message as it would have been sent.</summary>
/// <param name="Time">When it was written.</param>
/// <param name="Channel">E-mail or SMS.</param>
/// <param name="Kind">What it is for.</param>
/// <param name="Recipient">The full recipient (the outbox is a local file with mode 0600, for the developer).</param>
/// <param name="Subject">The e-mail subject.</param>
/// <param name="Body">The body, code included.</param>
public sealed record DevelopmentOutboxEntry(DateTimeOffset Time, SecurityChannel Channel, SecurityMessageKind Kind, string Recipient, string Subject, string Body)
{
    /// <summary>The message this line records.</summary>
    public SecurityMessage ToMessage() => new(Channel, Recipient, Subject, Body, Kind);

    /// <summary>The time, channel, kind and masked recipient; never the body or the full address.</summary>
    public override string ToString() => $"{Time:O} {Kind} by {Channel} to {RecipientMask.Mask(Channel, Recipient)}";
}
