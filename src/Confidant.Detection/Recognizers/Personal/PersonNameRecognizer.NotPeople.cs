using Confidant.Detection.Engine;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// Names that name no person: pets ("my dog Charlie", "the cat's called Bella"), shops and brands
/// made of two names and '&' ("Ben & Jerry's", "Marks & Spencer"), and the German "Im Ernst"
/// ("seriously"). Found names of these kinds are dropped once every other pass has run.
/// </summary>
internal sealed partial class PersonNameRecognizer
{
    private static readonly WordSet Pets = new(
    [
        "dog", "dogs", "puppy", "pup", "cat", "cats", "kitten", "kitty", "hamster", "rabbit", "bunny", "parrot", "budgie",
        "horse", "pony", "tortoise", "pet", "hund", "katze", "perro", "perrito", "gato", "gatito", "chien", "chat", "chiot",
    ]);

    /// <summary>Brands of two names joined by '&': one name of the pair is no one.</summary>
    private static readonly WordSet AmpersandBrands = new(
    [
        "ben & jerry", "marks & spencer", "dolce & gabbana", "abercrombie & fitch", "procter & gamble", "johnson & johnson",
        "barnes & noble", "crabtree & evelyn", "mark & spencer", "marks & sparks",
    ]);

    private void DropNotPeople(ScanContext context, int firstCandidate)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var candidates = context.CandidatesToResolve;
        for (var c = firstCandidate; c < context.CandidateCount; c++)
        {
            ref var name = ref candidates[c];
            if (name.Class != DataClasses.PersonName || name.RecognizerId != Id || name.Score <= 0)
            {
                continue;
            }

            var first = context.TokenIndexAt(name.Start);
            var last = context.TokenIndexAt(name.End - 1);
            if (first >= tokens.Length || tokens[first].Start != name.Start)
            {
                continue;
            }

            if (IsPetName(text, tokens, first) || InAmpersandBrand(text, tokens, first, last)
                || (first == last && TokenText.Is(text, tokens[first], "ernst") && TokenText.IsAt(text, tokens, first - 1, "im")))
            {
                name = name with { Score = 0 };
            }
        }
    }

    /// <summary>"my dog Charlie", "our kitten Oscar", "the cat's called Bella", "mi perro Toby".</summary>
    private static bool IsPetName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        var k = first - 1;
        if (TokenText.IsAnyAt(text, tokens, k, ["called", "named", "is", "s", "se", "llama", "heißt", "appelle"]))
        {
            k--;
            if (TokenText.IsAt(text, tokens, k, "s"))
            {
                k--; // "the cat's called Bella"
            }
        }

        return k >= 0 && Pets.Contains(text.Slice(tokens[k].Start, tokens[k].Length));
    }

    /// <summary>"Ben" or "Jerry" in "Ben & Jerry's", "Spencer" in "Marks & Spencer".</summary>
    private static bool InAmpersandBrand(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        if (last + 1 < tokens.Length && TokenText.Gap(text, tokens[last], tokens[last + 1]) is " & ")
        {
            return AmpersandBrands.Contains(text[tokens[last].Start..tokens[last + 1].End])
                || AmpersandBrands.Contains(text[tokens[first].Start..tokens[last + 1].End]);
        }

        if (first > 0 && TokenText.Gap(text, tokens[first - 1], tokens[first]) is " & ")
        {
            return AmpersandBrands.Contains(text[tokens[first - 1].Start..tokens[first].End]);
        }

        return false;
    }
}
