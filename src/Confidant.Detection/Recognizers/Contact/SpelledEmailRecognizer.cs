using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Personal;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Contact;

/// <summary>
/// Email addresses spelled out so a form or a filter does not eat them: "anna dot kowalska at
/// gmail dot com", "m.ferreira (at) sapo (dot) pt", "jean.moreau arobase free point fr",
/// "ravi_k AT yahoo DOT co DOT in", "lena[at]web[punkt]de". The domain must end in a known
/// top-level domain after at least one dot; a bare "at" (a word in every sentence) needs more:
/// an email word just before the address, a local part that is plainly a mailbox ("j.smith",
/// "ravi_k", "anna77"), or one spelled with "dot" before a mail provider spelled with "dot".
/// </summary>
internal sealed class SpelledEmailRecognizer : IRecognizer
{
    public const string RecognizerId = "contact.email-spelled";

    private const int MaxLabels = 8;
    private const int MaxLocalWords = 4;

    /// <summary>Tokens of a local part at most ("j.r.r.tolkien" is 4): bounds the walk on "a.a.a.a…".</summary>
    private const int MaxLocalTokens = 12;

    /// <summary>Spelled '@'s; the lexicon flags them <see cref="WordFlags.SpelledAt"/> and the tokenizer lists where they are.</summary>
    public static readonly string[] AtWords = ["at", "arobase", "arroba", "ät"];

    private static readonly WordSet DotWords = new(["dot", "punkt", "point", "punto"]);

    /// <summary>Top-level domains people spell out: generic ones and the countries of our customers.</summary>
    private static readonly WordSet TopLevelDomains = new(
    [
        "com", "net", "org", "edu", "gov", "info", "biz", "io", "me", "co", "uk", "us", "ca", "au", "nz", "ie", "in", "za",
        "de", "at", "ch", "fr", "be", "lu", "es", "pt", "it", "nl", "se", "no", "dk", "fi", "pl", "cz", "mx", "br", "ar", "cl",
        "jp", "cn", "kr", "sg", "my", "ph", "ae", "ng", "ke", "ru", "ua", "tr", "gr", "ro", "hu", "eu",
    ]);

    /// <summary>Mail providers' domains: after a local part spelled with "dot", "anna dot kowalska at gmail dot com" is an address.</summary>
    private static readonly WordSet MailProviders = new(
    [
        "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "icloud", "me", "aol", "gmx", "web", "proton",
        "protonmail", "pm", "yandex", "mail", "btinternet", "sky", "virginmedia", "talktalk", "orange", "free", "laposte",
        "wanadoo", "sfr", "sapo", "libero", "telefonica", "comcast", "verizon", "att", "bigpond", "optusnet", "rediffmail",
        "zoho", "fastmail", "tutanota", "posteo", "freenet", "t-online", "bluewin", "seznam", "wp", "interia", "ymail",
    ]);

    public string Id => RecognizerId;

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.Email];

    public void Recognize(ScanContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var resume = 0;
        foreach (var i in context.SpelledAts)
        {
            if (i < 1 || i + 2 >= tokens.Length || i < resume)
            {
                continue;
            }

            var token = tokens[i];

            var marker = MarkerAt(text, tokens, i);
            if (marker == Marker.None)
            {
                continue;
            }

            var bracketed = marker == Marker.Bracketed;

            var last = DomainEnd(text, tokens, i + 1, out var spelled);
            if (last < 0)
            {
                continue;
            }

            var first = LocalStart(text, tokens, i - 1, out var mailbox);
            if (first < 0)
            {
                continue;
            }

            // A bare "at" with no sign of an address is a sentence: "look at google dot com", "we
            // stay at hotels.com", "19.99 at amazon.co.uk", "the deal at orange.fr", "CHEAPER AT
            // ARGOS.CO.UK", "works at orange dot fr".
            var shouted = (token.Shape & TokenShape.AllUpper) != 0 && (tokens[i - 1].Shape & TokenShape.AllUpper) == 0;
            var plain = !bracketed && !shouted && !TokenText.Is(text, token, "arobase") && !TokenText.Is(text, token, "arroba");
            var emailWord = EmailWordBefore(tokens, first);
            // "polka dot dress at very dot co dot uk": a spelled dot in the local part says mailbox
            // only before a mail provider ("anna dot kowalska at gmail dot com").
            var provider = MailProviders.Contains(text.Slice(tokens[i + 1].Start, tokens[i + 1].Length));
            if (plain && !(emailWord || (mailbox == Mailbox.Plain) || (mailbox == Mailbox.Spelled && provider && spelled)))
            {
                continue;
            }

            var score = emailWord || bracketed ? Scores.PatternWithContext : Scores.StrongPattern;
            context.Add(DataClasses.Email, tokens[first].Start, tokens[last].End, score, Id, null, emailWord ? ContextKinds.Email : ContextKinds.None);
            resume = last + 1;
        }
    }

    /// <summary>"my email is X", "E-Mail: X", "mail me at X": an email word at most three tokens before, with no number between ("email support: 3 orders at …").</summary>
    private static bool EmailWordBefore(ReadOnlySpan<Token> tokens, int first)
    {
        for (var k = first - 1; k >= 0 && first - k <= 3; k--)
        {
            if ((tokens[k].Context & ContextKinds.Email) != 0)
            {
                return true;
            }

            if ((tokens[k].Shape & TokenShape.HasDigit) != 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>What says a local part is a mailbox.</summary>
    private enum Mailbox
    {
        /// <summary>Nothing: one word ("anna", "works").</summary>
        No,

        /// <summary>Parts joined by a spelled "dot": "anna dot kowalska" (and "polka dot dress").</summary>
        Spelled,

        /// <summary>Parts joined by '.', '_', '-', '+', or digits: "j.smith", "ravi_k", "anna77".</summary>
        Plain,
    }

    /// <summary>How a spelled '@' or '.' stands in the text.</summary>
    private enum Marker
    {
        /// <summary>Not as a marker: glued to a word ("format"), or behind other punctuation.</summary>
        None,

        /// <summary>Between single spaces: "x at y", "x dot y".</summary>
        Spaced,

        /// <summary>In brackets, with or without spaces around: "x (at) y", "x[dot]y".</summary>
        Bracketed,
    }

    /// <summary>How token <paramref name="i"/> (not the first or the last) stands between its neighbours.</summary>
    private static Marker MarkerAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var before = TokenText.Gap(text, tokens[i - 1], tokens[i]);
        var after = TokenText.Gap(text, tokens[i], tokens[i + 1]);
        if (before.Length is 0 or > 2 || after.Length is 0 or > 2)
        {
            return Marker.None;
        }

        var open = before.Trim(' ');
        var close = after.Trim(' ');
        if (open.IsEmpty && close.IsEmpty)
        {
            return before is " " && after is " " ? Marker.Spaced : Marker.None;
        }

        return open.Length == 1 && close.Length == 1
            && ((open[0] == '(' && close[0] == ')') || (open[0] == '[' && close[0] == ']') || (open[0] == '{' && close[0] == '}')
                || (open[0] == '<' && close[0] == '>'))
            ? Marker.Bracketed : Marker.None;
    }

    /// <summary>
    /// The last token of a domain from token <paramref name="k"/>: labels joined by '.', '-' or a
    /// spelled dot, ending in a top-level domain after at least one dot; -1 when there is none
    /// or when the first label is a number ("at 9.No reply"). <paramref name="spelled"/> says a
    /// dot was spelled out.
    /// </summary>
    private static int DomainEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k, out bool spelled)
    {
        spelled = false;
        if ((tokens[k].Shape & TokenShape.HasLetter) == 0)
        {
            return -1;
        }

        var dots = 0;
        var end = -1;
        for (var labels = 0; labels < MaxLabels && k < tokens.Length; labels++)
        {
            if (!IsLabel(tokens[k]))
            {
                break;
            }

            if (dots > 0 && TopLevelDomains.Contains(text.Slice(tokens[k].Start, tokens[k].Length)))
            {
                end = k; // the longest domain that ends in a top-level domain
            }

            if (k + 1 >= tokens.Length)
            {
                break;
            }

            var gap = TokenText.Gap(text, tokens[k], tokens[k + 1]);
            if (gap is "-")
            {
                k++; // "t-online": the parts count as labels, which bounds the walk
                continue;
            }

            if (gap is ".")
            {
                dots++;
                k++;
                continue;
            }

            if (k + 2 < tokens.Length && DotWords.Contains(text.Slice(tokens[k + 1].Start, tokens[k + 1].Length))
                && MarkerAt(text, tokens, k + 1) != Marker.None)
            {
                dots++;
                spelled = true;
                k += 2;
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>
    /// The first token of the local part that ends at token <paramref name="k"/>: one word, or
    /// words joined by '.', '_', '-', '+' or a spelled "dot" ("anna dot kowalska"). -1 when the
    /// word before the "at" is not one (a stop word: "email me at …"). <paramref name="mailbox"/>
    /// says what makes it look like a mailbox.
    /// </summary>
    private static int LocalStart(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k, out Mailbox mailbox)
    {
        mailbox = Mailbox.No;
        if (!IsLabel(tokens[k]))
        {
            return -1;
        }

        var first = k;
        var words = 1;
        while (first > 0 && words < MaxLocalWords && k - first < MaxLocalTokens)
        {
            var gap = TokenText.Gap(text, tokens[first - 1], tokens[first]);
            if (gap is "." or "_" or "-" or "+" && IsLabel(tokens[first - 1]))
            {
                first--;
                mailbox = Mailbox.Plain;
                continue;
            }

            if (first > 1 && DotWords.Contains(text.Slice(tokens[first - 1].Start, tokens[first - 1].Length))
                && MarkerAt(text, tokens, first - 1) != Marker.None && IsLabel(tokens[first - 2]))
            {
                first -= 2;
                words++;
                mailbox = mailbox == Mailbox.Plain ? Mailbox.Plain : Mailbox.Spelled;
                continue;
            }

            break;
        }

        if (first > 0 && text[tokens[first].Start - 1] is not (' ' or ':' or '(' or '<' or '"' or '\'' or '\n' or '\t'))
        {
            return -1; // glued to something else: part of a longer string
        }

        // A mailbox has letters: "19.99 at amazon.co.uk", "Room 12 at hotel.de" and "10 dot 30 at
        // office dot com" are prices, places and times.
        var letters = false;
        for (var t = first; t <= k; t++)
        {
            letters |= (tokens[t].Shape & TokenShape.HasLetter) != 0 && !DotWords.Contains(text.Slice(tokens[t].Start, tokens[t].Length));
        }

        if (!letters)
        {
            return -1;
        }

        if ((tokens[first].Shape & TokenShape.HasDigit) != 0 || (tokens[k].Shape & TokenShape.HasDigit) != 0)
        {
            mailbox = Mailbox.Plain; // "anna77"
        }

        return first == k && (tokens[k].Flags & WordFlags.StopWord) != 0 ? -1 : first;
    }

    private static bool IsLabel(in Token token) =>
        (token.Shape & (TokenShape.HasLetter | TokenShape.HasDigit)) != 0 && (token.Shape & TokenShape.AsciiOnly) != 0 && token.Length <= 63;
}
