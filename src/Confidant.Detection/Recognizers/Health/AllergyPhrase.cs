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
    /// <summary>The id its findings carry: a block of their own after the dictionary's, which later recognizers search in text order.</summary>
    public const string Id = "health.allergy";

    private static readonly WordSet AllergyWords = new(["allergy", "allergies", "allergic"]);

    /// <summary>What people are allergic to that no medicine list holds.</summary>
    private static readonly WordSet Substances = new(
    [
        "latex", "sulfa", "sulpha", "sulphonamides", "sulfonamides", "iodine", "plasters", "elastoplast", "nickel",
        "peanut", "peanuts", "nut", "nuts", "shellfish", "sesame", "gluten", "egg", "eggs", "soy", "soya", "wheat", "fish",
        "penicillins", "nsaids", "opioids", "opiates", "antibiotics", "bee", "bees", "wasp", "wasps", "pollen",
    ]);

    /// <summary>Substances only after "allergic to" ("allergic to contrast dye"; "in contrast allergy season" is no allergy).</summary>
    private static readonly WordSet SubstancesAfterTo = new(["contrast"]);

    /// <summary>Words that may follow a substance as part of its name: "fish oil", "contrast dye", "sulfa drugs", "bee stings".</summary>
    private static readonly WordSet SubstanceTails = new(["oil", "sauce", "dye", "drugs", "stings", "products", "nuts"]);

    /// <summary>
    /// What may follow "codeine allergy": the clause ends or goes on ("and a latex allergy", "please
    /// note it", "after a rash"); not a product ("cetirizine allergy tablets", "Zyrtec allergy 10 mg",
    /// "Benadryl allergy relief") nor a form's next field ("atorvastatin Allergies: none").
    /// </summary>
    private static readonly WordSet AfterAllergy = new(
    [
        "and", "or", "but", "so", "which", "that", "please", "since", "after", "as", "is", "was", "has", "too", "also", "noted",
        "on", "in", "from", "causes", "caused", "with", "label", "listed", "recorded", "documented", "y", "et", "und",
    ]);

    /// <summary>More words that may follow a substance ending its clause: "allergic to latex if anyone…", "… when".</summary>
    private static readonly WordSet AfterSubstance = new(["if", "when", "because", "for", "at", "now"]);

    /// <summary>The stem every allergy word shares, searched for with the runtime's vectorised string search.</summary>
    private static readonly System.Buffers.SearchValues<string> AllergyStem =
        System.Buffers.SearchValues.Create(["llerg"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(",.;!?()\n-");

    /// <summary>Adds the allergy phrases of the text, after the health dictionary's candidates from <paramref name="firstCandidate"/>.</summary>
    public static void Find(ScanContext context, int firstCandidate)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        // The dictionary's candidates, in text order; the phrases added here come after them.
        var dictionary = CandidateBlock.Between(firstCandidate, context.CandidateCount);
        for (var from = 0; from < text.Length;)
        {
            var found = text[from..].IndexOfAny(AllergyStem);
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

            // "allergic to codeine", "allergic to latex", "allergic to tree nuts": spaces only between the words.
            if (TokenText.Is(text, tokens[t], "allergic") && TokenText.IsAt(text, tokens, t + 1, "to"))
            {
                var end = t + 2 < tokens.Length && TokenText.Gap(text, tokens[t], tokens[t + 1]) is " "
                    && TokenText.Gap(text, tokens[t + 1], tokens[t + 2]) is " "
                    ? ObjectEnd(context, dictionary, t + 2) : -1;
                if (end > 0)
                {
                    context.Add(DataClasses.HealthCondition, tokens[t].Start, end, Scores.PatternWithContext, Id,
                        context: Lexicon.ContextKinds.Medical);
                }

                continue; // "on sertraline allergic to nothing": the word before is no allergen
            }

            // "codeine allergy", "penicillin allergic", "latex allergy", where the clause ends or goes on after it.
            if (t > 0 && TokenText.Gap(text, tokens[t - 1], tokens[t]) is " " && EndsAfter(text, tokens, t))
            {
                var start = ObjectStart(context, dictionary, t - 1);
                if (start >= 0)
                {
                    Weaken(context, dictionary, tokens[t].Start, tokens[t].End);
                    context.Add(DataClasses.HealthCondition, start, tokens[t].End, Scores.PatternWithContext, Id,
                        context: Lexicon.ContextKinds.Medical);
                }
            }
        }
    }

    /// <summary>What follows the allergy word at <paramref name="t"/> ends or continues the clause (not ':', a product's noun or a dose).</summary>
    private static bool EndsAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t)
    {
        if (t + 1 >= tokens.Length)
        {
            return !text[tokens[t].End..].TrimStart(' ').StartsWith(':');
        }

        var gap = TokenText.Gap(text, tokens[t], tokens[t + 1]);
        return !gap.Contains(':') && (gap.ContainsAny(ClauseEnds) || TokenText.IsAny(text, tokens[t + 1], AfterAllergy));
    }

    /// <summary>The end of what token <paramref name="k"/> names as a medicine or a substance (its candidate weakened), or -1.</summary>
    private static int ObjectEnd(ScanContext context, CandidateBlock dictionary, int k)
    {
        var tokens = context.Tokens;
        var medicine = MedicineAt(context, dictionary, tokens[k].Start);
        if (medicine >= 0)
        {
            var end = context.Candidates[medicine].End;
            Weaken(context, medicine);
            return end;
        }

        var text = context.Text;
        if (TokenText.Is(text, tokens[k], "tree") && TokenText.IsAt(text, tokens, k + 1, "nuts"))
        {
            return tokens[k + 1].End;
        }

        if (!TokenText.IsAny(text, tokens[k], Substances) && !TokenText.IsAny(text, tokens[k], SubstancesAfterTo))
        {
            return -1;
        }

        // "fish oil", "contrast dye", "bee stings" read as one; "fish puns" is no substance.
        if (k + 1 < tokens.Length && TokenText.Gap(text, tokens[k], tokens[k + 1]) is " ")
        {
            if (TokenText.IsAny(text, tokens[k + 1], SubstanceTails))
            {
                return tokens[k + 1].End;
            }

            if (!TokenText.IsAny(text, tokens[k + 1], AfterAllergy) && !TokenText.IsAny(text, tokens[k + 1], AfterSubstance))
            {
                return -1;
            }
        }

        return tokens[k].End;
    }

    /// <summary>The start of the medicine or substance that ends at token <paramref name="k"/> (its candidate weakened), or -1.</summary>
    private static int ObjectStart(ScanContext context, CandidateBlock dictionary, int k)
    {
        var tokens = context.Tokens;
        var candidates = context.CandidatesToResolve;
        for (var c = dictionary.FirstEndingAfter(context, tokens[k].Start); c < dictionary.End; c++)
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
    private static int MedicineAt(ScanContext context, CandidateBlock dictionary, int start)
    {
        var candidates = context.Candidates;
        for (var c = dictionary.FirstEndingAfter(context, start); c < dictionary.End && candidates[c].Start <= start; c++)
        {
            if (candidates[c].Start == start && ReferenceEquals(candidates[c].Class, DataClasses.Medication))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The dictionary's candidates inside [start, end) (the bare "allergy") give way to the phrase.</summary>
    private static void Weaken(ScanContext context, CandidateBlock dictionary, int start, int end)
    {
        var candidates = context.CandidatesToResolve;
        for (var c = dictionary.FirstEndingAfter(context, start); c < dictionary.End && candidates[c].Start < end; c++)
        {
            if (candidates[c].Start >= start && candidates[c].End <= end)
            {
                Weaken(context, c);
            }
        }
    }

    private static void Weaken(ScanContext context, int c)
    {
        ref var candidate = ref context.CandidatesToResolve[c];
        candidate = candidate with { Score = Scores.Weak };
    }
}
