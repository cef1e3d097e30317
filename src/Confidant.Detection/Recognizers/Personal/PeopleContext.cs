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
    internal static readonly WordSet PeopleWords = new(
    [
        .. PersonNameRecognizer.Relatives, .. ChildWords(), "she", "he", "him", "their", "pupil", "student",
    ]);

    /// <summary>The <see cref="PeopleWords"/> that are nouns: a relative, a child, a pupil; not a pronoun a pet is given too.</summary>
    internal static readonly WordSet PeopleNouns = new(
    [
        .. PersonNameRecognizer.Relatives, .. ChildWords(), "pupil", "student",
    ]);

    /// <summary>Animals whose age people give as a child's: "Charlie is 2 years old, he's a labrador".</summary>
    internal static readonly WordSet Animals = new(
    [
        "dog", "dogs", "cat", "cats", "puppy", "kitten", "pet", "pets", "labrador", "retriever", "spaniel", "terrier", "poodle",
        "beagle", "cockapoo", "cavapoo", "dachshund", "tabby", "breed", "vet", "vets", "horse", "pony", "rabbit", "hamster",
        "budgie", "parrot", "perro", "gato", "chien", "chat", "hund", "katze",
    ]);

    /// <summary>True when the message speaks of people or of health, and of no animal.</summary>
    public static bool SpeaksOfPeople(ScanContext context)
    {
        var facts = PeopleFacts.Of(context);
        return (facts.HasHealthFinding(context) || facts.HasPeopleWord(context) || facts.HasPeopleHeader(context)) && !facts.HasAnimal(context);
    }

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
        colon = PeopleFacts.Of(context).ColonBefore(context, j);
        label = colon < 0 ? -1 : context.TokenIndexAt(colon) - 1;
        return colon >= 0;
    }

    private static bool IsPeopleHeader(ScanContext context, int label) =>
        label >= 0 && PeopleHeaders.Contains(context.Text.Slice(context.Tokens[label].Start, context.Tokens[label].Length));

    /// <summary>Headings of a list of people: "Dependants: Isla (11), Finn (9)", "Kids: Amara 10, Kofi 8", "Mitreisende: …".</summary>
    internal static readonly WordSet PeopleHeaders = new(
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
    public static bool SpeaksOfCounts(ScanContext context, int number) =>
        PeopleFacts.Of(context).CountWordUpTo(context, number + 6);

    /// <summary>
    /// Words that make a number after a name a reference or a time rather than an age when they stand
    /// anywhere before it ("Order for Liam Murphy (2)", "The call with Laura Kim is 3"); the words
    /// that count, rank or place things near it are <see cref="SpeaksOfCounts"/>'s.
    /// </summary>
    internal static readonly WordSet ReferenceWords = new(["call", "check", "number", "order"]);

    /// <summary>True when a <see cref="ReferenceWords"/> word stands before token <paramref name="number"/>.</summary>
    public static bool ReferenceBefore(ScanContext context, int number) =>
        PeopleFacts.Of(context).ReferenceWordUpTo(context, number - 1);

    /// <summary>
    /// True when another capitalised word of the line that is no first name has a number the same
    /// way: "Ruby is 6 and Sapphire is 9", "Rowan (3), Willow (4) and Oak (5)" list things, where
    /// "Rose is 9 and Hunter is 5" lists children.
    /// </summary>
    public static bool ListsThings(ScanContext context, int j, int number) =>
        PeopleFacts.Of(context).HasThingPairOtherThan(context, j, number);

    /// <summary>
    /// The number token that capitalised word <paramref name="k"/>, no name and no stop word, has the
    /// way a child has an age ("Ruby is 6", "Rowan (3)", "Oak, 5"), or -1.
    /// </summary>
    internal static int NumberOfThing(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Length || (tokens[k].Shape & TokenShape.Capitalized) == 0
            || (tokens[k].Flags & (WordFlags.FirstName | WordFlags.Surname | WordFlags.StopWord)) != 0)
        {
            return -1;
        }

        var gap = TokenText.Gap(text, tokens[k], tokens[k + 1]);
        var n = gap is " " && TokenText.IsAny(text, tokens[k + 1], ["is", "was"]) ? k + 2 : gap is ", " or " (" ? k + 1 : -1;
        return n > 0 && n < tokens.Length && (tokens[n].Shape & TokenShape.AllDigits) != 0 && tokens[n].Length <= 2
            && (n == k + 1 || TokenText.Gap(text, tokens[n - 1], tokens[n]) is " ") ? n : -1;
    }

    internal static readonly WordSet CountWords = new(
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
    public static bool SpeaksOfAnimals(ScanContext context) => PeopleFacts.Of(context).HasAnimal(context);

    private static string[] ChildWords() =>
    [
        "kid", "kids", "child", "children", "baby", "babies", "toddler", "twins", "boy", "boys", "girl", "girls", "sons",
        "daughters", "family", "school", "nursery", "uni", "college", "birthday", "niño", "niña", "niños", "enfant",
        "enfants", "kinder", "kindern", "nonna", "nonno", "oma", "opa",
    ];
}
