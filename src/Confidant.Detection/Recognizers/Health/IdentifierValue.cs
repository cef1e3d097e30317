using Confidant.Detection.Lexicon;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>
/// Reads an identifier that may be split by single hyphens into several tokens ("00-123-456",
/// "ABC-1234567"), for the context-gated health identifiers.
/// </summary>
internal static class IdentifierValue
{
    /// <summary>Longest identifier read, in chars including hyphens.</summary>
    public const int MaxLength = 24;

    /// <summary>
    /// Reads from token <paramref name="first"/>: returns the index of the last token and counts
    /// digits, letters and groups. Stops at anything but a single hyphen between tokens.
    /// </summary>
    public static int Read(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, out int digits, out int letters, out int groups)
    {
        digits = 0;
        letters = 0;
        groups = 0;
        var last = End(text, tokens, first);
        if ((tokens[first].Shape & TokenShape.AsciiOnly) == 0)
        {
            return last; // nothing read: the value is not an identifier
        }

        groups = last - first + 1;
        for (var i = first; i <= last; i++)
        {
            foreach (var c in text.Slice(tokens[i].Start, tokens[i].Length))
            {
                if ((uint)(c - '0') <= 9)
                {
                    digits++;
                }
                else
                {
                    letters++;
                }
            }
        }

        return last;
    }

    /// <summary>
    /// The last token of the identifier that starts at token <paramref name="first"/> (what
    /// <see cref="Read"/> returns), without counting its chars; <paramref name="first"/> itself
    /// when it is not ASCII.
    /// </summary>
    public static int End(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        var last = first;
        if ((tokens[first].Shape & TokenShape.AsciiOnly) == 0)
        {
            return last;
        }

        for (var i = first + 1; i < tokens.Length; i++)
        {
            var gap = text[tokens[i - 1].End..tokens[i].Start];
            if (gap.Length != 1 || gap[0] != '-' || tokens[i].End - tokens[first].Start > MaxLength
                || (tokens[i].Shape & TokenShape.AsciiOnly) == 0)
            {
                break;
            }

            last = i;
        }

        return last;
    }

    /// <summary>True when the hyphen-joined groups look like a date (2024-01-31, 31-01-2024).</summary>
    public static bool LooksLikeDate(ReadOnlySpan<Token> tokens, int first, int last)
    {
        if (last - first != 2)
        {
            return false;
        }

        int a = tokens[first].Length, b = tokens[first + 1].Length, c = tokens[last].Length;
        var allDigits = tokens[first].Is(TokenShape.AllDigits) && tokens[first + 1].Is(TokenShape.AllDigits)
            && tokens[last].Is(TokenShape.AllDigits);
        return allDigits && ((a == 4 && b <= 2 && c <= 2) || (a <= 2 && b <= 2 && c is 2 or 4));
    }

    /// <summary>True when the value is a range of two years ("2016–2019", "2022-2023" in a CV).</summary>
    public static bool LooksLikeYearRange(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last) =>
        last == first + 1 && IsYear(text, tokens[first]) && IsYear(text, tokens[last]);

    private static bool IsYear(ReadOnlySpan<char> text, in Token token) =>
        token.Length == 4 && token.Is(TokenShape.AllDigits) && text.Slice(token.Start, 2) is "19" or "20";

    /// <summary>True when the hyphen-joined groups look like a North American phone number (555-123-4567).</summary>
    public static bool LooksLikePhone(ReadOnlySpan<Token> tokens, int first, int last)
    {
        if (last - first != 2)
        {
            return false;
        }

        return tokens[first].Length == 3 && tokens[first + 1].Length == 3 && tokens[last].Length == 4
            && tokens[first].Is(TokenShape.AllDigits) && tokens[first + 1].Is(TokenShape.AllDigits) && tokens[last].Is(TokenShape.AllDigits);
    }

    /// <summary>
    /// The token an identifier starts at: the capitals glued to its digits by a hyphen ("PT-4471920",
    /// "XYZ-123456789") when they are no context word, else <paramref name="i"/> itself.
    /// </summary>
    public static int StartWithPrefix(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Shape == (TokenShape.HasLetter | TokenShape.AllUpper | TokenShape.AsciiOnly | TokenShape.Capitalized)
        && tokens[i - 1].Context == ContextKinds.None && tokens[i - 1].Length <= 4
        && text[tokens[i - 1].End..tokens[i].Start] is "-"
            ? i - 1
            : i;

    /// <summary>"INV-BO-30219": a letter prefix glued to the value that itself follows a hyphen belongs to a longer code.</summary>
    public static bool IsLongerCode(ReadOnlySpan<char> text, int start) =>
        start > 1 && text[start - 1] == '-' && char.IsAsciiLetterOrDigit(text[start - 2]);

    /// <summary>
    /// True when the value is glued to more text by a char that makes it part of something longer:
    /// a decimal, a path, a time, an amount, or a longer hyphenated number.
    /// </summary>
    public static bool IsEmbedded(ReadOnlySpan<char> text, int start, int end)
    {
        if (start > 0)
        {
            var before = text[start - 1];
            if (before == '$' || (start > 1 && (before is '.' or ',' or '/' or '@' or '_' && char.IsAsciiLetterOrDigit(text[start - 2])
                || (before == '-' && char.IsAsciiDigit(text[start - 2])))))
            {
                return true;
            }
        }

        return end < text.Length - 1 && text[end] is '.' or ',' or '/' or '@' or '_' or ':' or '-' && char.IsAsciiLetterOrDigit(text[end + 1]);
    }
}
