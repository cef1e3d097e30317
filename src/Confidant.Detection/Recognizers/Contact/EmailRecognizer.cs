using System.Buffers;
using System.Collections.Frozen;
using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;

namespace Confidant.Detection.Recognizers.Contact;

/// <summary>
/// Email addresses: every '@' is found with a vectorised search, then the RFC 5322 dot-atom local
/// part is expanded to the left and the domain (IDN letters allowed) to the right. Neither
/// expansion crosses another '@', so each char is looked at a bounded number of times and the
/// scan stays linear on inputs such as "a@a@a@...".
/// </summary>
internal sealed class EmailRecognizer : IRecognizer
{
    public const string RecognizerId = "contact.email";

    private const int MaxLocalPart = 64;
    private const int MaxDomain = 253;
    private const int MaxTotal = 254;
    private const int MaxLabel = 63;

    private const double BaseScore = Scores.StrongPattern + 0.1;
    private const double ContextScore = 0.98;

    // RFC 5322 atext plus the dot of dot-atom.
    private static readonly SearchValues<char> AsciiLocalChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~.-");

    public string Id => RecognizerId;

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.Email];

    public void Recognize(ScanContext context)
    {
        var text = context.Text;
        var searchFrom = 0;
        while (searchFrom < text.Length)
        {
            var found = text[searchFrom..].IndexOf('@');
            if (found < 0)
            {
                return;
            }

            var at = searchFrom + found;
            var domainEnd = TryDomain(text, at + 1);
            if (domainEnd > at + 1)
            {
                var start = LocalPartStart(text, at);
                if (start >= 0 && domainEnd - start <= MaxTotal)
                {
                    var kinds = context.ContextAround(start, domainEnd);
                    var score = (kinds & ContextKinds.Email) != 0 ? ContextScore : BaseScore;
                    context.Add(DataClasses.Email, start, domainEnd, score, Id, null, kinds & ContextKinds.Email);
                }

                // The domain cannot hold another '@': continue after it.
                searchFrom = Math.Max(domainEnd, at + 1);
            }
            else
            {
                searchFrom = at + 1;
            }
        }
    }

    /// <summary>Start of the local part ending before <paramref name="at"/>, or -1 when it is not a valid dot-atom.</summary>
    private static int LocalPartStart(ReadOnlySpan<char> text, int at)
    {
        var i = at;
        var limit = Math.Max(0, at - MaxLocalPart);
        while (i > limit && IsLocalChar(text[i - 1]))
        {
            i--;
        }

        if (i == at || (i == limit && limit > 0 && IsLocalChar(text[i - 1])))
        {
            return -1; // empty, or longer than RFC 5321 allows
        }

        if (text[at - 1] == '.')
        {
            return -1; // "john.@x.com" is not an address
        }

        // Start after the last ".." (it cannot be inside a dot-atom), then drop leading dots and
        // the quoting punctuation people put around addresses ('john@x.com', <john@x.com>).
        var local = text[i..at];
        var doubleDot = local.LastIndexOf("..");
        if (doubleDot >= 0)
        {
            i += doubleDot + 2;
        }

        // "email=oscar@telia.se", "user=ana@x.es" in a pasted export or URL: the key is no part of
        // the address ('=' is a legal local-part char, but not after a field's name).
        var equals = text[i..at].IndexOf('=');
        if (equals > 0 && FieldKeys.Contains(text.Slice(i, equals)))
        {
            i += equals + 1;
        }

        while (i < at && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return i < at ? i : -1;
    }

    /// <summary>Names of the field an address is the value of in "key=value" text.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FieldKeys =
        FrozenSet.ToFrozenSet(
            ["email", "e-mail", "e_mail", "mail", "emailaddress", "email_address", "user", "username", "user_name", "login", "contact",
             "to", "from", "cc", "bcc", "reply-to", "replyto", "address", "addr", "correo", "courriel", "adresse"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>End of a valid domain starting at <paramref name="start"/>, or <paramref name="start"/> when there is none.</summary>
    private static int TryDomain(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        var lastGoodEnd = start;
        var labels = 0;
        var limit = Math.Min(text.Length, start + MaxDomain + 1);
        while (i < limit)
        {
            // One label: letters, digits and inner hyphens.
            var labelStart = i;
            while (i < limit && IsLabelChar(text[i]))
            {
                i++;
            }

            var labelEnd = i;
            while (labelEnd > labelStart && text[labelEnd - 1] == '-')
            {
                labelEnd--; // "x.com-" at the end of a phrase
            }

            if (labelEnd == labelStart || text[labelStart] == '-' || labelEnd - labelStart > MaxLabel)
            {
                break;
            }

            labels++;
            if (labels >= 2 && IsTopLevel(text[labelStart..labelEnd]))
            {
                lastGoodEnd = labelEnd;
            }

            if (labelEnd < i || i >= limit || text[i] != '.' || i + 1 >= limit || !IsLabelChar(text[i + 1]))
            {
                break; // a trailing '.' or '-' ends the sentence, not the domain
            }

            i++;
        }

        if (lastGoodEnd == start)
        {
            return start;
        }

        // The address must not run on into a word ("x.com2" was stopped by the TLD check above).
        return lastGoodEnd < text.Length && IsLabelChar(text[lastGoodEnd]) ? start : lastGoodEnd;
    }

    private static bool IsTopLevel(ReadOnlySpan<char> label)
    {
        if (label.Length < 2)
        {
            return false;
        }

        if (label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
        {
            return label.Length > 4;
        }

        foreach (var c in label)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        // "icon@2x.png" is a file name, not an address.
        return !IsFileExtension(label);
    }

    private static bool IsFileExtension(ReadOnlySpan<char> label) =>
        label.Equals("png", StringComparison.OrdinalIgnoreCase) || label.Equals("jpg", StringComparison.OrdinalIgnoreCase)
        || label.Equals("jpeg", StringComparison.OrdinalIgnoreCase) || label.Equals("gif", StringComparison.OrdinalIgnoreCase)
        || label.Equals("svg", StringComparison.OrdinalIgnoreCase) || label.Equals("webp", StringComparison.OrdinalIgnoreCase);

    private static bool IsLocalChar(char c) => c < 0x80 ? AsciiLocalChars.Contains(c) : char.IsLetterOrDigit(c);

    private static bool IsLabelChar(char c) =>
        c < 0x80 ? char.IsAsciiLetterOrDigit(c) || c == '-' : char.IsLetterOrDigit(c);
}
