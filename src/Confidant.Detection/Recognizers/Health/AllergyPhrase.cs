using Confidant.Detection.Engine;
using Confidant.Detection.Recognizers.Personal;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>
/// An allergy to something named: "allergic to codeine", "a codeine allergy", "penicillin
/// allergic", "allergic to latex", "peanut allergy". The whole phrase is the condition (what a
/// patient's record holds), not the medicine inside it: "allergic to aspirin" says nothing of
/// taking aspirin. "no known drug allergies", "the allergy clinic" and "allergic to your customer
/// service" name nothing.
/// </summary>
internal static class AllergyPhrase
{
    private static readonly WordSet AllergyWords = new(["allergy", "allergies", "allergic"]);

    /// <summary>What people are allergic to that no medicine list holds.</summary>
    private static readonly WordSet Substances = new(
    [
        "latex", "sulfa", "sulpha", "sulphonamides", "sulfonamides", "iodine", "contrast", "plasters", "elastoplast", "nickel",
        "peanut", "peanuts", "nut", "nuts", "shellfish", "sesame", "gluten", "egg", "eggs", "soy", "soya", "wheat", "fish",
        "penicillins", "nsaids", "opioids", "opiates", "antibiotics", "bee", "bees", "wasp", "wasps", "pollen",
    ]);

    /// <summary>Adds the allergy phrases of the text, after the health dictionary's candidates from <paramref name="firstCandidate"/>.</summary>
    public static void Find(ScanContext context, int firstCandidate, string recognizerId)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var last = context.CandidateCount; // candidates added here come after: the search below stays in text order
        for (var from = 0; from < text.Length;)
        {
            var found = text[from..].IndexOf("llerg", StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return;
            }

            var t = context.TokenIndexAt(from + found);
            from += found + 5;
            if (t >= tokens.Length || !TokenText.IsAny(text, tokens[t], AllergyWords))
            {
                continue;
            }

            // "allergic to codeine", "allergic to latex", "allergic to tree nuts".
            if (TokenText.Is(text, tokens[t], "allergic") && TokenText.IsAt(text, tokens, t + 1, "to") && t + 2 < tokens.Length)
            {
                var end = ObjectEnd(context, firstCandidate, last, t + 2, weaken: true);
                if (end > 0)
                {
                    context.Add(DataClasses.HealthCondition, tokens[t].Start, end, Scores.PatternWithContext, recognizerId,
                        context: Lexicon.ContextKinds.Medical);
                    continue;
                }
            }

            // "codeine allergy", "penicillin allergic", "latex allergy".
            if (t > 0 && TokenText.Gap(text, tokens[t - 1], tokens[t]) is " ")
            {
                var start = ObjectStart(context, firstCandidate, last, t - 1);
                if (start >= 0)
                {
                    Weaken(context, firstCandidate, last, tokens[t].Start, tokens[t].End);
                    context.Add(DataClasses.HealthCondition, start, tokens[t].End, Scores.PatternWithContext, recognizerId,
                        context: Lexicon.ContextKinds.Medical);
                }
            }
        }
    }

    /// <summary>The end of what token <paramref name="k"/> names as a medicine or a substance (its candidate weakened), or -1.</summary>
    private static int ObjectEnd(ScanContext context, int first, int last, int k, bool weaken)
    {
        var tokens = context.Tokens;
        var medicine = MedicineAt(context, first, last, tokens[k].Start);
        if (medicine >= 0)
        {
            var end = context.Candidates[medicine].End;
            if (weaken)
            {
                Weaken(context, medicine);
            }

            return end;
        }

        var text = context.Text;
        if (TokenText.IsAny(text, tokens[k], Substances))
        {
            // "bee stings", "tree nuts" are read as one substance.
            return TokenText.IsAt(text, tokens, k + 1, "stings") ? tokens[k + 1].End : tokens[k].End;
        }

        return TokenText.Is(text, tokens[k], "tree") && TokenText.IsAt(text, tokens, k + 1, "nuts") ? tokens[k + 1].End : -1;
    }

    /// <summary>The start of the medicine or substance that ends at token <paramref name="k"/> (its candidate weakened), or -1.</summary>
    private static int ObjectStart(ScanContext context, int first, int last, int k)
    {
        var tokens = context.Tokens;
        var candidates = context.CandidatesToResolve;
        for (var c = FirstEndingAfter(context, first, last, tokens[k].Start); c < last; c++)
        {
            if (candidates[c].End == tokens[k].End && ReferenceEquals(candidates[c].Class, DataClasses.Medication))
            {
                var start = candidates[c].Start;
                Weaken(context, c);
                return start;
            }

            if (candidates[c].Start > tokens[k].End)
            {
                break;
            }
        }

        return TokenText.IsAny(context.Text, tokens[k], Substances) ? tokens[k].Start : -1;
    }

    /// <summary>Index of the dictionary's medicine candidate starting at <paramref name="start"/>, or -1.</summary>
    private static int MedicineAt(ScanContext context, int first, int last, int start)
    {
        var candidates = context.Candidates;
        for (var c = FirstEndingAfter(context, first, last, start); c < last && candidates[c].Start <= start; c++)
        {
            if (candidates[c].Start == start && ReferenceEquals(candidates[c].Class, DataClasses.Medication))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The dictionary's candidates inside [start, end) (the bare "allergy") give way to the phrase.</summary>
    private static void Weaken(ScanContext context, int first, int last, int start, int end)
    {
        var candidates = context.CandidatesToResolve;
        for (var c = FirstEndingAfter(context, first, last, start); c < last && candidates[c].Start < end; c++)
        {
            if (candidates[c].Start >= start && candidates[c].End <= end)
            {
                Weaken(context, c);
            }
        }
    }

    /// <summary>
    /// Index of the first of the dictionary's candidates [first, last) that ends after
    /// <paramref name="position"/>, by binary search: they lie in text order, and a long document
    /// with many allergies stays linear-logarithmic.
    /// </summary>
    private static int FirstEndingAfter(ScanContext context, int first, int last, int position) =>
        CandidateBlock.Between(first, last).FirstEndingAfter(context, position);

    private static void Weaken(ScanContext context, int c)
    {
        ref var candidate = ref context.CandidatesToResolve[c];
        candidate = candidate with { Score = Scores.Weak };
    }
}
