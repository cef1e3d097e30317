using Confidant.Detection.Lexicon;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// Small helpers to compare tokens with fixed words and to read what separates two tokens; shared
/// by the personal and health recognizers, which only call them after a cheap flag check passed.
/// </summary>
internal static class TokenText
{
    /// <summary>True when <paramref name="token"/> is <paramref name="word"/>, ignoring case.</summary>
    public static bool Is(ReadOnlySpan<char> text, in Token token, string word) =>
        token.Length == word.Length && text.Slice(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="token"/> is one of <paramref name="words"/>, ignoring case.</summary>
    public static bool IsAny(ReadOnlySpan<char> text, in Token token, ReadOnlySpan<string> words)
    {
        var value = text.Slice(token.Start, token.Length);
        foreach (var word in words)
        {
            if (word.Length == value.Length && value.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="token"/> is in <paramref name="words"/>, ignoring case.</summary>
    public static bool IsAny(ReadOnlySpan<char> text, in Token token, WordSet words) =>
        words.Contains(text.Slice(token.Start, token.Length));

    /// <summary>True when the dictionaries know the token as a first name that is no everyday word ("Sarah", not "Will" or "Rose").</summary>
    public static bool IsPlainFirstName(in Token token) =>
        (token.Flags & (WordFlags.FirstName | WordFlags.AmbiguousName)) == WordFlags.FirstName;

    /// <summary>True when the token at <paramref name="index"/> exists and is <paramref name="word"/>.</summary>
    public static bool IsAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, string word) =>
        (uint)index < (uint)tokens.Length && Is(text, tokens[index], word);

    /// <summary>True when the token at <paramref name="index"/> exists and is one of <paramref name="words"/>.</summary>
    public static bool IsAnyAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, ReadOnlySpan<string> words) =>
        (uint)index < (uint)tokens.Length && IsAny(text, tokens[index], words);

    /// <summary>The chars between two consecutive tokens.</summary>
    public static ReadOnlySpan<char> Gap(ReadOnlySpan<char> text, in Token left, in Token right) =>
        text[left.End..right.Start];

    /// <summary>An apostrophe, straight or typographic.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>
    /// True when the gap between two words of one phrase is only spaces, hyphens or apostrophes
    /// (at most <paramref name="max"/> chars), so a phrase never runs across punctuation.
    /// </summary>
    public static bool IsWordJoin(ReadOnlySpan<char> gap, int max = 3)
    {
        if (gap.Length == 0 || gap.Length > max)
        {
            return false;
        }

        foreach (var c in gap)
        {
            if (c is not (' ' or '-') && !IsApostrophe(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when only spaces separate the two tokens (at least one, at most two).</summary>
    public static bool IsSpaceJoin(ReadOnlySpan<char> gap) =>
        gap.Length is 1 or 2 && gap[0] == ' ' && gap[^1] == ' ';

    /// <summary>The value of an all-digit token of at most 9 digits, or -1.</summary>
    public static int DigitValue(ReadOnlySpan<char> text, in Token token)
    {
        if (token.Length > 9 || (token.Shape & TokenShape.AllDigits) == 0)
        {
            return -1;
        }

        var value = 0;
        foreach (var c in text.Slice(token.Start, token.Length))
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
