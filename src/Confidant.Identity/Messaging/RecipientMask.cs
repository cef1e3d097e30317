namespace Confidant.Identity.Messaging;

/// <summary>
/// The form of a recipient that may appear in logs and exceptions: an e-mail address keeps its first
/// character and its domain (<c>a•••@example.com</c>), a phone number its last two digits
/// (<c>•••19</c>). Anything that does not look like either becomes <c>•••</c>.
/// </summary>
internal static class RecipientMask
{
    private const string Hidden = "•••";

    public static string Mask(SecurityChannel channel, string? recipient)
    {
        if (string.IsNullOrEmpty(recipient))
        {
            return Hidden;
        }

        if (channel == SecurityChannel.Email)
        {
            var at = recipient.LastIndexOf('@');
            return at >= 1 && at < recipient.Length - 1 && SecurityChannels.IsEmailAddress(recipient)
                ? string.Concat(recipient.AsSpan(0, 1), Hidden, recipient.AsSpan(at))
                : Hidden;
        }

        return SecurityChannels.IsE164(recipient) ? string.Concat(Hidden, recipient.AsSpan(recipient.Length - 2)) : Hidden;
    }
}
