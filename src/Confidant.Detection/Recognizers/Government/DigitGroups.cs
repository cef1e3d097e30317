using Confidant.Detection.Engine;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// Matches ids written as groups of digits (3-2-4 for an SSN) on the tokens, either as one run of
/// digits or one token per group joined by single '-', ' ' or '.' separators, and only when the
/// id is not a piece of a longer number ("1-123-45-6789", "123-45-6789-0").
/// </summary>
internal static class DigitGroups
{
    public static bool TryMatch(ScanContext context, int index, ReadOnlySpan<int> groups, out int end, out int next,
        out GroupSeparation separation)
    {
        end = 0;
        next = index + 1;
        separation = GroupSeparation.Contiguous;
        var tokens = context.Tokens;
        var text = context.Text;
        var first = tokens[index];
        if (!first.Is(TokenShape.AllDigits))
        {
            return false;
        }

        var total = 0;
        foreach (var g in groups)
        {
            total += g;
        }

        var separator = '\0';
        if (first.Length == total)
        {
            end = first.End;
        }
        else if (first.Length == groups[0])
        {
            separation = GroupSeparation.Consistent;
            for (var g = 1; g < groups.Length; g++)
            {
                var i = index + g;
                if (i >= tokens.Length)
                {
                    return false;
                }

                var token = tokens[i];
                if (!token.Is(TokenShape.AllDigits) || token.Length != groups[g] || token.Start - tokens[i - 1].End != 1)
                {
                    return false;
                }

                var sep = text[token.Start - 1];
                if (sep is not ('-' or ' ' or '.'))
                {
                    return false;
                }

                if (separator == '\0')
                {
                    separator = sep;
                }
                else if (sep != separator)
                {
                    separation = GroupSeparation.Mixed;
                }
            }

            end = tokens[index + groups.Length - 1].End;
            next = index + groups.Length;
        }
        else
        {
            return false;
        }

        return IsIsolated(text, first.Start, end, separator);
    }

    /// <summary>False when the span continues a longer number through a separator.</summary>
    public static bool IsIsolated(ReadOnlySpan<char> text, int start, int end, char separator)
    {
        if (start >= 2 && IsJoin(text[start - 1], separator)
            && (char.IsAsciiDigit(text[start - 2]) || (text[start - 1] != ' ' && char.IsAsciiLetter(text[start - 2]))))
        {
            return false;
        }

        return !(end + 1 < text.Length && IsJoin(text[end], separator) && char.IsAsciiDigit(text[end + 1]));
    }

    private static bool IsJoin(char c, char separator) => c is '-' or '.' or '/' || (c == ' ' && separator == ' ');
}
