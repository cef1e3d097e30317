using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

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

    /// <summary>Animals whose age people give as a child's: "Charlie is 2 years old, he's a labrador".</summary>
    private static readonly WordSet Animals = new(
    [
        "dog", "dogs", "cat", "cats", "puppy", "kitten", "pet", "pets", "labrador", "retriever", "spaniel", "terrier", "poodle",
        "beagle", "cockapoo", "cavapoo", "dachshund", "tabby", "breed", "vet", "vets", "horse", "pony", "rabbit", "hamster",
        "budgie", "parrot", "perro", "gato", "chien", "chat", "hund", "katze",
    ]);

    /// <summary>True when the message speaks of people or of health, and of no animal.</summary>
    public static bool SpeaksOfPeople(ScanContext context) =>
        (HasHealthFinding(context) || HasAny(context, PeopleWords) || HasAny(context, PeopleHeaders)) && !SpeaksOfAnimals(context);

    /// <summary>
    /// True when the name starting at token <paramref name="j"/> is an item of a list a colon opened
    /// earlier on its line ("Bedtimes for the kids: Leo is 7, Mia is 8", "flower bunches: Poppy, 6.")
    /// rather than the value of a person's field ("Patient: Ava Smith, 9"), or follows a preposition
    /// or an article ("Both kids are in Rose, 9.", "The Jasmine is 5"): a number after it counts, ranks
    /// or prices a thing.
    /// </summary>
    public static bool InListOrAfterPreposition(ScanContext context, int j)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        if (TokenText.IsAnyAt(text, tokens, j - 1, ["in", "at", "on", "from", "into", "the", "a", "an", "our", "your", "this", "that"]))
        {
            return true;
        }

        if (!ColonBefore(context, j, out var colon, out var label))
        {
            return false;
        }

        // A list headed by people: "Dependants: Isla (11), Finn (9), Ruairi (2)".
        if (IsPeopleHeader(context, label))
        {
            return false;
        }

        // The colon right before the name ends a person's field: "Patient: Ava Smith, 9".
        if (!text[(colon + 1)..tokens[j].Start].IsWhiteSpace())
        {
            return true;
        }

        return label < 0 || (tokens[label].Context & ContextKinds.Name) == 0;
    }

    /// <summary>True when token <paramref name="j"/> is on a line whose list a people word heads with a colon ("Kids: …").</summary>
    public static bool HeadedByPeople(ScanContext context, int j) =>
        ColonBefore(context, j, out _, out var label) && IsPeopleHeader(context, label);

    /// <summary>
    /// The last ':' before token <paramref name="j"/> on its line (its index in the text) and the
    /// token before it, the list's label (-1 when none); false when the line has no ':' before it.
    /// </summary>
    private static bool ColonBefore(ScanContext context, int j, out int colon, out int label)
    {
        var text = context.Text;
        var start = context.Tokens[j].Start;
        var lineStart = text[..start].LastIndexOf('\n') + 1;
        colon = text[lineStart..start].LastIndexOf(':');
        label = -1;
        if (colon < 0)
        {
            return false;
        }

        colon += lineStart;
        label = context.TokenIndexAt(colon) - 1;
        return true;
    }

    private static bool IsPeopleHeader(ScanContext context, int label) =>
        label >= 0 && PeopleHeaders.Contains(context.Text.Slice(context.Tokens[label].Start, context.Tokens[label].Length));

    /// <summary>Headings of a list of people: "Dependants: Isla (11), Finn (9)", "Kids: Amara 10, Kofi 8", "Mitreisende: …".</summary>
    private static readonly WordSet PeopleHeaders = new(
    [
        "dependants", "dependents", "passengers", "children", "kids", "travellers", "travelers", "occupants",
        "attendees", "participants", "applicants", "beneficiaries", "pasajeros", "niños", "hijos", "viajeros", "enfants",
        "passagers", "voyageurs", "kinder", "mitreisende", "reisende", "passagiere", "teilnehmer",
    ]);

    /// <summary>
    /// True when a word of the message counts, ranks, prices or places things, or names a thing that
    /// has a number ("Seat for Olivia Brown is 12", "Harry Kane, 9, can you print it on his shirt?",
    /// "My son's car Ruby is 12 years old"): a number after a name there is seldom an age.
    /// </summary>
    public static bool SpeaksOfCounts(ScanContext context, int number)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        for (var k = 0; k < tokens.Length && k <= number + 6; k++)
        {
            if (CountWords.Contains(text.Slice(tokens[k].Start, tokens[k].Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when another capitalised word of the line that is no first name has a number the same
    /// way: "Ruby is 6 and Sapphire is 9", "Rowan (3), Willow (4) and Oak (5)" list things, where
    /// "Rose is 9 and Hunter is 5" lists children.
    /// </summary>
    public static bool ListsThings(ScanContext context, int j, int number)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        for (var k = 0; k + 1 < tokens.Length; k++)
        {
            if (k == j || (tokens[k].Shape & TokenShape.Capitalized) == 0
                || (tokens[k].Flags & (WordFlags.FirstName | WordFlags.Surname | WordFlags.StopWord)) != 0)
            {
                continue;
            }

            var gap = TokenText.Gap(text, tokens[k], tokens[k + 1]);
            var n = gap is " " && TokenText.IsAny(text, tokens[k + 1], ["is", "was"]) ? k + 2 : gap is ", " or " (" ? k + 1 : -1;
            if (n > 0 && n < tokens.Length && n != number && (tokens[n].Shape & TokenShape.AllDigits) != 0 && tokens[n].Length <= 2
                && (n == k + 1 || TokenText.Gap(text, tokens[n - 1], tokens[n]) is " "))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet CountWords = new(
    [
        "guests", "party", "table", "tables", "tickets", "ticket", "seats", "seat", "rooms", "room", "nights", "pax", "people",
        "persons", "adults", "items", "qty", "quantity", "bags", "pieces", "copies", "units", "reservation", "booking", "reserva",
        "réservation", "gate", "queue", "locker", "size", "sizes", "rating", "ratings", "score", "scores", "votes", "position",
        "positions", "slot", "slots", "contestant", "attendees", "winners", "refunds", "basket", "unread", "player", "players",
        "waist", "flat", "flats", "shirt", "shirts", "jersey", "kit", "appointment", "lane", "lanes", "results", "dial",
        "channel", "channels", "race", "races", "bunches", "tins", "bedtime", "bedtimes", "pickup", "sprint", "scale",
        "toppers", "figures", "place", "placed", "scored", "finished", "ranked", "vacuum", "hoover", "car",
        "print", "printed", "medal", "racket", "match", "goals", "1st", "2nd", "3rd", "class", "groups", "group", "wreath",
    ]);

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
