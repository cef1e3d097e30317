using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>
/// US Medicare Beneficiary Identifier: 11 chars in a fixed pattern of digits, letters and
/// either (C A N N A N N A A N N with A = a letter other than S, L, O, I, B, Z and N = a digit,
/// C = 1-9 first), optionally written 4-3-4 with hyphens or spaces. The pattern is distinctive
/// enough to report alone; a Medicare word makes it certain.
/// </summary>
internal sealed class MedicareMbiRecognizer : IRecognizer
{
    private const int Length = 11;

    public string Id => "health.mbi";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.MedicareMbi];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < 5)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        Span<char> value = stackalloc char[Length];
        var resume = 0; // first token after the last value found
        foreach (var token in context.DigitTokens)
        {
            var i = token.Index;
            if (i < resume || (token.Shape & (TokenShape.HasDigit | TokenShape.HasLetter | TokenShape.AsciiOnly))
                != (TokenShape.HasDigit | TokenShape.HasLetter | TokenShape.AsciiOnly) || token.Length is not (Length or 4))
            {
                continue;
            }

            int last;
            if (token.Length == Length)
            {
                text.Slice(token.Start, Length).CopyTo(value);
                last = i;
            }
            else if (token.Length == 4 && i + 2 < tokens.Length && tokens[i + 1].Length == 3 && tokens[i + 2].Length == 4
                && IsGroupSeparator(text, token.End, tokens[i + 1].Start, out var separator)
                && IsGroupSeparator(text, tokens[i + 1].End, tokens[i + 2].Start, out var second) && separator == second)
            {
                text.Slice(token.Start, 4).CopyTo(value);
                text.Slice(tokens[i + 1].Start, 3).CopyTo(value[4..]);
                text.Slice(tokens[i + 2].Start, 4).CopyTo(value[7..]);
                last = i + 2;
            }
            else
            {
                continue;
            }

            if (!IsMbi(value))
            {
                continue;
            }

            var start = token.Start;
            var end = tokens[last].End;
            var kinds = context.ContextAround(start, end, 6, 2);
            var score = (kinds & ContextKinds.Medicare) != 0 ? Scores.ValidatedWithContext : 0.9;
            context.Add(DataClasses.MedicareMbi, start, end, score, Id, "mbi-format", kinds & ContextKinds.Medicare);
            resume = last + 1;
        }
    }

    /// <summary>True when <paramref name="value"/> follows the MBI pattern (letters in either case).</summary>
    internal static bool IsMbi(ReadOnlySpan<char> value)
    {
        if (value.Length != Length || value[0] is < '1' or > '9')
        {
            return false;
        }

        return IsLetter(value[1]) && IsAlnum(value[2]) && IsDigit(value[3]) && IsLetter(value[4]) && IsAlnum(value[5])
            && IsDigit(value[6]) && IsLetter(value[7]) && IsLetter(value[8]) && IsDigit(value[9]) && IsDigit(value[10]);
    }

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsAlnum(char c) => IsDigit(c) || IsLetter(c);

    /// <summary>A letter MBIs use: A-Z without S, L, O, I, B and Z (which read like digits).</summary>
    private static bool IsLetter(char c)
    {
        var upper = (char)(c & ~0x20);
        return c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' && upper is not ('S' or 'L' or 'O' or 'I' or 'B' or 'Z');
    }

    private static bool IsGroupSeparator(ReadOnlySpan<char> text, int from, int to, out char separator)
    {
        separator = from < text.Length ? text[from] : '\0';
        return to - from == 1 && separator is '-' or ' ';
    }
}
