using System.Buffers;
using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Text;

/// <summary>Splits normalised text into tokens (runs of letters and digits) in one pass.</summary>
internal static class Tokenizer
{
    private static readonly SearchValues<char> AsciiAlnum =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Longest token looked up in the lexicon; longer ones cannot be dictionary words.</summary>
    private const int MaxLexiconWord = 32;

    public static void Tokenize(ReadOnlySpan<char> text, WordLexicon lexicon, ref Token[] tokens, out int count)
    {
        count = 0;
        var i = 0;
        while (i < text.Length)
        {
            // Skip to the next token start; ASCII text is searched vectorised.
            var c = text[i];
            if (!IsTokenChar(c))
            {
                var next = text[(i + 1)..].IndexOfAny(AsciiAlnum);
                var skipTo = next < 0 ? text.Length : i + 1 + next;
                var j = i + 1;
                while (j < skipTo && !IsTokenChar(text[j]))
                {
                    j++;
                }

                i = j;
                continue;
            }

            var start = i;
            var shape = TokenShape.AsciiOnly | TokenShape.AllDigits | TokenShape.AllUpper;
            var letters = 0;
            while (i < text.Length && IsTokenChar(text[i]))
            {
                var ch = text[i];
                if (ch is >= '0' and <= '9')
                {
                    shape |= TokenShape.HasDigit;
                }
                else
                {
                    shape &= ~TokenShape.AllDigits;
                    if (ch >= 0x80)
                    {
                        shape &= ~TokenShape.AsciiOnly;
                    }

                    if (char.IsLetter(ch))
                    {
                        letters++;
                        shape |= TokenShape.HasLetter;
                        if (!char.IsUpper(ch))
                        {
                            shape &= ~TokenShape.AllUpper;
                        }
                    }
                }

                i++;
            }

            if (letters == 0)
            {
                shape &= ~TokenShape.AllUpper;
            }

            if (char.IsUpper(text[start]))
            {
                shape |= TokenShape.Capitalized;
            }

            if (count == tokens.Length)
            {
                Array.Resize(ref tokens, tokens.Length * 2);
            }

            ref var token = ref tokens[count++];
            token.Start = start;
            token.Length = i - start;
            token.Shape = shape;
            token.Flags = WordFlags.None;
            token.Context = ContextKinds.None;
            token.Entry = -1;
            if ((shape & TokenShape.HasLetter) != 0 && token.Length <= MaxLexiconWord
                && lexicon.TryLookup(text.Slice(start, token.Length), out var entryIndex, out var entry))
            {
                token.Entry = entryIndex;
                token.Flags = entry.Flags;
                token.Context = entry.Context;
            }
        }
    }

    /// <summary>Letters (any script), digits, and combining marks that belong to letters.</summary>
    public static bool IsTokenChar(char c)
    {
        if (c < 0x80)
        {
            return c is >= '0' and <= '9' or >= 'A' and <= 'Z' or >= 'a' and <= 'z';
        }

        return char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }
}
