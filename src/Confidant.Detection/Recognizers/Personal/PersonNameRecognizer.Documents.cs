using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// Names that pasted emails and letters mark by their layout: the sender or recipient before an
/// address in angle brackets ("From: Bronwen Pritchard &lt;bron.p@…&gt;"), the author of a quoted
/// reply ("On Tue, 5 Mar 2024 at 19:03, Bronwen Pritchard wrote:"), and a name followed by the
/// letters of a degree or licence ("Referring: Thomas J. Brennan, MD", "Jasmine Tran, PT").
/// The first two need a dictionary name among their words and are skipped for a role's mailbox or
/// a name that is the mail's domain ("Ted Baker &lt;orders@tedbaker.com&gt;"); the third needs a
/// dictionary first name. Teams and firms are dropped afterwards with the other names that name
/// no person (PersonNameRecognizer.FirmsJobsPlaces.cs).
/// </summary>
internal sealed partial class PersonNameRecognizer
{
    /// <summary>Longest mail address in angle brackets looked at (RFC 5321 allows 254 chars).</summary>
    private const int MaxAddress = 256;

    /// <summary>Most words of a name read backwards from the mark after it.</summary>
    private const int MaxWordsBeforeMark = 4;

    /// <summary>Mailboxes of a role, not a person: a sender's name before one is a firm's.</summary>
    private static readonly WordSet RoleMailboxes = new(
    [
        "orders", "order", "info", "hello", "hi", "noreply", "no-reply", "donotreply", "do-not-reply", "support", "contact",
        "sales", "enquiries", "enquiry", "admin", "team", "help", "service", "customerservice", "customerservices", "news",
        "newsletter", "billing", "accounts", "office", "reception", "bookings", "booking", "mail", "marketing", "care",
        "notifications", "alerts", "dispensary", "payroll", "hr", "jobs", "careers", "events", "press",
    ]);

    /// <summary>
    /// Words that open a sentence before a name and are no keyword or stop word (those stop the
    /// reading already): "Yesterday Karen wrote:", "Then Alison", "Aunty Jean".
    /// </summary>
    private static readonly WordSet SentenceOpeners = new(
    [
        "yesterday", "today", "tomorrow", "then", "now", "later", "earlier", "apparently", "anyway", "well", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "aunty",
    ]);

    /// <summary>Post-nominals that are also states, provinces or abbreviations ("Glenn Dale, MD", "Ville Marie, QC"): they need a person's cue.</summary>
    private static readonly string[] AmbiguousPostNominals = ["md", "qc", "pt", "ot", "np", "jp", "kc", "ea"];

    /// <summary>What introduces a quoted reply after its author's name, in four languages (looked for at colons).</summary>
    private static readonly string[] ReplyMarks = [" wrote:", " a écrit :", " a écrit:", " schrieb:", " escribió:"];

    private void InMailHeadersAndSignatures(ScanContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        if (tokens.Length < 2)
        {
            return;
        }

        // "Bronwen Pritchard <bron.pritchard@btinternet.com>"; not a firm's role address ("Ted
        // Baker <orders@tedbaker.com>").
        for (var at = text.IndexOf('<'); at >= 0; at = NextIndexOf(text, '<', at + 1))
        {
            var close = text.Slice(at, Math.Min(MaxAddress, text.Length - at)).IndexOf('>'); // bounded: "a < b" in a log stays linear
            var address = close > 0 ? text.Slice(at + 1, close - 1) : default;
            var local = address.IndexOf('@') is var sign and > 0 ? address[..sign] : default;
            if (!local.IsEmpty && !address.Contains(' ') && !RoleMailboxes.Contains(local))
            {
                NameEndingAt(context, context.TokenIndexAt(at) - 1, at, requireFirstName: false, domain: address[(local.Length + 1)..]);
            }
        }

        // "On Tue, 5 Mar 2024 at 19:03, Bronwen Pritchard wrote:"
        for (var colon = text.IndexOf(':'); colon >= 0; colon = NextIndexOf(text, ':', colon + 1))
        {
            var upTo = text[..(colon + 1)];
            foreach (var mark in ReplyMarks)
            {
                if (upTo.EndsWith(mark.AsSpan()))
                {
                    var at = upTo.Length - mark.Length;
                    NameEndingAt(context, context.TokenIndexAt(at) - 1, at, requireFirstName: false);
                    break;
                }
            }
        }

        // "Thomas J. Brennan, MD", "Jasmine Tran, PT": letters after a name, not after a place
        // ("Silver Spring, MD 20910" is Maryland).
        for (var k = 2; k < tokens.Length; k++)
        {
            // Cheap tests first: most tokens fail the bit test of a capitalised pair.
            var token = tokens[k];
            if ((tokens[k - 1].Shape & token.Shape & TokenShape.Capitalized) == 0 || !IsPostNominal(text, token)
                || TokenText.Gap(text, tokens[k - 1], token) is not (", " or " ")
                || (k + 1 < tokens.Length && (tokens[k + 1].Shape & TokenShape.AllDigits) != 0))
            {
                continue;
            }

            if (IsPostNominal(text, tokens[k - 1]))
            {
                continue; // "Mark Evans MBE, JP": read from the first letters
            }

            // "MD" after a name needs a cue that a person is meant: a middle initial ("Thomas J.
            // Brennan, MD"), a label before it ("Prescriber: Nathaniel Osei, MD"), or more letters
            // after it ("Nkechi Obi-Mensah, MD, FACC").
            if (TokenText.IsAny(text, token, AmbiguousPostNominals) && !PersonCueAroundLetters(text, tokens, k))
            {
                continue;
            }

            NameEndingAt(context, k - 1, tokens[k - 1].End, requireFirstName: true);
        }
    }

    private static bool PersonCueAroundLetters(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k)
    {
        if (k + 1 < tokens.Length && TokenText.Gap(text, tokens[k], tokens[k + 1]) is ", " or " " && IsPostNominal(text, tokens[k + 1]))
        {
            return true;
        }

        for (var m = k - 1; m > 0 && m >= k - 5; m--)
        {
            var gap = TokenText.Gap(text, tokens[m - 1], tokens[m]);
            if (tokens[m - 1].Length == 1 && gap is ". ")
            {
                return true; // a middle initial
            }

            if (gap.Contains(':'))
            {
                return true; // a field's label before the name
            }

            if (gap is not (" " or "-" or "'"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"Tim Hortons &lt;rewards@timhortons.ca&gt;": the name's words run together are the mail's domain, a firm's.</summary>
    private static bool NamesTheDomain(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last, ReadOnlySpan<char> domain)
    {
        if (domain.IsEmpty)
        {
            return false;
        }

        Span<char> joined = stackalloc char[64];
        var n = 0;
        for (var k = first; k <= last; k++)
        {
            foreach (var c in text.Slice(tokens[k].Start, tokens[k].Length))
            {
                if (n == joined.Length)
                {
                    return false;
                }

                joined[n++] = c;
            }
        }

        return domain.Contains(joined[..n], StringComparison.OrdinalIgnoreCase);
    }

    private static int NextIndexOf(ReadOnlySpan<char> text, char c, int from)
    {
        var found = text[from..].IndexOf(c);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>
    /// Reads capitalised name words (and initials) backwards from token <paramref name="last"/>,
    /// which must end right before <paramref name="mark"/> (spaces between), and adds them as a
    /// name when there are two words or more and one is a dictionary name (a first name when
    /// <paramref name="requireFirstName"/>).
    /// </summary>
    private void NameEndingAt(ScanContext context, int last, int mark, bool requireFirstName, ReadOnlySpan<char> domain = default)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        if (last < 0 || text[tokens[last].End..mark].Trim(' ') is not ("" or ","))
        {
            return;
        }

        var first = last;
        var words = 1;
        while (first > 0 && words < MaxWordsBeforeMark)
        {
            var gap = TokenText.Gap(text, tokens[first - 1], tokens[first]);
            var before = tokens[first - 1];
            if (IsPartJoin(gap) && IsUpperStart(text, before))
            {
                first--; // "Obi-Mensah", "O'Sullivan"
                continue;
            }

            if (gap is " " && first > 1 && !IsUpperStart(text, before) && TokenText.Gap(text, tokens[first - 2], before) is "-"
                && IsUpperStart(text, tokens[first - 2]) && before.Length <= 4)
            {
                first -= 2; // "Hyun-woo Park", "Soo-ah Kim"
                words++;
                continue;
            }

            // Stop at words that open a sentence ("Yesterday Karen wrote:", "Okay Sam", "Honestly
            // Claire"), titles, relatives ("Aunty Jean") and keywords.
            var initial = before.Length == 1 && gap is ". ";
            if (!(gap is " " || initial) || !IsUpperStart(text, before) || (before.Shape & TokenShape.HasDigit) != 0
                || (before.Flags & (WordFlags.PersonTitle | WordFlags.Month | WordFlags.StopWord)) != 0 || before.Context != ContextKinds.None
                || (!initial && !IsNameWord(before, lowerKnown: false)) || SentenceOpeners.Contains(text.Slice(before.Start, before.Length))
                || ((before.Flags & Known) == 0 && before.Length > 4 && text.Slice(before.Start, before.Length).EndsWith("ly", StringComparison.OrdinalIgnoreCase)))
            {
                break;
            }

            first--;
            words++;
        }

        if (words < 2 || (tokens[first].Length == 1 && words < 3))
        {
            return;
        }

        var known = false;
        for (var k = first; k <= last; k++)
        {
            var token = tokens[k];
            var hyphenPart = k > first && TokenText.Gap(text, tokens[k - 1], token) is "-";
            if ((token.Shape & (TokenShape.HasLetter | TokenShape.HasDigit)) != TokenShape.HasLetter || !(IsUpperStart(text, token) || hyphenPart))
            {
                return;
            }

            known |= (token.Flags & (requireFirstName ? WordFlags.FirstName : Known)) != 0 && (token.Flags & WordFlags.AmbiguousName) == 0;
        }

        if (known && !NamesTheDomain(text, tokens, first, last, domain))
        {
            context.Add(DataClasses.PersonName, tokens[first].Start, tokens[last].End, Scores.StrongPattern, Id);
        }
    }
}
