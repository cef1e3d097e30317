using System.Buffers;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Confidant.Identity.Passwords;

/// <summary>
/// Unicode normalisation form KC (UAX #15) from tables shipped in the assembly
/// (<c>unicode-nfkc.txt</c>, made by <c>generate-unicode-nfkc.pl</c>).
/// </summary>
/// <remarks>
/// <see cref="string.Normalize(NormalizationForm)"/> cannot be used: the solution builds with
/// <c>InvariantGlobalization</c>, and in that mode it returns text outside ASCII unchanged, without
/// an error, so a full-width password would silently hash differently from its ASCII twin. The
/// frozen table also gives the same bytes on every machine whatever its ICU version.
/// </remarks>
internal static class UnicodeNfkc
{
    private const string ResourceName = "Confidant.Identity.Passwords.unicode-nfkc.txt";

    // Hangul syllables decompose and compose by formula (Unicode chapter 3.12).
    private const int SBase = 0xAC00;
    private const int LBase = 0x1100;
    private const int VBase = 0x1161;
    private const int TBase = 0x11A7;
    private const int LCount = 19;
    private const int VCount = 21;
    private const int TCount = 28;
    private const int NCount = VCount * TCount;
    private const int SCount = LCount * NCount;

    // Below U+00A0 nothing decomposes, combines or composes.
    private const char FirstInterestingChar = '\u00A0';

    private static readonly Lazy<Tables> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Normalises <paramref name="text"/> to NFKC. Returns false, with no result, when the text is
    /// not valid UTF-16 (a lone surrogate), which no normalisation form can represent.
    /// </summary>
    public static bool TryNormalize(string text, [NotNullWhen(true)] out string? normalized)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAnyInRange(FirstInterestingChar, char.MaxValue) < 0)
        {
            normalized = text;
            return true;
        }

        var tables = Data.Value;
        var codePoints = new List<int>(text.Length + 8);
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != OperationStatus.Done)
            {
                normalized = null;
                return false;
            }

            Decompose(rune.Value, tables, codePoints);
            rest = rest[consumed..];
        }

        ReorderMarks(codePoints, tables);
        var length = Compose(codePoints, tables);

        var builder = new StringBuilder(length + 4);
        Span<char> utf16 = stackalloc char[2];
        for (var i = 0; i < length; i++)
        {
            var written = new Rune(codePoints[i]).EncodeToUtf16(utf16);
            builder.Append(utf16[..written]);
        }

        normalized = builder.ToString();
        return true;
    }

    private static void Decompose(int codePoint, Tables tables, List<int> output)
    {
        var s = codePoint - SBase;
        if (s is >= 0 and < SCount)
        {
            output.Add(LBase + (s / NCount));
            output.Add(VBase + (s % NCount / TCount));
            if (s % TCount != 0)
            {
                output.Add(TBase + (s % TCount));
            }

            return;
        }

        if (tables.Decompositions.TryGetValue(codePoint, out var mapping))
        {
            output.AddRange(mapping);
        }
        else
        {
            output.Add(codePoint);
        }
    }

    /// <summary>Canonical ordering: a stable sort of each run of combining marks by combining class.</summary>
    private static void ReorderMarks(List<int> codePoints, Tables tables)
    {
        for (var i = 1; i < codePoints.Count; i++)
        {
            var current = codePoints[i];
            var currentClass = tables.ClassOf(current);
            if (currentClass == 0)
            {
                continue;
            }

            var j = i;
            while (j > 0 && tables.ClassOf(codePoints[j - 1]) > currentClass)
            {
                codePoints[j] = codePoints[j - 1];
                j--;
            }

            codePoints[j] = current;
        }
    }

    /// <summary>Canonical composition in place (the Unicode sample algorithm); returns the new length.</summary>
    private static int Compose(List<int> codePoints, Tables tables)
    {
        if (codePoints.Count == 0)
        {
            return 0;
        }

        var starterIndex = 0;
        var starter = codePoints[0];
        var lastClass = tables.ClassOf(starter) == 0 ? 0 : 256; // a leading mark blocks until the next starter
        var written = 1;
        for (var i = 1; i < codePoints.Count; i++)
        {
            var current = codePoints[i];
            var currentClass = tables.ClassOf(current);
            var composite = ComposePair(starter, current, tables);
            if (composite >= 0 && (lastClass < currentClass || lastClass == 0))
            {
                codePoints[starterIndex] = composite;
                starter = composite;
                continue;
            }

            if (currentClass == 0)
            {
                starterIndex = written;
                starter = current;
            }

            lastClass = currentClass;
            codePoints[written++] = current;
        }

        return written;
    }

    private static int ComposePair(int first, int second, Tables tables)
    {
        var l = first - LBase;
        if (l is >= 0 and < LCount)
        {
            var v = second - VBase;
            return v is >= 0 and < VCount ? SBase + (((l * VCount) + v) * TCount) : -1;
        }

        var s = first - SBase;
        if (s is >= 0 and < SCount && s % TCount == 0)
        {
            var t = second - TBase;
            return t is > 0 and < TCount ? first + t : -1;
        }

        return tables.Compositions.TryGetValue(PairKey(first, second), out var composite) ? composite : -1;
    }

    private static long PairKey(int first, int second) => ((long)first << 21) | (uint)second;

    private static Tables Load()
    {
        using var stream = typeof(UnicodeNfkc).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var decompositions = new Dictionary<int, int[]>();
        var classes = new Dictionary<int, byte>();
        var compositions = new Dictionary<long, int>();
        string? section = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                section = line;
                continue;
            }

            var fields = line.Split(' ');
            switch (section)
            {
                case "[decompositions]":
                    var (first, last) = ParseRange(fields[0]);
                    var mapping = fields.Skip(1).Select(ParseHex).ToArray();
                    for (var cp = first; cp <= last; cp++)
                    {
                        // A range line lists the first code point's mapping; the others count up from it.
                        decompositions[cp] = cp == first ? mapping : [mapping[0] + (cp - first)];
                    }

                    break;
                case "[combining-classes]":
                    var (from, to) = ParseRange(fields[0]);
                    var combiningClass = byte.Parse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture);
                    for (var cp = from; cp <= to; cp++)
                    {
                        classes[cp] = combiningClass;
                    }

                    break;
                case "[compositions]":
                    compositions[PairKey(ParseHex(fields[0]), ParseHex(fields[1]))] = ParseHex(fields[2]);
                    break;
                default:
                    throw new InvalidOperationException($"{ResourceName} has a line outside a known section.");
            }
        }

        return new Tables(decompositions.ToFrozenDictionary(), classes.ToFrozenDictionary(), compositions.ToFrozenDictionary());
    }

    private static (int First, int Last) ParseRange(string field)
    {
        var dots = field.IndexOf("..", StringComparison.Ordinal);
        return dots < 0 ? (ParseHex(field), ParseHex(field)) : (ParseHex(field[..dots]), ParseHex(field[(dots + 2)..]));
    }

    private static int ParseHex(string field) => int.Parse(field, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    private sealed record Tables(
        FrozenDictionary<int, int[]> Decompositions,
        FrozenDictionary<int, byte> Classes,
        FrozenDictionary<long, int> Compositions)
    {
        public int ClassOf(int codePoint) => codePoint < FirstInterestingChar ? 0 : Classes.GetValueOrDefault(codePoint);
    }
}
