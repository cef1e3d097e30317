using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Text;

/// <summary>
/// Splits normalised text into tokens (runs of letters and digits) and looks each word up in the
/// lexicon. The text is read 64 chars at a time: vector compares turn a block into bit masks
/// (digits, lower-case, upper-case and other letters), bit scans find where tokens start and end,
/// and a token's shape comes from its bits in the masks. There is no branch per char, only per
/// token and per block.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Longest token looked up in the lexicon; longer ones cannot be dictionary words.</summary>
    private const int MaxLexiconWord = 32;

    /// <summary>Chars classified at once: one bit of a ulong each.</summary>
    private const int BlockLength = 64;

    /// <summary>
    /// Flags that make a word an anchor (<see cref="TokenIndexes.WordAnchors"/>): names and titles
    /// start person names, health words start health phrases, a US state stands before "license",
    /// a body word starts a symptom said as a sentence ("my knee keeps giving way"), a number word
    /// a spelled age ("mum is eighty-two").
    /// </summary>
    private const WordFlags AnchorFlags = WordFlags.FirstName | WordFlags.PersonTitle | WordFlags.HealthTerm | WordFlags.UsState | WordFlags.BodyPart
        | WordFlags.NumberWord;

    /// <summary>
    /// Tokenises <paramref name="text"/> into <paramref name="tokens"/> (grown when full), fills
    /// <paramref name="indexes"/> with the tokens that can start a value, and counts its digits on
    /// the way (the normaliser has turned every decimal digit into ASCII).
    /// </summary>
    public static void Tokenize(ReadOnlySpan<char> text, WordLexicon lexicon, ref Token[] tokens, out int count,
        TokenIndexes indexes, out int digits)
    {
        indexes.Clear();
        var output = new Output(lexicon, tokens, indexes);
        var open = new OpenToken();
        Span<char> last = stackalloc char[BlockLength];
        for (var blockStart = 0; blockStart < text.Length; blockStart += BlockLength)
        {
            scoped ReadOnlySpan<char> block;
            if (text.Length - blockStart >= BlockLength)
            {
                block = text.Slice(blockStart, BlockLength);
            }
            else
            {
                // The last, short block is padded with spaces, which belong to no token.
                last.Fill(' ');
                text[blockStart..].CopyTo(last);
                block = last;
            }

            var masks = CharMasks.Of(block);
            ScanBlock(text, blockStart, masks, ref open, ref output);
        }

        if (open.IsOpen)
        {
            output.Add(text, open, text.Length);
        }

        tokens = output.Tokens;
        count = output.Count;
        digits = open.Digits;
    }

    /// <summary>Letters (any script), digits, and combining marks that belong to letters.</summary>
    public static bool IsTokenChar(char c) => c < 0x80 ? char.IsAsciiLetterOrDigit(c) : ClassOf(c) != CharClass.None;

    /// <summary>Emits every token that ends in the block; a token still going on at its end stays open.</summary>
    private static void ScanBlock(ReadOnlySpan<char> text, int blockStart, in CharMasks masks, ref OpenToken open, ref Output output)
    {
        var tokenChars = masks.TokenChars;
        var position = 0; // always below BlockLength here, so the shifts below are exact
        while (true)
        {
            if (!open.IsOpen)
            {
                var starts = tokenChars & (ulong.MaxValue << position);
                if (starts == 0)
                {
                    return;
                }

                position = BitOperations.TrailingZeroCount(starts);
                open.Start(blockStart + position, capitalized: ((masks.Upper >> position) & 1) != 0);
            }

            var gaps = ~tokenChars & (ulong.MaxValue << position);
            var end = gaps == 0 ? BlockLength : BitOperations.TrailingZeroCount(gaps);
            var span = (ulong.MaxValue << position) & (end == BlockLength ? ulong.MaxValue : ~(ulong.MaxValue << end));
            open.See(masks, span);
            if (end == BlockLength)
            {
                return;
            }

            output.Add(text, open, blockStart + end);
            open.Close();
            position = end;
        }
    }

    private static CharClass ClassOf(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiDigit(c) ? CharClass.Digit
                : char.IsAsciiLetterLower(c) ? CharClass.Lower
                : char.IsAsciiLetterUpper(c) ? CharClass.Upper
                : CharClass.None;
        }

        if (char.IsLetter(c))
        {
            return char.IsUpper(c) ? CharClass.Upper : char.IsLower(c) ? CharClass.Lower : CharClass.Other;
        }

        if (char.IsDigit(c))
        {
            return CharClass.Digit;
        }

        return char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark ? CharClass.Other : CharClass.None;
    }

    /// <summary>What a char is to the tokenizer; also the bits of <see cref="OpenToken"/>'s record of what it has seen.</summary>
    [Flags]
    private enum CharClass
    {
        None = 0,
        Digit = 1,
        Lower = 2,
        Upper = 4,
        Other = 8,    // a letter without case, or a combining mark
        NonAscii = 16,
    }

    /// <summary>One bit per char of a 64-char block, for each class of char.</summary>
    private readonly struct CharMasks
    {
        public ulong Digit { get; private init; }
        public ulong Lower { get; private init; }
        public ulong Upper { get; private init; }
        public ulong Other { get; private init; }
        public ulong NonAscii { get; private init; }

        public ulong TokenChars => Digit | Lower | Upper | Other;

        public static CharMasks Of(ReadOnlySpan<char> block)
        {
            var chars = MemoryMarshal.Cast<char, ushort>(block);
            ulong digit = 0, lower = 0, upper = 0, nonAscii = 0;
            for (var i = 0; i < BlockLength; i += 16)
            {
                // Chars above 0x7F are capped to 0x80 (no ASCII class) before narrowing to bytes.
                var cap = Vector128.Create((ushort)0x80);
                var bytes = Vector128.Narrow(
                    Vector128.Min(Vector128.Create(chars.Slice(i, 8)), cap),
                    Vector128.Min(Vector128.Create(chars.Slice(i + 8, 8)), cap));
                digit |= (ulong)Vector128.LessThan(bytes - Vector128.Create((byte)'0'), Vector128.Create((byte)10)).ExtractMostSignificantBits() << i;
                lower |= (ulong)Vector128.LessThan(bytes - Vector128.Create((byte)'a'), Vector128.Create((byte)26)).ExtractMostSignificantBits() << i;
                upper |= (ulong)Vector128.LessThan(bytes - Vector128.Create((byte)'A'), Vector128.Create((byte)26)).ExtractMostSignificantBits() << i;
                nonAscii |= (ulong)Vector128.Equals(bytes, Vector128.Create((byte)0x80)).ExtractMostSignificantBits() << i;
            }

            // Chars beyond ASCII (rare) are classified one by one.
            ulong other = 0;
            for (var rest = nonAscii; rest != 0; rest &= rest - 1)
            {
                var i = BitOperations.TrailingZeroCount(rest);
                var bit = 1UL << i;
                switch (ClassOf(block[i]))
                {
                    case CharClass.Digit: digit |= bit; break;
                    case CharClass.Lower: lower |= bit; break;
                    case CharClass.Upper: upper |= bit; break;
                    case CharClass.Other: other |= bit; break;
                    default: break;
                }
            }

            return new CharMasks { Digit = digit, Lower = lower, Upper = upper, Other = other, NonAscii = nonAscii };
        }
    }

    /// <summary>The token being read, which may run over several blocks, and the digits counted so far.</summary>
    private struct OpenToken
    {
        public bool IsOpen;
        public int StartIndex;
        public CharClass Seen;
        public bool Capitalized;
        public int Digits;

        public void Start(int start, bool capitalized)
        {
            IsOpen = true;
            StartIndex = start;
            Seen = CharClass.None;
            Capitalized = capitalized;
        }

        /// <summary>Records the classes of the token's chars in <paramref name="span"/> (bits of the block).</summary>
        public void See(in CharMasks masks, ulong span)
        {
            var digits = masks.Digit & span;
            Digits += BitOperations.PopCount(digits);
            Seen |= (digits != 0 ? CharClass.Digit : 0)
                | ((masks.Lower & span) != 0 ? CharClass.Lower : 0)
                | ((masks.Upper & span) != 0 ? CharClass.Upper : 0)
                | ((masks.Other & span) != 0 ? CharClass.Other : 0)
                | ((masks.NonAscii & span) != 0 ? CharClass.NonAscii : 0);
        }

        public void Close() => IsOpen = false;
    }

    /// <summary>Where tokens go: the token array, the indexes and the lexicon that names words.</summary>
    private struct Output(WordLexicon lexicon, Token[] tokens, TokenIndexes indexes)
    {
        public Token[] Tokens = tokens;
        public int Count;

        public void Add(ReadOnlySpan<char> text, in OpenToken token, int end)
        {
            var seen = token.Seen;
            var letters = (seen & (CharClass.Lower | CharClass.Upper | CharClass.Other)) != 0;
            var shape = TokenShape.None;
            if ((seen & CharClass.Digit) != 0)
            {
                shape |= letters ? TokenShape.HasDigit : TokenShape.HasDigit | TokenShape.AllDigits;
            }

            if (letters)
            {
                shape |= (seen & (CharClass.Upper | CharClass.Lower)) == CharClass.Upper
                    ? TokenShape.HasLetter | TokenShape.AllUpper
                    : TokenShape.HasLetter;
            }

            if (token.Capitalized)
            {
                shape |= TokenShape.Capitalized;
            }

            var ascii = (seen & CharClass.NonAscii) == 0;
            if (ascii)
            {
                shape |= TokenShape.AsciiOnly;
            }

            if (Count == Tokens.Length)
            {
                Array.Resize(ref Tokens, Tokens.Length * 2);
            }

            ref var slot = ref Tokens[Count++];
            slot.Start = token.StartIndex;
            slot.Length = end - token.StartIndex;
            slot.Shape = shape;
            slot.Flags = WordFlags.None;
            slot.Context = ContextKinds.None;
            slot.Entry = -1;
            if ((shape & TokenShape.HasDigit) != 0)
            {
                var previous = Count > 1 ? Tokens[Count - 2] : default;
                indexes.AddDigitToken(new DigitToken(Count - 1, slot.Start, slot.Length, shape, previous.Length, previous.Shape));
            }

            if (slot.Length == 1 && token.Capitalized && end < text.Length && text[end] == '.')
            {
                indexes.AddInitial(Count - 1);
            }

            if (letters && slot.Length <= MaxLexiconWord)
            {
                int entry;
                if ((seen & ~(CharClass.Lower | CharClass.Upper)) == 0 && slot.Length <= WordLexicon.MaxTinyWordLength)
                {
                    entry = lexicon.FindTiny(text.Slice(slot.Start, slot.Length)); // ASCII letters only
                }
                else if (ascii && slot.Length <= WordHash.ShortWord && slot.Start + WordHash.ShortWord <= text.Length && WordHash.CanReadChunks)
                {
                    // Most words: two chunks read at once, no loop over the chars.
                    var (first, second) = WordHash.ShortAsciiChunks(text[slot.Start..], slot.Length);
                    entry = lexicon.FindShortAscii(slot.Length, first, second);
                }
                else
                {
                    var word = text.Slice(slot.Start, slot.Length);
                    entry = lexicon.Find(word, ascii ? WordHash.OfAsciiWord(word) : WordHash.Of(word), ascii);
                }

                if (entry >= 0)
                {
                    slot.Entry = entry;
                    slot.Flags = lexicon.FlagsOf(entry);
                    slot.Context = lexicon.ContextOf(entry);
                    if (slot.Context != ContextKinds.None || (slot.Flags & AnchorFlags) != 0)
                    {
                        indexes.AddWordAnchor(Count - 1, slot.Context);
                    }

                    if ((slot.Flags & WordFlags.SpelledAt) != 0)
                    {
                        indexes.AddSpelledAt(Count - 1);
                    }

                    if ((slot.Flags & (WordFlags.SpanishStreetType | WordFlags.StreetOpener)) != 0)
                    {
                        indexes.AddStreetWord(Count - 1);
                    }
                }
            }
        }
    }
}
