using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Credentials;

/// <summary>
/// What the recognizers of codes and PINs told by their sentence share: reading digits in groups,
/// whether they stand alone, the words around them, and where their sentence starts and ends.
/// </summary>
internal static class CodeSentence
{
    /// <summary>How far from a number its sentence is read, each way.</summary>
    public const int MaxSentenceReach = 100;

    /// <summary>
    /// Kinds of a word near a number that name it as something neither a code nor a PIN is: an order,
    /// an amount, a card's or an account's number, an id, a health number, an address, a birth or an age.
    /// </summary>
    public const ContextKinds OtherNumbers = ContextKinds.Benign | ContextKinds.Card | ContextKinds.Cvv | ContextKinds.Expiry
        | ContextKinds.Iban | ContextKinds.BankAccount | ContextKinds.Routing | ContextKinds.Swift | ContextKinds.Crypto
        | ContextKinds.Ssn | ContextKinds.Itin | ContextKinds.Passport | ContextKinds.DriverLicense
        | ContextKinds.NationalInsurance | ContextKinds.TaxId | ContextKinds.Medical | ContextKinds.MedicalRecord
        | ContextKinds.HealthPlan | ContextKinds.Npi | ContextKinds.Medicare | ContextKinds.HealthCard | ContextKinds.Address
        | ContextKinds.Postcode | ContextKinds.Ip | ContextKinds.Birth | ContextKinds.Age | ContextKinds.Number
        | ContextKinds.Identity;

    /// <summary>
    /// True when nothing joins the digits to a longer number, a word, an amount or a decimal:
    /// not "#583920", "G-640271", "$583920", "583920%", "583 920 117", "5839.20".
    /// </summary>
    public static bool StandsAlone(ReadOnlySpan<char> text, int start, int end)
    {
        if (start > 0)
        {
            var before = text[start - 1];
            if (char.IsLetterOrDigit(before) || before is '#' or '+' or '/' or '-' or '.' or ',' || IsCurrency(before)
                || (before == ' ' && start > 1 && (char.IsAsciiDigit(text[start - 2]) || IsCurrency(text[start - 2]))))
            {
                return false;
            }
        }

        if (end == text.Length)
        {
            return true;
        }

        var after = text[end];
        if (char.IsLetterOrDigit(after) || after is '%' || (after is ' ' or '.' or ',' or ':' or '/' or '-' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))
        {
            return false;
        }

        var rest = text[end..].TrimStart(' ');
        return rest.IsEmpty || !(rest[0] == '%' || IsCurrency(rest[0]));
    }

    /// <summary>
    /// How many digit tokens as long as token <paramref name="first"/> follow one another from it,
    /// up to <paramref name="max"/>, each after one space (or, with <paramref name="hyphens"/>, one
    /// '-'): 2 for "583 920", 3 for "39 11 57", 1 for "583920".
    /// </summary>
    public static int CountGroups(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int max, bool hyphens)
    {
        var length = tokens[first].Length;
        var last = first;
        while (last - first + 1 < max)
        {
            var next = last + 1;
            if (next >= tokens.Length || tokens[next].Length != length || !tokens[next].Is(TokenShape.AllDigits)
                || tokens[next].Start - tokens[last].End != 1 || !(text[tokens[last].End] == ' ' || (hyphens && text[tokens[last].End] == '-')))
            {
                break;
            }

            last = next;
        }

        return last - first + 1;
    }

    /// <summary>
    /// The context kinds of up to <paramref name="count"/> tokens before token <paramref name="first"/>
    /// in its sentence, nearest first, stopping at a word <paramref name="isCue"/> takes for the
    /// number's own name. A Spanish "no" before a word ("no acepta 2740") is not a number's "No"
    /// ("member no 583920").
    /// </summary>
    public static ContextKinds KindsBefore(ScanContext context, int first, int count, Func<ScanContext, int, bool> isCue)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var kinds = ContextKinds.None;
        for (var k = first - 1; k >= 0 && k >= first - count && tokens[first].Start - tokens[k].End <= MaxSentenceReach; k--)
        {
            if (IsSentenceEnd(text, tokens[k].End, tokens[k + 1].Start) || isCue(context, k))
            {
                break;
            }

            if (!(Personal.TokenText.Is(text, tokens[k], "no") && text[tokens[k].End] == ' ' && k + 1 < first))
            {
                kinds |= tokens[k].Context;
            }
        }

        return kinds;
    }

    /// <summary>The same as <see cref="KindsBefore"/> for up to <paramref name="count"/> tokens after token <paramref name="last"/>.</summary>
    public static ContextKinds KindsAfter(ScanContext context, int last, int count, Func<ScanContext, int, bool> isCue)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var kinds = ContextKinds.None;
        for (var k = last + 1; k < tokens.Length && k <= last + count && tokens[k].Start - tokens[last].End <= MaxSentenceReach; k++)
        {
            if (IsSentenceEnd(text, tokens[k - 1].End, tokens[k].Start) || isCue(context, k))
            {
                break;
            }

            kinds |= tokens[k].Context;
        }

        return kinds;
    }

    /// <summary>The token right after token <paramref name="last"/> in its sentence, or -1.</summary>
    public static int NextInSentence(ScanContext context, int last) =>
        last + 1 < context.TokenCount && !IsSentenceEnd(context.Text, context.Tokens[last].End, context.Tokens[last + 1].Start) ? last + 1 : -1;

    /// <summary>The token right before token <paramref name="first"/> in its sentence, or -1.</summary>
    public static int PreviousInSentence(ScanContext context, int first) =>
        first > 0 && !IsSentenceEnd(context.Text, context.Tokens[first - 1].End, context.Tokens[first].Start) ? first - 1 : -1;

    /// <summary>
    /// True when the sentence around chars <paramref name="start"/> to <paramref name="end"/> holds a
    /// word <paramref name="isCue"/> takes and no word of the kinds <paramref name="refused"/>.
    /// </summary>
    public static bool SentenceHolds(ScanContext context, int start, int end, Func<ScanContext, int, bool> isCue, ContextKinds refused)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var to = SentenceEnd(text, end);
        var held = false;
        for (var k = context.TokenIndexAt(SentenceStart(text, start)); k < tokens.Length && tokens[k].Start < to; k++)
        {
            if ((tokens[k].Context & refused) != ContextKinds.None)
            {
                return false;
            }

            held = held || isCue(context, k);
        }

        return held;
    }

    /// <summary>Where the sentence holding <paramref name="position"/> starts, at most <see cref="MaxSentenceReach"/> chars back.</summary>
    public static int SentenceStart(ReadOnlySpan<char> text, int position)
    {
        var limit = Math.Max(0, position - MaxSentenceReach);
        for (var p = position - 1; p >= limit; p--)
        {
            if (EndsSentenceAt(text, p))
            {
                return p + 1;
            }
        }

        return limit;
    }

    /// <summary>Where the sentence holding <paramref name="position"/> ends, at most <see cref="MaxSentenceReach"/> chars on.</summary>
    public static int SentenceEnd(ReadOnlySpan<char> text, int position)
    {
        var limit = Math.Min(text.Length, position + MaxSentenceReach);
        for (var p = position; p < limit; p++)
        {
            if (EndsSentenceAt(text, p))
            {
                return p;
            }
        }

        return limit;
    }

    /// <summary>True when a char from <paramref name="from"/> to <paramref name="to"/> ends a sentence.</summary>
    public static bool IsSentenceEnd(ReadOnlySpan<char> text, int from, int to)
    {
        for (var p = from; p < to; p++)
        {
            if (EndsSentenceAt(text, p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>'?', '!', a line break, or '.' before a space or the end of the text.</summary>
    public static bool EndsSentenceAt(ReadOnlySpan<char> text, int p) =>
        text[p] is '?' or '!' or '\n' || (text[p] == '.' && (p + 1 == text.Length || char.IsWhiteSpace(text[p + 1])));

    /// <summary>A currency sign: '$', '€', '£', '¥', '₹', '₽', '₩'...</summary>
    private static bool IsCurrency(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol;
}
