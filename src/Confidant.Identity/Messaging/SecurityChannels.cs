using System.Text.RegularExpressions;

namespace Confidant.Identity.Messaging;

/// <summary>Facts about the channels that the UI and the sign-in flows need.</summary>
public static partial class SecurityChannels
{
    /// <summary>
    /// The longest SMS body accepted: one GSM-7 segment. A code and a line of text fit; a longer
    /// text would be split and could arrive in pieces.
    /// </summary>
    public const int MaxSmsBodyLength = 160;

    /// <summary>
    /// Whether the channel is a restricted authenticator in the sense of NIST SP 800-63B (§5.1.3.3):
    /// SMS codes can be intercepted or redirected (SIM swap, number porting), so the UI should say so
    /// and offer a stronger factor. Only SMS is flagged. E-mail is not "restricted" but outside that
    /// scheme altogether: §5.1.3.1 does not accept it as an out-of-band authenticator, so an e-mailed
    /// code proves control of the mailbox, not possession of a device.
    /// </summary>
    public static bool IsRestricted(SecurityChannel channel) => channel == SecurityChannel.Sms;

    /// <summary>Whether <paramref name="recipient"/> is an address of the channel's kind.</summary>
    internal static bool IsValidRecipient(SecurityChannel channel, string? recipient) => channel switch
    {
        SecurityChannel.Email => IsEmailAddress(recipient),
        SecurityChannel.Sms => IsE164(recipient),
        _ => false,
    };

    /// <summary>An E.164 number: a plus sign and 7 to 15 digits, the first not zero.</summary>
    internal static bool IsE164(string? value) => value is not null && E164().IsMatch(value);

    /// <summary>
    /// A bare address (<c>local@domain</c>), nothing a mail header could be built from besides it:
    /// no display name, no spaces, no control characters, no angle brackets or commas.
    /// </summary>
    internal static bool IsEmailAddress(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 254)
        {
            return false;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at < 1 || at != value.LastIndexOf('@') || at == value.Length - 1)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';' or '"' or '(' or ')' or '[' or ']' or '\\' or ':')
            {
                return false;
            }
        }

        return value.IndexOf('.', at) > at + 1 && !value.EndsWith('.');
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex E164();
}
