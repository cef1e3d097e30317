namespace Confidant.Detection.Lexicon;

/// <summary>
/// A case-insensitive hash of a word, computed one char at a time so the tokenizer can compute it
/// in the same pass that finds the token.
/// </summary>
internal static class WordHash
{
    public const uint Seed = 2166136261;

    /// <summary>Folds one (already lower-cased) char into the hash.</summary>
    public static uint Add(uint hash, char lower) => (hash ^ lower) * 16777619;

    /// <summary>Lower-cases one char: ASCII by bit trick, the rest by the invariant culture.</summary>
    public static char Lower(char c) => c < 0x80 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    public static uint Of(ReadOnlySpan<char> word)
    {
        var hash = Seed;
        foreach (var c in word)
        {
            hash = Add(hash, Lower(c));
        }

        return hash;
    }
}
