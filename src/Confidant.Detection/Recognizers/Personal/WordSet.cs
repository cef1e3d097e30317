using System.Collections.Frozen;
using System.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// A fixed set of words matched case-insensitively (ordinal) against token text with one hash
/// lookup: for the lists checked at many tokens, where comparing with each word in turn costs
/// more than the rest of the recognizer. ASCII words and the others are kept apart: a set of
/// ASCII words hashes and compares with the fast ASCII case folding, and an ASCII token is only
/// looked for among them ("école" and "né" do not slow down the lookup of "office").
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _ascii;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _other;
    private readonly int _maxLength;

    public WordSet(string[] words)
    {
        _ascii = words.Where(w => Ascii.IsValid(w)).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _other = words.Where(w => !Ascii.IsValid(w)).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in words)
        {
            _maxLength = Math.Max(_maxLength, word.Length);
        }
    }

    /// <summary>True when <paramref name="word"/> is in the set, ignoring case.</summary>
    public bool Contains(ReadOnlySpan<char> word) =>
        word.Length <= _maxLength && (Ascii.IsValid(word) ? _ascii.Contains(word) : _other.Contains(word));
}
