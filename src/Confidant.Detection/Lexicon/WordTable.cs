using System.Runtime.InteropServices;

namespace Confidant.Detection.Lexicon;

/// <summary>
/// An open-addressing hash table from lower-cased words to entry indexes, with each entry's flags
/// and context kinds, laid out for the hot path: one array of slots (hash and index packed in a
/// ulong), one array of 16-byte entries (where the word is in the char pool, its flags and
/// context) and one char pool holding every word back to back. A lookup that finds a word touches
/// three cache lines, one that does not usually one; none allocates.
/// </summary>
internal sealed class WordTable
{
    /// <summary>Sets the 0x20 bit of four chars: lower-cases ASCII letters and leaves digits as they are.</summary>
    private const ulong AsciiCaseFold = 0x0020_0020_0020_0020;

    private readonly ulong[] _slots;      // (hash << 32) | (index + 1); 0 = empty
    private readonly int _mask;
    private readonly Entry[] _entries;
    private readonly char[] _pool;

    /// <param name="lowerCaseWords">The words, lower-cased as <see cref="WordHash.Lower"/> does.</param>
    /// <param name="flags">The flags of each word, in the same order.</param>
    /// <param name="context">The context kinds of each word, in the same order.</param>
    public WordTable(IReadOnlyList<string> lowerCaseWords, IReadOnlyList<WordFlags> flags, IReadOnlyList<ContextKinds> context)
    {
        var size = 16;
        while (size < lowerCaseWords.Count * 2)
        {
            size <<= 1;
        }

        _slots = new ulong[size];
        _mask = size - 1;
        _entries = new Entry[lowerCaseWords.Count];
        // Padded so the last word can be read as two whole chunks too.
        _pool = new char[lowerCaseWords.Sum(w => w.Length) + WordHash.ShortWord];
        var offset = 0;
        for (var i = 0; i < lowerCaseWords.Count; i++)
        {
            var word = lowerCaseWords[i];
            _entries[i] = new Entry(context[i], offset, checked((ushort)word.Length), flags[i]);
            word.CopyTo(_pool.AsSpan(offset));
            offset += word.Length;
            var hash = WordHash.Of(word);
            var slot = (int)(Mix(hash) & (uint)_mask);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = ((ulong)hash << 32) | (uint)(i + 1);
        }
    }

    /// <summary>
    /// Finds <paramref name="word"/> (any case) given its <see cref="WordHash"/>; -1 when absent.
    /// <paramref name="asciiWord"/> says the word is only ASCII letters and digits, which are
    /// compared four chars at a time.
    /// </summary>
    public int Find(ReadOnlySpan<char> word, uint hash, bool asciiWord)
    {
        var probe = new Probe(_slots, _mask, hash);
        while (probe.Next(out var index))
        {
            if (Matches(word, _entries[index], asciiWord))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>
    /// Finds an ASCII word of <paramref name="length"/> chars (at most <see cref="WordHash.ShortWord"/>)
    /// given as its two lower-cased chunks (<see cref="WordHash.ShortAsciiChunks"/>); -1 when absent.
    /// </summary>
    public int FindShortAscii(int length, ulong first, ulong second)
    {
        var probe = new Probe(_slots, _mask, WordHash.OfChunks(length, first, second));
        while (probe.Next(out var index))
        {
            ref readonly var entry = ref _entries[index];
            if (entry.Length == length)
            {
                var key = MemoryMarshal.Cast<char, ulong>(_pool.AsSpan(entry.Start, WordHash.ShortWord));
                if ((key[0] & WordHash.FirstMask(length)) == first && (key[1] & WordHash.SecondMask(length)) == second)
                {
                    return index;
                }
            }
        }

        return -1;
    }

    public WordFlags FlagsOf(int index) => _entries[index].Flags;

    public ContextKinds ContextOf(int index) => _entries[index].Context;

    private bool Matches(ReadOnlySpan<char> word, in Entry entry, bool asciiWord)
    {
        if (entry.Length != word.Length)
        {
            return false;
        }

        var key = _pool.AsSpan(entry.Start, entry.Length);
        var i = 0;
        if (asciiWord && WordHash.CanReadChunks)
        {
            var words = MemoryMarshal.Cast<char, ulong>(word);
            var keys = MemoryMarshal.Cast<char, ulong>(key);
            for (; i < words.Length; i++)
            {
                if ((words[i] | AsciiCaseFold) != keys[i])
                {
                    return false;
                }
            }

            i *= 4;
        }

        for (; i < key.Length; i++)
        {
            if (WordHash.Lower(word[i]) != key[i])
            {
                return false;
            }
        }

        return true;
    }

    private static uint Mix(uint hash) => (hash ^ (hash >> 15)) * 0x2c1b3c6d;

    /// <summary>Walks the slots from a hash's home slot, giving the entries stored under that same hash.</summary>
    private ref struct Probe(ulong[] slots, int mask, uint hash)
    {
        private int _slot = (int)(Mix(hash) & (uint)mask);

        public bool Next(out int index)
        {
            while (true)
            {
                var value = slots[_slot];
                if (value == 0)
                {
                    index = -1;
                    return false;
                }

                _slot = (_slot + 1) & mask;
                if ((uint)(value >> 32) == hash)
                {
                    index = (int)(uint)value - 1;
                    return true;
                }
            }
        }
    }

    /// <summary>Where a word is in the pool, and what the lexicon knows of it: 16 bytes.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Entry(ContextKinds Context, int Start, ushort Length, WordFlags Flags);
}
