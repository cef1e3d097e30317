using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Personal;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>
/// A medicine the dictionaries do not know, told by its dose: a word no dictionary knows right
/// before an amount in a unit only medicines are measured in ("furosemida 40 mg",
/// "dapagliflozina 10 mg", "enoxaparine 4000 UI", "Depo-Medrone 120 mg", "Adcal-D3 1 tab BD",
/// "sacubitrilo/valsartán 24/26 mg", a misspelt "amoxicilin 500mg"). Brands and other languages'
/// names of medicines are more than any list holds; a dose says what the word is. The span is the
/// name without the dose. Ordinary words before a dose ("take 40 mg", "about 2 tablets") are
/// dictionary words and are left.
/// </summary>
internal sealed class DosedMedicationRecognizer : IRecognizer
{
    /// <summary>Units of medicine doses (lower case): not grams or millilitres, which food and drink are sold in.</summary>
    private static readonly WordSet Units = new(
        ["mg", "mcg", "µg", "ug", "microgram", "micrograms", "milligram", "milligrams", "iu", "ui", "tablet", "tablets", "capsule", "capsules"]);

    /// <summary>
    /// Counts that are a dose only with how often ("2 puffs BD", "1 tab daily"): a browser has 40
    /// tabs open and a vape lasts 600 puffs.
    /// </summary>
    private static readonly WordSet CountUnits = new(["tab", "tabs", "puff", "puffs", "caps"]);

    /// <summary>How often a dose is taken: "BD", "TDS", "PRN", "daily", "twice".</summary>
    private static readonly WordSet Frequencies = new(
        ["od", "bd", "bid", "tds", "tid", "qds", "qid", "prn", "daily", "nocte", "mane", "twice", "once", "a", "per", "every", "each", "at"]);

    /// <summary>Words of order and amount that stand before a dose and are no medicine: "200 mg then 100 mg", "danach 20 mg".</summary>
    private static readonly WordSet NotNames = new(
    [
        "then", "plus", "and", "also", "daily", "total", "approx", "about", "around", "max", "maximum", "minimum", "dose", "doses",
        "dosage", "initially", "increase", "increased", "reduce", "reduced", "twice", "once", "extra", "another", "danach", "dann",
        "dosis", "insgesamt", "puis", "ensuite", "luego", "después", "despues", "más", "mas",
        // what food labels and drinks measure in milligrams
        "sodium", "caffeine", "cholesterol", "protein", "carbs", "sugars", "fibre", "fiber",
    ]);

    /// <summary>Shortest name taken: "ASS" (German aspirin) and other two- or three-letter words are too often something else.</summary>
    private const int MinNameLength = 4;

    /// <summary>Most words of a name joined by '-' or '/' ("sacubitrilo/valsartán", "Depo-Medrone").</summary>
    private const int MaxNameParts = 3;

    public string Id => "health.dosed-medication";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.Medication];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount == 0)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        foreach (var digit in context.DigitTokens)
        {
            // Most numbers are followed by something else than a unit: one char, read from the
            // digit-token list without touching the token array, turns them away.
            if (!UnitMayFollow(text, digit))
            {
                continue;
            }

            var i = digit.Index;
            if (i == 0 || !IsDose(text, tokens, i))
            {
                continue;
            }

            // The amount may be "2,5", "2.5" or "24/26": its first number is where the name ends.
            var first = i;
            while (first > 0 && tokens[first - 1].Is(TokenShape.AllDigits) && TokenText.Gap(text, tokens[first - 1], tokens[first]) is "." or "," or "/")
            {
                first--;
            }

            if (first == 0 || TokenText.Gap(text, tokens[first - 1], tokens[first]) is not " ")
            {
                continue;
            }

            var last = first - 1;
            var start = last;
            while (start > 0 && last - start + 1 < MaxNameParts && TokenText.Gap(text, tokens[start - 1], tokens[start]) is "-" or "/")
            {
                start--;
            }

            if (!IsName(text, tokens, start, last)
                || (start > 0 && TokenText.Gap(text, tokens[start - 1], tokens[start]) is " " && IsAmount(text, tokens, start - 1)))
            {
                continue; // "30 mg plus 20 mg": a second dose of the medicine before
            }

            // A brand of two capitalised words, the first maybe a medicine of the dictionary's: "Trelegy Ellipta 1 puff".
            while (start > 0 && last - start + 1 < MaxNameParts && tokens[start].Is(TokenShape.Capitalized)
                && TokenText.Gap(text, tokens[start - 1], tokens[start]) is " "
                && (IsName(text, tokens, start - 1, start - 1) || (tokens[start - 1].Flags & WordFlags.HealthTerm) != 0)
                && tokens[start - 1].Is(TokenShape.Capitalized) && !tokens[start - 1].Is(TokenShape.AllUpper))
            {
                start--;
            }

            context.Add(DataClasses.Medication, tokens[start].Start, tokens[last].End, Scores.PatternWithContext, Id,
                context: ContextKinds.Medical);
        }
    }

    /// <summary>A number or a dose unit: what stands before a second dose, not a medicine's name.</summary>
    private static bool IsAmount(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k) =>
        tokens[k].Is(TokenShape.HasDigit) || TokenText.IsAny(text, tokens[k], Units);

    /// <summary>
    /// The char where a unit would start after the number of <paramref name="digit"/> (after a
    /// space, or glued to it) is one a unit starts with; the token starts with a digit.
    /// </summary>
    private static bool UnitMayFollow(ReadOnlySpan<char> text, in DigitToken digit)
    {
        var p = digit.Start;
        if (!char.IsAsciiDigit(text[p]))
        {
            return false; // "A1", "D3": the number of a name, not an amount
        }

        if (digit.Is(TokenShape.AllDigits))
        {
            p = digit.End;
            if (p + 1 >= text.Length || text[p] != ' ')
            {
                return false; // "2,5 mg": the last number of the amount is asked
            }

            p++;
        }
        else
        {
            while (p < digit.End && char.IsAsciiDigit(text[p]))
            {
                p++;
            }
        }

        return StartsAUnit(text[p..]);
    }

    /// <summary>
    /// Whether <paramref name="word"/> starts as one of the units do ("mg", "mcg", "mic", "mil", "µg",
    /// "ug", "ui", "iu", "ta", "ca", "pu"): most words after a number ("pm", "items", "minutes",
    /// "people", "times") fail on their first two or three chars, before any lookup.
    /// </summary>
    private static bool StartsAUnit(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        var first = (char)(word[0] | 0x20);
        var second = (char)(word[1] | 0x20);
        return first switch
        {
            'm' => second is 'g' or 'c' || (second == 'i' && word.Length > 2 && (word[2] | 0x20) is 'l' or 'c'),
            'u' => second is 'g' or 'i',
            'i' => second == 'u',
            't' or 'c' => second == 'a',
            'p' => second == 'u',
            _ => word[0] == 'µ' && second == 'g',
        };
    }

    /// <summary>The digit token at <paramref name="i"/> is an amount followed by a dose unit ("40 mg", "40mg", "1 tab").</summary>
    private static bool IsDose(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        if (!token.Is(TokenShape.AllDigits))
        {
            // "40mg": the unit glued to the number.
            var digits = 0;
            while (digits < token.Length && char.IsAsciiDigit(text[token.Start + digits]))
            {
                digits++;
            }

            return digits > 0 && MayBeUnit(text.Slice(token.Start + digits, token.Length - digits)) && Units.Contains(text.Slice(token.Start + digits, token.Length - digits)) && !IsConcentration(text, token.End);
        }

        if (i + 1 >= tokens.Length || TokenText.Gap(text, token, tokens[i + 1]) is not (" " or "")
            || !MayBeUnit(text.Slice(tokens[i + 1].Start, tokens[i + 1].Length)))
        {
            return false;
        }

        return (TokenText.IsAny(text, tokens[i + 1], Units) && !IsConcentration(text, tokens[i + 1].End))
            || (TokenText.IsAny(text, tokens[i + 1], CountUnits) && i + 2 < tokens.Length && TokenText.IsAny(text, tokens[i + 2], Frequencies));
    }

    /// <summary>
    /// Whether <paramref name="word"/> can be one of the units at all, tested before any lookup: most
    /// numbers in chat are followed by other words ("order 12345 was", "3pm"), and a dose's unit
    /// starts with one of a few letters and is short.
    /// </summary>
    private static bool MayBeUnit(ReadOnlySpan<char> word) => word.Length <= 11 && StartsAUnit(word);

    /// <summary>"185 mg/dL", "5.2 mmol/L", "mg/100 ml": a laboratory value, not a dose.</summary>
    private static bool IsConcentration(ReadOnlySpan<char> text, int unitEnd) =>
        unitEnd + 1 < text.Length && text[unitEnd] == '/' && char.ToLowerInvariant(text[unitEnd + 1]) is 'd' or 'l' or '1';

    /// <summary>
    /// Tokens <paramref name="start"/>..<paramref name="last"/> are a name no dictionary knows (a
    /// given name or family name may also be a brand's: "Yasmin"): letters, the first of at least
    /// <see cref="MinNameLength"/>, no unit, no word of order or amount ("then", "plus"), and no
    /// everyday, context or health word the lexicon knows.
    /// </summary>
    private static bool IsName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int last)
    {
        if (TokenText.IsAny(text, tokens[last], Units) || TokenText.IsAny(text, tokens[last], CountUnits) || TokenText.IsAny(text, tokens[start], NotNames) || tokens[start].Length < MinNameLength || !tokens[start].Is(TokenShape.HasLetter) || tokens[start].Is(TokenShape.HasDigit))
        {
            return false;
        }

        for (var k = start; k <= last; k++)
        {
            var token = tokens[k];
            var nameOnly = (token.Flags & ~(WordFlags.FirstName | WordFlags.Surname | WordFlags.AmbiguousName)) == 0
                && (token.Flags & WordFlags.AmbiguousName) == 0 && token.Context == ContextKinds.None;
            if (token.Entry >= 0 && !nameOnly)
            {
                return false;
            }
        }

        return true;
    }
}
