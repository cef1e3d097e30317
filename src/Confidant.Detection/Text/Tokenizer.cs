using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Text;

/// <summary>
/// Splits normalised text into tokens (runs of letters and digits) in one pass, computing each
/// token's shape and its case-insensitive hash as it goes, then looks it up in the lexicon.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Longest token looked up in the lexicon; longer ones cannot be dictionary words.</summary>
    private const int MaxLexiconWord = 32;

    /// <summary>
    /// Flags that make a word an anchor (<see cref="TokenIndexes.WordAnchors"/>): names and titles
    /// start person names, health words start health phrases, a US state stands before "license".
    /// </summary>
    private const WordFlags AnchorFlags = WordFlags.FirstName | WordFlags.PersonTitle | WordFlags.HealthTerm | WordFlags.UsState;

    // ASCII char classes: 0 = not part of a token, 1 = digit, 2 = lower-case letter, 3 = upper-case letter.
    private static ReadOnlySpan<byte> AsciiClass =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    ];

    /// <summary>
    /// Tokenises <paramref name="text"/> into <paramref name="tokens"/> (grown when full), fills
    /// <paramref name="indexes"/> with the tokens that can start a value, and counts its ASCII digits
    /// on the way (the normaliser has turned every decimal digit into ASCII).
    /// </summary>
    public static void Tokenize(ReadOnlySpan<char> text, WordLexicon lexicon, ref Token[] tokens, out int count,
        TokenIndexes indexes, out int digits)
    {
        indexes.Clear();
        var classes = AsciiClass;
        var n = 0;
        var digitCount = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var cls = c < 0x80 ? classes[c] : ClassOf(c);
            if (cls == 0)
            {
                i++;
                continue;
            }

            var start = i;
            var hash = WordHash.Seed;
            var seen = 0;      // bit (1 << class) for each char class met in the token
            var allChars = 0;  // OR of the chars: below 0x80 when the token is ASCII
            var capitalized = cls == 3;
            do
            {
                seen |= 1 << cls;
                allChars |= c;
                if (cls == 1)
                {
                    digitCount++;
                }

                // The class already tells ASCII case: only other chars need the culture tables.
                var lower = c < 0x80 ? (cls == 3 ? (char)(c | 0x20) : c) : WordHash.Lower(c);
                hash = WordHash.Add(hash, lower);
                if (++i == text.Length)
                {
                    break;
                }

                c = text[i];
                cls = c < 0x80 ? classes[c] : ClassOf(c);
            }
            while (cls != 0);

            const int Digit = 1 << 1, Lower = 1 << 2, Upper = 1 << 3, Other = 1 << 4;
            var letters = (seen & (Lower | Upper | Other)) != 0;
            var shape = TokenShape.None;
            if ((seen & Digit) != 0)
            {
                indexes.AddDigitToken(n);
                shape |= letters ? TokenShape.HasDigit : TokenShape.HasDigit | TokenShape.AllDigits;
            }

            if (letters)
            {
                shape |= (seen & (Upper | Lower)) == Upper ? TokenShape.HasLetter | TokenShape.AllUpper : TokenShape.HasLetter;
            }

            if (capitalized)
            {
                shape |= TokenShape.Capitalized;
            }

            if (allChars < 0x80)
            {
                shape |= TokenShape.AsciiOnly;
            }

            if (n == tokens.Length)
            {
                Array.Resize(ref tokens, tokens.Length * 2);
            }

            ref var token = ref tokens[n++];
            token.Start = start;
            token.Length = i - start;
            token.Shape = shape;
            token.Flags = WordFlags.None;
            token.Context = ContextKinds.None;
            token.Entry = -1;
            if (letters && token.Length <= MaxLexiconWord)
            {
                var entry = lexicon.Find(text.Slice(start, token.Length), hash);
                if (entry >= 0)
                {
                    token.Entry = entry;
                    token.Flags = lexicon.FlagsOf(entry);
                    token.Context = lexicon.ContextOf(entry);
                    if (token.Context != ContextKinds.None || (token.Flags & AnchorFlags) != 0)
                    {
                        indexes.AddWordAnchor(n - 1);
                    }
                }
            }
        }

        count = n;
        digits = digitCount;
    }

    /// <summary>Letters (any script), digits, and combining marks that belong to letters.</summary>
    public static bool IsTokenChar(char c) => (c < 0x80 ? AsciiClass[c] : ClassOf(c)) != 0;

    private static byte ClassOf(char c)
    {
        if (char.IsLetter(c))
        {
            return char.IsUpper(c) ? (byte)3 : char.IsLower(c) ? (byte)2 : (byte)4;
        }

        if (char.IsDigit(c))
        {
            return 1;
        }

        return char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark ? (byte)4 : (byte)0;
    }
}
