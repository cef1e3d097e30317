namespace Confidant.Dialog.Understanding;

/// <summary>
/// A deliberately light English stemmer (plurals, <c>-ing</c>, <c>-ed</c>, a final <c>e</c>) so that
/// "cards" meets "card", "freezing" meets "freeze" and "blocked" meets "block". It only has to map
/// the forms of one word to the same term, not produce a dictionary word ("freeze" becomes "freez").
/// British spellings are mapped to American ones (colour, hospitalised, paediatric).
/// </summary>
internal static class LightStemmer
{
    /// <summary>Stems a lower-case, folded word.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !IsAsciiLetters(word))
        {
            return word;
        }

        var w = word.AsSpan();
        if (w.EndsWith("ies") && w.Length > 4)
        {
            return string.Concat(w[..^3], "y");
        }

        if (w.EndsWith("sses"))
        {
            w = w[..^2];
        }
        else if (w.EndsWith("s") && !w.EndsWith("ss") && !w.EndsWith("us") && !w.EndsWith("is"))
        {
            w = w[..^1];
        }

        if (w.EndsWith("ing") && w.Length - 3 >= 3 && HasVowel(w[..^3]))
        {
            w = UndoubleConsonant(w[..^3]);
        }
        else if (w.EndsWith("ed") && w.Length - 2 >= 3 && HasVowel(w[..^2]))
        {
            w = UndoubleConsonant(w[..^2]);
        }

        if (w.Length > 3 && w[^1] == 'e')
        {
            w = w[..^1];
        }

        var stem = w.Length == word.Length ? word : w.ToString();
        return ToAmericanSpelling(stem);
    }

    // British and American spellings meet: colour/color, hospitalised/hospitalized,
    // paediatrician/pediatrician, diarrhoea/diarrhea. Applied to stems, so -ise and -ize forms
    // arrive here as "...is" and "...iz".
    private static string ToAmericanSpelling(string stem)
    {
        if (stem.Length >= 6 && stem.EndsWith("our", StringComparison.Ordinal))
        {
            stem = string.Concat(stem.AsSpan(0, stem.Length - 3), "or");
        }
        else if (stem.Length >= 6 && stem.EndsWith("is", StringComparison.Ordinal))
        {
            stem = string.Concat(stem.AsSpan(0, stem.Length - 2), "iz");
        }

        if (stem.Contains("ae", StringComparison.Ordinal))
        {
            stem = stem.Replace("ae", "e", StringComparison.Ordinal);
        }

        return stem.Contains("rhoea", StringComparison.Ordinal) ? stem.Replace("rhoea", "rhea", StringComparison.Ordinal) : stem;
    }

    // "transferring" -> "transferr" -> "transfer"; but "called" keeps "call", "missed" keeps "miss".
    private static ReadOnlySpan<char> UndoubleConsonant(ReadOnlySpan<char> stem) =>
        stem.Length >= 3 && stem[^1] == stem[^2] && !IsVowel(stem[^1]) && stem[^1] is not ('l' or 's' or 'z')
            ? stem[..^1]
            : stem;

    private static bool HasVowel(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (IsVowel(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsAsciiLetters(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
