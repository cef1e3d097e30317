using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// Names that name no person: pets ("my dog Charlie", "the cat's called Bella"), shops and brands
/// made of two names and '&' ("Ben & Jerry's", "Marks & Spencer"), goods a brand names ("the Paul
/// Smith wallet"), the German "Im Ernst" ("seriously"), and the jobs, firms, car models and towns
/// of PersonNameRecognizer.FirmsJobsPlaces.cs. Found names of these kinds are dropped, or cut to
/// the person, once every other pass has run.
/// </summary>
internal sealed partial class PersonNameRecognizer
{
    private static readonly WordSet Pets = new(
    [
        "dog", "puppy", "pup", "cat", "kitten", "hamster", "rabbit", "bunny", "parrot", "budgie", "horse", "pony", "tortoise",
        "hund", "katze", "perro", "perrita", "perrito", "gato", "gatito", "chien", "chienne", "chiot", "chaton",
    ]);

    /// <summary>Whose a pet is: "my dog Charlie", "mi perro Toby", "notre chien Rex".</summary>
    private static readonly string[] PetOwners =
        ["my", "our", "his", "her", "their", "mi", "mis", "nuestro", "nuestra", "mon", "ma", "notre", "mein", "meine", "meinen", "unser", "unsere"];

    /// <summary>Words that link a pet to its name: "my cat is called Bella", "mi perro se llama Toby".</summary>
    private static readonly string[] PetNameLinks = ["called", "named", "is", "se", "llama", "heißt", "heisst", "appelle", "s"];

    /// <summary>
    /// Brands of two names joined by '&'. A pair counts as a brand when "'s" follows it ("Ben &
    /// Jerry's") or when its first word is no first name ("Marks & Spencer"); "Ben & Jerry are
    /// bringing the kids" are two people.
    /// </summary>
    private static readonly WordSet AmpersandBrands = new(
    [
        "ben & jerry", "marks & spencer", "dolce & gabbana", "abercrombie & fitch", "procter & gamble", "johnson & johnson",
        "barnes & noble", "crabtree & evelyn",
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

            // A job beside the name is cut off, and a firm or an institution named after a person
            // is no person (PersonNameRecognizer.FirmsJobsPlaces.cs).
            if (MayNameAFirmOrJob(text, tokens, first, last) && !KeepsThePerson(text, tokens, ref name, ref first, ref last))
            {
                name = name with { Score = 0 };
                continue;
            }

            if (IsPetName(text, tokens, first) || InAmpersandBrand(text, tokens, first, last)
                || AfterCarMake(text, tokens, first, last) || IsTownAfterStreet(text, tokens, first, last)
                || ((name.Context & ContextKinds.Name) == 0 && IsOwnedThing(text, tokens, first, last))
                || (first == last && TokenText.Is(text, tokens[first], "ernst") && TokenText.IsAt(text, tokens, first - 1, "im")))
            {
                name = name with { Score = 0 };
            }
        }
    }

    /// <summary>
    /// "my dog Charlie", "our kitten, Oscar", "my cat is called Bella", "mi perro se llama Toby":
    /// a pet with its owner's possessive just before the name, in the same sentence ("the dog
    /// Emma walks", "feed the cat Sarah?" and "…the dog. Chris here" are people).
    /// </summary>
    private static bool IsPetName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        var k = first - 1;
        if (k > 0 && (tokens[k].Flags & Lexicon.WordFlags.PersonTitle) != 0)
        {
            // "our cat Mr Whiskers": the title right after the pet, and no "'s" after the name ("my cat
            // is Mrs Patel's favourite patient", "I gave my cat Mrs Patel's leftover tuna").
            var possessive = first + 1 < tokens.Length && TokenText.Is(text, tokens[first + 1], "s")
                && TokenText.Gap(text, tokens[first], tokens[first + 1]) is { Length: 1 } g && TokenText.IsApostrophe(g[0]);
            return !possessive && Pets.Contains(text.Slice(tokens[k - 1].Start, tokens[k - 1].Length))
                && TokenText.IsAnyAt(text, tokens, k - 2, PetOwners) && text[tokens[k - 1].End..tokens[first].Start].IndexOfAny(".!?\n") < 0;
        }

        while (k > 0 && first - k <= 3 && TokenText.IsAnyAt(text, tokens, k, PetNameLinks))
        {
            k--;
        }

        return k > 0 && Pets.Contains(text.Slice(tokens[k].Start, tokens[k].Length)) && TokenText.IsAnyAt(text, tokens, k - 1, PetOwners)
            && text[tokens[k].End..tokens[first].Start].IndexOfAny(".!?\n") < 0;
    }

    /// <summary>Determiners before a brand used as a noun's modifier: "my Mercedes finance", "the Paul Smith wallet".</summary>
    private static readonly string[] Determiners = ["my", "the", "your"];

    /// <summary>
    /// Goods a brand names and a person's name would not: "the Paul Smith wallet", "my Mercedes
    /// finance". Not what is done for a person ("the John Smith order", "a Sarah Jones charge") nor
    /// what a verb could be ("can our Amy order", "did your Sam store the boxes").
    /// </summary>
    private static readonly WordSet OwnedThings = new(
    [
        "finance", "lease", "bag", "wallet", "purse", "dress", "shoes", "jacket", "coat", "perfume", "watch", "jeans",
        "shirt", "boots", "trainers", "handbag", "sunglasses", "jumper", "burger", "crossbody", "lipstick", "fragrance",
    ]);

    /// <summary>
    /// "my Mercedes finance payment", "the Paul Smith wallet", "the Kate Spade bag": a determiner right
    /// before the name and goods right after it with no "'s", where a person's would be "Sophie's shoes".
    /// </summary>
    private static bool IsOwnedThing(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        var next = last + 1;
        return first > 0 && TokenText.IsAny(text, tokens[first - 1], Determiners) && TokenText.Gap(text, tokens[first - 1], tokens[first]) is " "
            && next < tokens.Length && TokenText.Gap(text, tokens[last], tokens[next]) is " "
            && OwnedThings.Contains(text.Slice(tokens[next].Start, tokens[next].Length));
    }

    /// <summary>A one-word name that is half of a brand of two names: "Ben" or "Jerry" in "Ben & Jerry's", "Spencer" in "Marks & Spencer".</summary>
    private static bool InAmpersandBrand(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        if (first != last)
        {
            return false; // "Tom Barnes & Noble Okafor" are two people
        }

        var (left, right) = last + 1 < tokens.Length && TokenText.Gap(text, tokens[last], tokens[last + 1]) is " & " ? (first, last + 1)
            : first > 0 && TokenText.Gap(text, tokens[first - 1], tokens[first]) is " & " ? (first - 1, first)
            : (-1, -1);
        if (left < 0 || !AmpersandBrands.Contains(text[tokens[left].Start..tokens[right].End])
            || (right + 1 < tokens.Length && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[right], tokens[right + 1]))
                && char.IsUpper(text[tokens[right + 1].Start])))
        {
            return false; // "Ask Ben & Jerry Thompson": the pair goes on as a name
        }

        if (text.Slice(tokens[left].Start, tokens[left].Length).Equals(text.Slice(tokens[right].Start, tokens[right].Length), StringComparison.OrdinalIgnoreCase))
        {
            return true; // "Johnson & Johnson": one name twice is no pair of people
        }

        var possessive = right + 1 < tokens.Length && TokenText.IsApostrophe(TokenText.Gap(text, tokens[right], tokens[right + 1])[0])
            && TokenText.Is(text, tokens[right + 1], "s");
        return possessive || (tokens[left].Flags & Lexicon.WordFlags.FirstName) == 0;
    }
}
