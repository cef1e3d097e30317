using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Text;

/// <summary>Shape of a token, computed once while tokenising.</summary>
[Flags]
internal enum TokenShape : byte
{
    None = 0,
    HasDigit = 1,
    HasLetter = 2,
    AllDigits = 4,
    Capitalized = 8,   // first char is an upper-case letter
    AllUpper = 16,     // every letter is upper case (and there is at least one)
    AsciiOnly = 32,
}

/// <summary>
/// A maximal run of letters and digits in the normalised text, with what the lexicon knows of it.
/// </summary>
/// <remarks>
/// Fields are ordered largest first so the struct packs into 24 bytes instead of 32: every
/// recognizer walks the token array, which on a long text does not fit in the cache.
/// </remarks>
internal struct Token
{
    public ContextKinds Context;
    public int Start;
    public int Length;

    /// <summary>Index into <see cref="Lexicon.WordLexicon"/> entries, or -1 when the word is unknown.</summary>
    public int Entry;

    public WordFlags Flags;
    public TokenShape Shape;

    public readonly int End => Start + Length;

    public readonly bool Is(TokenShape shape) => (Shape & shape) == shape;
}
