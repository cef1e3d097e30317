using System.Runtime.InteropServices;

namespace Confidant.Detection.Lexicon;

/// <summary>
/// A case-insensitive hash of a word: the lower-cased chars taken four at a time (one 64-bit
/// chunk, one multiply), so hashing a word costs a quarter of a char-by-char hash.
/// </summary>
internal static class WordHash
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    /// <summary>Sets the 0x20 bit of four chars: lower-cases ASCII letters and leaves digits as they are.</summary>
    private const ulong AsciiCaseFold = 0x0020_0020_0020_0020;

    /// <summary>Lower-cases one char: ASCII by bit trick, the rest by the invariant culture.</summary>
    public static char Lower(char c) => c < 0x80 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    /// <summary>Longest word hashed and compared as two whole chunks, without a loop (96% of chat words).</summary>
    public const int ShortWord = 8;

    /// <summary>True where chunks can be read straight from memory (little-endian: char i is bits 16i to 16i+15).</summary>
    public static bool CanReadChunks => BitConverter.IsLittleEndian;

    /// <summary>
    /// The hash of <paramref name="word"/>, any chars, any case: its lower-cased chars in chunks of
    /// four (the last one padded with zero bits), at least two chunks.
    /// </summary>
    public static uint Of(ReadOnlySpan<char> word)
    {
        var hash = Start(word.Length);
        var chunks = 0;
        for (var at = 0; at < word.Length || chunks < 2; at += 4, chunks++)
        {
            ulong chunk = 0;
            for (var i = at; i < Math.Min(at + 4, word.Length); i++)
            {
                chunk |= (ulong)Lower(word[i]) << (16 * (i - at));
            }

            hash = Add(hash, chunk);
        }

        return Finish(hash);
    }

    /// <summary>
    /// The same hash as <see cref="Of"/> for a word of ASCII letters and digits only (what the
    /// tokenizer calls an ASCII token), read four chars at a time.
    /// </summary>
    public static uint OfAsciiWord(ReadOnlySpan<char> word)
    {
        if (!CanReadChunks)
        {
            return Of(word);
        }

        var hash = Start(word.Length);
        var whole = MemoryMarshal.Cast<char, ulong>(word);
        foreach (var chunk in whole)
        {
            hash = Add(hash, chunk | AsciiCaseFold);
        }

        var chunks = whole.Length;
        var rest = word[(whole.Length * 4)..];
        if (!rest.IsEmpty)
        {
            ulong chunk = 0;
            for (var i = 0; i < rest.Length; i++)
            {
                chunk |= (ulong)(rest[i] | 0x20) << (16 * i);
            }

            hash = Add(hash, chunk);
            chunks++;
        }

        for (; chunks < 2; chunks++)
        {
            hash = Add(hash, 0);
        }

        return Finish(hash);
    }

    /// <summary>
    /// The two lower-cased chunks of an ASCII word of <paramref name="length"/> chars (1 to
    /// <see cref="ShortWord"/>) at the start of <paramref name="eightChars"/>; the chars after the
    /// word are masked off. Only where <see cref="CanReadChunks"/>.
    /// </summary>
    public static (ulong First, ulong Second) ShortAsciiChunks(ReadOnlySpan<char> eightChars, int length)
    {
        var chunks = MemoryMarshal.Cast<char, ulong>(eightChars[..ShortWord]);
        return ((chunks[0] | AsciiCaseFold) & FirstMask(length), (chunks[1] | AsciiCaseFold) & SecondMask(length));
    }

    /// <summary>The hash of a short word from its two chunks (see <see cref="ShortAsciiChunks"/>).</summary>
    public static uint OfChunks(int length, ulong first, ulong second) => Finish(Add(Add(Start(length), first), second));

    /// <summary>The bits of the first chunk a word of <paramref name="length"/> chars (at most eight) fills.</summary>
    public static ulong FirstMask(int length) => ChunkMasks[length];

    /// <summary>The bits of the second chunk a word of <paramref name="length"/> chars (at most eight) fills.</summary>
    public static ulong SecondMask(int length) => ChunkMasks[length + ShortWord + 1];

    // FirstMask for lengths 0 to 8, then SecondMask for lengths 0 to 8. An array, not a span over
    // constant data: a span of ulong constants is a new array on each call in a Debug build.
    private static readonly ulong[] ChunkMasks =
    [
        0, 0xFFFF, 0xFFFF_FFFF, 0xFFFF_FFFF_FFFF, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue,
        0, 0, 0, 0, 0, 0xFFFF, 0xFFFF_FFFF, 0xFFFF_FFFF_FFFF, ulong.MaxValue,
    ];

    private static ulong Start(int length) => ((ulong)length + 1) * Multiplier;

    private static ulong Add(ulong hash, ulong chunk)
    {
        hash = (hash ^ chunk) * Multiplier;
        return hash ^ (hash >> 32);
    }

    private static uint Finish(ulong hash) => (uint)(hash ^ (hash >> 32));
}
