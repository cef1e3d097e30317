namespace Confidant.Detection.Lexicon;

/// <summary>
/// Takes the accents off Latin letters ("Siobhán" to "siobhan", "Åsa" to "asa", "Ștefan" to
/// "stefan"), so a word the dictionaries list only without its accents is still found when a
/// customer types them, as names often are. A letter folds to the ASCII letter its canonical
/// Unicode decomposition starts with; letters that do not decompose ('ø', 'ß', 'æ', 'ł', 'đ')
/// stay as they are. The table is written out rather than computed with string.Normalize, which
/// does not decompose when the process runs with invariant globalization.
/// </summary>
internal static class AccentFolding
{
    // U+00C0 to U+017F, eight chars a group; '.' where a char does not fold.
    private const string Latin1AndExtendedA =
        "aaaaaa.c" + "eeeeiiii" + ".nooooo." + ".uuuuy.." + "aaaaaa.c" + "eeeeiiii" + ".nooooo." + ".uuuuy.y"
        + "aaaaaacc" + "ccccccdd" + "..eeeeee" + "eeeegggg" + "gggghh.." + "iiiiiiii" + "i...jjkk" + ".llllll."
        + "...nnnnn" + "n...oooo" + "oo..rrrr" + "rrssssss" + "sstttt.." + "uuuuuuuu" + "uuuuwwyy" + "yzzzzzz.";

    private const char TableStart = '\u00C0';

    /// <summary>Pinyin vowels with a caron or diaeresis, U+01CD to U+01DC.</summary>
    private const string PinyinVowels = "aaiioouuuuuuuuuu";

    /// <summary>The lower-case ASCII letter <paramref name="c"/> folds to, or '\0'.</summary>
    public static char Fold(char c)
    {
        char fold = c switch
        {
            >= TableStart and < (char)(TableStart + 192) => Latin1AndExtendedA[c - TableStart],
            >= '\u01CD' and <= '\u01DC' => PinyinVowels[c - '\u01CD'],
            '\u0218' or '\u0219' => 's', // Romanian s and t with a comma below
            '\u021A' or '\u021B' => 't',
            _ => '\0',
        };
        return fold == '.' ? '\0' : fold;
    }

    /// <summary>
    /// Writes <paramref name="word"/> without accents, lower-cased, into <paramref name="output"/>
    /// (at least as long); false when it has no accented letter, so there is nothing to look up again.
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> word, Span<char> output)
    {
        var folded = false;
        for (var i = 0; i < word.Length; i++)
        {
            var fold = word[i] < TableStart ? '\0' : Fold(word[i]);
            folded |= fold != '\0';
            output[i] = fold != '\0' ? fold : WordHash.Lower(word[i]);
        }

        return folded;
    }
}
