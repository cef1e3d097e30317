using Confidant.Detection.Engine;
using Confidant.Detection.Taxonomy;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// What a whole message says about who it is about: people (relatives, children), health, or
/// animals. A number after a first name is a child's age in "Rose is 9, she has a rash" and a
/// stock count in "Colours: Rose, 12."; the name and age recognizers ask these before trusting it.
/// </summary>
internal static class PeopleContext
{
    /// <summary>Words that say a message is about people: relatives, children, a person's pronoun or a child's world.</summary>
    private static readonly WordSet PeopleWords = new(
    [
        .. PersonNameRecognizer.Relatives, .. ChildWords(), "she", "he", "him", "their", "pupil", "student",
    ]);

    /// <summary>Words for relatives and children only, without pronouns: what an age after a name needs.</summary>
    private static readonly WordSet KinWords = new([.. PersonNameRecognizer.Relatives, .. ChildWords()]);

    /// <summary>Animals whose age people give as a child's: "Charlie is 2 years old, he's a labrador".</summary>
    private static readonly WordSet Animals = new(
    [
        "dog", "dogs", "cat", "cats", "puppy", "kitten", "pet", "pets", "labrador", "retriever", "spaniel", "terrier", "poodle",
        "beagle", "cockapoo", "cavapoo", "dachshund", "tabby", "breed", "vet", "vets", "horse", "pony", "rabbit", "hamster",
        "budgie", "parrot", "perro", "gato", "chien", "chat", "hund", "katze",
    ]);

    /// <summary>True when the message speaks of people or of health, and of no animal.</summary>
    public static bool SpeaksOfPeople(ScanContext context) =>
        (HasHealthFinding(context) || HasAny(context, PeopleWords)) && !SpeaksOfAnimals(context);

    /// <summary>True when the message names a relative or a child, or a health finding, and no animal: "my father", "the kids", "has a rash".</summary>
    public static bool SpeaksOfKinOrHealth(ScanContext context) =>
        (HasHealthFinding(context) || HasAny(context, KinWords)) && !SpeaksOfAnimals(context);

    /// <summary>True when the message names an animal ("he's a labrador", "at the vet").</summary>
    public static bool SpeaksOfAnimals(ScanContext context) => HasAny(context, Animals);

    /// <summary>A health finding so far in the scan: "Joy, 4, has had diarrhoea", "Angel is 6 and has a temperature".</summary>
    private static bool HasHealthFinding(ScanContext context)
    {
        foreach (var candidate in context.Candidates)
        {
            var c = candidate.Class;
            if (candidate.Score >= Scores.Pattern && (c == DataClasses.HealthCondition || c == DataClasses.Symptom
                || c == DataClasses.Medication || c == DataClasses.MedicalProcedure))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAny(ScanContext context, WordSet words)
    {
        var text = context.Text;
        foreach (var token in context.Tokens)
        {
            if (words.Contains(text.Slice(token.Start, token.Length)))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] ChildWords() =>
    [
        "kid", "kids", "child", "children", "baby", "babies", "toddler", "twins", "boy", "boys", "girl", "girls", "sons",
        "daughters", "family", "school", "nursery", "uni", "college", "birthday", "niño", "niña", "niños", "enfant",
        "enfants", "kinder", "kindern", "nonna", "nonno", "oma", "opa",
    ];
}
