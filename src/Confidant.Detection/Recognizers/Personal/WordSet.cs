using System.Collections.Frozen;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// A fixed set of words matched case-insensitively (ordinal) against token text with one hash
/// lookup: for the lists checked at many tokens, where comparing with each word in turn costs
/// more than the rest of the recognizer.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly int _maxLength;

    public WordSet(string[] words)
    {
        _words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in words)
        {
            _maxLength = Math.Max(_maxLength, word.Length);
        }
    }

    /// <summary>True when <paramref name="word"/> is in the set, ignoring case.</summary>
    public bool Contains(ReadOnlySpan<char> word) => word.Length <= _maxLength && _words.Contains(word);
}
