using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Payment;

/// <summary>Small checks on digit runs shared by the payment and financial recognizers.</summary>
internal static class NumberText
{
    /// <summary>True when <paramref name="b"/> follows <paramref name="a"/> after exactly one group separator (space, '-', '.').</summary>
    public static bool AreGrouped(ReadOnlySpan<char> text, in Token a, in Token b) =>
        b.Start == a.End + 1 && text[a.End] is ' ' or '-' or '.';

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
