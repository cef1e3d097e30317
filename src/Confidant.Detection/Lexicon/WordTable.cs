namespace Confidant.Detection.Lexicon;

/// <summary>
/// An open-addressing hash table from lower-cased words to entry indexes, laid out for the hot
/// path: one array of slots (hash and index packed in a ulong) and one char pool holding every
/// word back to back, so a lookup touches two cache lines and allocates nothing.
/// </summary>
internal sealed class WordTable
{
    private readonly ulong[] _slots;      // (hash << 32) | (index + 1); 0 = empty
    private readonly int _mask;
    private readonly char[] _pool;
    private readonly int[] _offsets;      // word i is _pool[_offsets[i].._offsets[i + 1]]

    public WordTable(IReadOnlyList<string> lowerCaseWords)
    {
        var size = 16;
        while (size < lowerCaseWords.Count * 2)
        {
            size <<= 1;
        }

        _slots = new ulong[size];
        _mask = size - 1;
        _offsets = new int[lowerCaseWords.Count + 1];
        _pool = new char[lowerCaseWords.Sum(w => w.Length)];
        var offset = 0;
        for (var i = 0; i < lowerCaseWords.Count; i++)
        {
            var word = lowerCaseWords[i];
            _offsets[i] = offset;
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

        _offsets[lowerCaseWords.Count] = offset;
    }

    /// <summary>Finds <paramref name="word"/> (any case) given its <see cref="WordHash"/>; -1 when absent.</summary>
    public int Find(ReadOnlySpan<char> word, uint hash)
    {
        var slot = (int)(Mix(hash) & (uint)_mask);
        while (true)
        {
            var value = _slots[slot];
            if (value == 0)
            {
                return -1;
            }

            if ((uint)(value >> 32) == hash)
            {
                var index = (int)(uint)value - 1;
                if (Matches(word, index))
                {
                    return index;
                }
            }

            slot = (slot + 1) & _mask;
        }
    }

    private bool Matches(ReadOnlySpan<char> word, int index)
    {
        var start = _offsets[index];
        var key = _pool.AsSpan(start, _offsets[index + 1] - start);
        if (key.Length != word.Length)
        {
            return false;
        }

        for (var i = 0; i < key.Length; i++)
        {
            if (WordHash.Lower(word[i]) != key[i])
            {
                return false;
            }
        }

        return true;
    }

    private static uint Mix(uint hash) => (hash ^ (hash >> 15)) * 0x2c1b3c6d;
}
