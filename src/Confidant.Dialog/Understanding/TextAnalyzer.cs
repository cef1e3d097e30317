using System.Globalization;

namespace Confidant.Dialog.Understanding;

/// <summary>
/// Turns a message (the bot view, with placeholders) into the terms the recognizer compares: lower
/// case, accents folded, punctuation dropped, stop words marked (and left out of the terms),
/// lightly stemmed, chat elongation ("heyyy") collapsed. A placeholder
/// such as <c>&lt;SYMPTOM_2&gt;</c> or a vault token such as <c>tok_card_number_…</c> becomes the
/// words of its data class ("symptom"; "card", "number") and its number or random part is dropped,
/// so two messages that differ only in which value was hidden give the same terms. Every number
/// becomes <see cref="NumberTerm"/>. One pass over at most <c>maxChars</c> characters, with words cut
/// at <see cref="MaxRawWordLength"/>: cost is linear in the analysed length whatever the input.
/// </summary>
internal static class TextAnalyzer
{
    /// <summary>The term every number (and word starting with a digit, such as 10am) becomes.</summary>
    public const string NumberTerm = "#";

    /// <summary>Characters of one word that are kept; the rest of a longer word is skipped.</summary>
    public const int MaxRawWordLength = 64;

    private const int MaxPlaceholderLength = 64;

    /// <summary>The terms of <paramref name="text"/> (stop words left out), in order, duplicates kept.</summary>
    public static List<string> Analyze(string? text, int maxChars = int.MaxValue, int maxTerms = int.MaxValue) =>
        [.. Tokenize(text, maxChars, maxTerms).Where(w => !w.IsStopWord).Select(w => w.Term)];

    /// <summary>
    /// The words of <paramref name="text"/>, in order: stop words are kept, marked and unstemmed, so
    /// that a caller can pair neighbours ("my order", "order the").
    /// </summary>
    public static List<AnalyzedWord> Tokenize(string? text, int maxChars = int.MaxValue, int maxTerms = int.MaxValue)
    {
        var terms = new List<AnalyzedWord>();
        if (string.IsNullOrEmpty(text))
        {
            return terms;
        }

        var span = text.AsSpan(0, Math.Min(text.Length, maxChars));
        Span<char> buffer = stackalloc char[MaxRawWordLength];
        var i = 0;
        while (i < span.Length && terms.Count < maxTerms)
        {
            var c = span[i];
            if (c == '<' && TryReadPlaceholder(span, i, out var end, out var className))
            {
                AddClassWords(className, terms, dropLast: false);
                i = end;
                continue;
            }

            if (!IsWordStart(c))
            {
                i++;
                continue;
            }

            var length = 0;
            while (i < span.Length)
            {
                c = span[i];
                if (IsWordChar(c))
                {
                    length = Append(buffer, length, c);
                }
                else if (IsApostrophe(c) && i > 0 && char.IsLetter(span[i - 1]) && i + 1 < span.Length && char.IsLetter(span[i + 1]))
                {
                    length = Append(buffer, length, '\'');
                }
                else if (!IsIgnorable(c))
                {
                    break;
                }

                i++;
            }

            AddWord(buffer[..length], terms);
        }

        if (terms.Count > maxTerms)
        {
            terms.RemoveRange(maxTerms, terms.Count - maxTerms);
        }

        return terms;
    }

    private static void AddWord(ReadOnlySpan<char> raw, List<AnalyzedWord> terms)
    {
        if (raw.IsEmpty)
        {
            return;
        }

        if (raw.StartsWith("tok_"))
        {
            // A vault token: tok_<class words>_<random>. Keep the class, never the random part.
            AddClassWords(raw[4..], terms, dropLast: true);
            return;
        }

        foreach (var range in raw.Split('_'))
        {
            AddPart(raw[range], terms);
        }
    }

    private static void AddPart(ReadOnlySpan<char> part, List<AnalyzedWord> terms)
    {
        var apostrophe = part.IndexOf('\'');
        if (apostrophe >= 0)
        {
            var left = part[..apostrophe];
            var right = part[(apostrophe + 1)..];
            var next = right.IndexOf('\'');
            if (next >= 0)
            {
                right = right[..next];
            }

            // French elision keeps the word after the apostrophe (l'agence, d'hiver, j'ai);
            // an English contraction keeps the word before it (what's, don't, I'd).
            part = IsElision(left) && right.Length >= 2 && right is not ("ll" or "ve" or "re") ? right : left;
        }

        AddTerm(part, terms);
    }

    private static void AddTerm(ReadOnlySpan<char> word, List<AnalyzedWord> terms)
    {
        if (word.IsEmpty)
        {
            return;
        }

        if (char.IsAsciiDigit(word[0]))
        {
            terms.Add(new AnalyzedWord(NumberTerm, false));
            return;
        }

        var text = CollapseElongation(word);
        terms.Add(StopWords.Contains(text) ? new AnalyzedWord(text, true) : new AnalyzedWord(LightStemmer.Stem(text), false));
    }

    private static void AddClassWords(ReadOnlySpan<char> className, List<AnalyzedWord> terms, bool dropLast)
    {
        Span<Range> ranges = stackalloc Range[16];
        Span<char> lower = stackalloc char[Math.Max(MaxPlaceholderLength, MaxRawWordLength)];
        var count = className.Split(ranges, '_', StringSplitOptions.RemoveEmptyEntries);
        if (dropLast && count >= 2)
        {
            count--;
        }

        for (var k = 0; k < count; k++)
        {
            var word = className[ranges[k]];
            if (!word.ContainsAnyExceptInRange('0', '9'))
            {
                continue; // the placeholder's number: <SYMPTOM_1> and <SYMPTOM_7> are the same to us
            }

            var written = word.ToLowerInvariant(lower);
            AddTerm(lower[..written], terms);
        }
    }

    // Chat elongation: a letter written three or more times in a row counts once ("heyyy", "byeee").
    private static string CollapseElongation(ReadOnlySpan<char> word)
    {
        Span<char> collapsed = stackalloc char[word.Length];
        var length = 0;
        for (var k = 0; k < word.Length; k++)
        {
            var run = 1;
            while (k + run < word.Length && word[k + run] == word[k])
            {
                run++;
            }

            var keep = run >= 3 && char.IsLetter(word[k]) ? 1 : run;
            collapsed[length..(length + keep)].Fill(word[k]);
            length += keep;
            k += run - 1;
        }

        return collapsed[..length].ToString();
    }

    // <CLASS_NAME_12>: ASCII letters, digits and '_', at least one letter, at most 64 characters.
    private static bool TryReadPlaceholder(ReadOnlySpan<char> span, int start, out int end, out ReadOnlySpan<char> className)
    {
        end = start;
        className = default;
        var j = start + 1;
        var hasLetter = false;
        while (j < span.Length && j - start <= MaxPlaceholderLength)
        {
            var c = span[j];
            if (c == '>')
            {
                if (!hasLetter)
                {
                    return false;
                }

                className = span[(start + 1)..j];
                end = j + 1;
                return true;
            }

            if (char.IsAsciiLetter(c))
            {
                hasLetter = true;
            }
            else if (!char.IsAsciiDigit(c) && c != '_')
            {
                return false;
            }

            j++;
        }

        return false;
    }

    private static int Append(Span<char> buffer, int length, char c)
    {
        // Fold to lower-case ASCII where the letter has an obvious base (é -> e, ß -> ss, œ -> oe).
        var folded = Fold(c);
        if (folded.IsEmpty)
        {
            if (length < buffer.Length)
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }

            return length;
        }

        foreach (var f in folded)
        {
            if (length < buffer.Length)
            {
                buffer[length++] = f;
            }
        }

        return length;
    }

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    // Zero-width and combining characters inside a word do not split it (fr\u200Beeze, e + U+0301).
    private static bool IsIgnorable(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark;

    private static bool IsElision(ReadOnlySpan<char> left) =>
        left is "l" or "d" or "j" or "m" or "n" or "s" or "t" or "c" or "qu";

    private static ReadOnlySpan<char> Fold(char c)
    {
        if (c < '\u00C0' || c > '\u017F')
        {
            return [];
        }

        if (c <= '\u00FF')
        {
            return c switch
            {
                'Æ' or 'æ' => "ae",
                'Þ' or 'þ' => "th",
                'ß' => "ss",
                '×' or '÷' => [],
                _ => Latin1Base.AsSpan(c - '\u00C0', 1),
            };
        }

        return c switch
        {
            <= '\u0105' => "a",
            <= '\u010D' => "c",
            <= '\u0111' => "d",
            <= '\u011B' => "e",
            <= '\u0123' => "g",
            <= '\u0127' => "h",
            <= '\u0131' => "i",
            <= '\u0133' => "ij",
            <= '\u0135' => "j",
            <= '\u0138' => "k",
            <= '\u0142' => "l",
            <= '\u014B' => "n",
            <= '\u0151' => "o",
            <= '\u0153' => "oe",
            <= '\u0159' => "r",
            <= '\u0161' => "s",
            <= '\u0167' => "t",
            <= '\u0173' => "u",
            <= '\u0175' => "w",
            <= '\u0178' => "y",
            <= '\u017E' => "z",
            _ => "s",
        };
    }

    // Base letters of U+00C0..U+00FF, one per character; '-' marks the ones handled above.
    private const string Latin1Base =
        "aaaaaa-ceeeeiiiidnooooo-ouuuuy--" +
        "aaaaaa-ceeeeiiiidnooooo-ouuuuy-y";
}
