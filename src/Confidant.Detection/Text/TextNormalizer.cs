using System.Buffers;
using System.Globalization;
using System.Text;

namespace Confidant.Detection.Text;

/// <summary>
/// Builds the view that recognizers scan: Unicode decimal digits become ASCII digits, full-width
/// forms become ASCII, space separators become a space, dashes become '-', and invisible format
/// characters (zero-width space/joiners, word joiner, BOM, soft hyphen, bidi marks) and combining
/// marks on digits disappear. Each normalised char remembers the range of original chars it came
/// from, so findings are reported against the text the customer typed.
/// </summary>
internal static class TextNormalizer
{
    // Everything in printable ASCII plus tab/CR/LF is kept as is; anything else takes the slow path.
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        "\t\n\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    // Every ASCII char (a SearchValues: the generic IndexOfAnyInRange allocates until optimised).
    private static readonly SearchValues<char> Ascii = SearchValues.Create(CreateAscii());

    /// <summary>True when <paramref name="text"/> needs no normalisation (the common case).</summary>
    public static bool IsPlain(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(PlainAscii);

    /// <summary>
    /// True when normalising may drop <paramref name="c"/> or fold it into the char before: a
    /// format char, a combining mark, or half of a surrogate pair (counted so, to be safe).
    /// </summary>
    public static bool MayDrop(char c) => c >= 0x80 && (char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark);

    /// <summary>
    /// Normalises <paramref name="text"/> into <paramref name="output"/> (at least as long as the
    /// input) and records in <paramref name="map"/> (cleared first) the original range of every
    /// output char. Returns the output length.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> output, OffsetMap map)
    {
        map.Clear();
        var n = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 0x80)
            {
                // ASCII maps to itself: copy the whole run at once (most of any text is ASCII).
                var run = text[i..].IndexOfAnyExcept(Ascii);
                run = run < 0 ? text.Length - i : run;
                text.Slice(i, run).CopyTo(output[n..]);
                map.AddRun(n, i, run);

                n += run;
                i += run;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var rune = new Rune(c, text[i + 1]);
                if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber)
                {
                    Emit(output, map, ref n, (char)('0' + (int)Rune.GetNumericValue(rune)), i, i + 2);
                }
                else if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.Format)
                {
                    Emit(output, map, ref n, c, i, i + 1);
                    Emit(output, map, ref n, text[i + 1], i + 1, i + 2);
                }

                i += 2;
                continue;
            }

            var mapped = Map(c, n > 0 ? output[n - 1] : '\0');
            if (mapped != '\0')
            {
                Emit(output, map, ref n, mapped, i, i + 1);
            }
            else if (n > 0)
            {
                // A removed char belongs to the char before it, so a span that ends there covers it.
                map.ExtendLast(i + 1);
            }

            i++;
        }

        return n;
    }

    private static void Emit(Span<char> output, OffsetMap map, ref int n, char c, int start, int end)
    {
        output[n] = c;
        map.Add(n, start, end);
        n++;
    }

    /// <summary>Maps one non-ASCII BMP char; '\0' means "drop it".</summary>
    private static char Map(char c, char previous)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return (char)(c - 0xFEE0); // full-width ASCII forms
        }

        if (c is '\u2028' or '\u2029' or '\u0085')
        {
            return '\n';
        }

        if (c == '\u2212')
        {
            return '-'; // minus sign
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.DecimalDigitNumber:
                return (char)('0' + (int)CharUnicodeInfo.GetNumericValue(c));
            case UnicodeCategory.SpaceSeparator:
                return ' ';
            case UnicodeCategory.DashPunctuation:
                return '-';
            case UnicodeCategory.Format:
                return '\0';
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark when previous is >= '0' and <= '9':
                return '\0'; // a combining mark stuck on a digit hides nothing
            case UnicodeCategory.Control:
                return ' ';
            default:
                return c;
        }
    }

    private static string CreateAscii()
    {
        var chars = new char[0x80];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)i;
        }

        return new string(chars);
    }
}
