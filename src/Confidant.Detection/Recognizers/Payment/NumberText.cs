using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Payment;

/// <summary>Small checks on digit runs shared by the payment and financial recognizers.</summary>
internal static class NumberText
{
    /// <summary>How two digit groups of a card are joined.</summary>
    public enum Gap
    {
        /// <summary>Not a group separator.</summary>
        None,

        /// <summary>One '-', '.' or '/' and nothing else.</summary>
        Tight,

        /// <summary>Spaces, perhaps around one '-', '.' or '/' ("4111 1111", "4111 - 1111", "4111  1111").</summary>
        Spaced,
    }

    /// <summary>
    /// The separator between two digit groups of a card: at most three chars, spaces and at most
    /// one '-', '.' or '/'. People (and evasive writers) mix them freely.
    /// </summary>
    public static Gap GroupGap(ReadOnlySpan<char> text, in Token a, in Token b)
    {
        var length = b.Start - a.End;
        if (length is < 1 or > 3)
        {
            return Gap.None;
        }

        var punctuation = 0;
        var spaces = 0;
        foreach (var c in text.Slice(a.End, length))
        {
            if (c == ' ')
            {
                spaces++;
            }
            else if (c is '-' or '.' or '/')
            {
                punctuation++;
            }
            else
            {
                return Gap.None;
            }
        }

        return punctuation > 1 ? Gap.None : spaces > 0 ? Gap.Spaced : Gap.Tight;
    }

    /// <summary>
    /// True when the char before <paramref name="start"/> says the digits are a phone number or an
    /// amount ('+', currency) rather than a standalone number.
    /// </summary>
    public static bool HasSignOrCurrencyBefore(ReadOnlySpan<char> text, int start) =>
        start > 0 && text[start - 1] is '+' or '$' or '€' or '£' or '¥';

    /// <summary>
    /// True when the digits at [start, end) continue into more digits through '-', '.', '/' or ','
    /// (part of a date, a decimal, a longer dashed number), so they are not a value on their own.
    /// </summary>
    public static bool IsJoinedToDigits(ReadOnlySpan<char> text, int start, int end) =>
        (start >= 2 && text[start - 1] is '-' or '.' or '/' or ',' && char.IsAsciiDigit(text[start - 2]))
        || (end + 1 < text.Length && text[end] is '-' or '.' or '/' or ',' && char.IsAsciiDigit(text[end + 1]));

    /// <summary>Parses a short run of ASCII digits (at most 9).</summary>
    public static int ParseSmall(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>
    /// True when <paramref name="gap"/> holds a line break, the only hard boundary between the parts
    /// of a value typed in pieces ("4111 1111 ... cont. 1111 1111": "cont." and "..." end nothing).
    /// </summary>
    public static bool HasLineBreak(ReadOnlySpan<char> gap) => gap.Contains('\n');

    /// <summary>True when <paramref name="gap"/> holds '?', '!' or a line break: a sure end of a sentence ('.' also ends "no." and "acct.").</summary>
    public static bool HasQuestionOrLineBreak(ReadOnlySpan<char> gap) => gap.IndexOfAny('?', '!', '\n') >= 0;

    /// <summary>True when a sentence ends somewhere in <paramref name="gap"/> (so a value after it is about something else).</summary>
    public static bool HasSentenceBreak(ReadOnlySpan<char> gap)
    {
        for (var i = 0; i < gap.Length; i++)
        {
            var c = gap[i];
            if (c is '\n' or '!' or '?' || (c == '.' && (i + 1 == gap.Length || gap[i + 1] == ' ')))
            {
                return true;
            }
        }

        return false;
    }
}
