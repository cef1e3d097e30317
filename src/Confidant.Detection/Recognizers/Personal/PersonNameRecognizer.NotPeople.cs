using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
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

            // "Aoife Byrne Practice Manager", "Sarah Holt Health Visitor": the person before the job;
            // "Director Jane Smith": the person after it; "Area Director", "Caldwell Pryor
            // Solicitors", "Edith Cowan University", "Hope Health": no person at all.
            var titleEnd = -1;
            var cut = -1;
            var suspect = MayNameAFirmOrJob(text, tokens, first, last);
            if (suspect)
            {
                cut = JobTitleAt(text, tokens, first, last, out titleEnd);
            }

            if (suspect && cut < 0)
            {
                cut = InstitutionAt(text, tokens, first, last, out var firm);
                if (cut >= 0 && (firm || cut == first || !AnyKnown(tokens, first, cut - 1)))
                {
                    name = name with { Score = 0 };
                    continue;
                }
            }

            if (cut > first && AnyKnown(tokens, first, cut - 1))
            {
                name = name with { End = tokens[cut - 1].End };
                last = cut - 1;
            }
            else if (cut == first && titleEnd < last && AnyKnown(tokens, titleEnd + 1, last))
            {
                first = titleEnd + 1;
                name = name with { Start = tokens[first].Start };
            }
            else if (cut >= 0)
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
    /// Jobs: "Regards, Dan Smith Director", "Yours faithfully, Area Director". A name ends before
    /// one and the words that qualify it ("Practice Manager", "Company Secretary", "Senior Analyst").
    /// </summary>
    private static readonly string[] JobWordsList =
    [
        "director", "manager", "officer", "coordinator", "administrator", "assistant", "supervisor", "adviser", "advisor", "executive",
        "analyst", "associate", "secretary", "receptionist", "technician", "representative", "specialist", "directora",
        "gerente", "directeur", "directrice", "geschäftsführer", "geschäftsführerin", "sachbearbeiter", "sachbearbeiterin",
        "visitor", "worker", "leader", "broker", "clerk", "tutor", "nurse", "negotiator", "accountant", "instructor", "owner",
        "consultant", "surveyor", "engineer", "planner", "practitioner", "therapist", "pharmacist", "dentist", "hygienist",
        "optometrist", "physiotherapist", "midwife", "paramedic", "carer", "teacher", "lead",
    ];

    private static readonly WordSet JobWords = new(JobWordsList);

    /// <summary>Words that qualify a job before it: "Senior Analyst", "Finance Director", "Practice Manager".</summary>
    private static readonly string[] JobQualifiersList =
    [
        "senior", "junior", "chief", "head", "lead", "principal", "deputy", "managing", "finance", "financial", "marketing",
        "regional", "area", "account", "accounts", "customer", "client", "practice", "office", "operations", "technical",
        "commercial", "legal", "company", "project", "product", "programme", "program", "sales", "hr", "it", "general",
        "executive", "personal", "medical", "clinical", "nursing", "care", "service", "services", "support", "branch",
    ];

    private static readonly WordSet JobQualifiers = new(JobQualifiersList);

    /// <summary>Institutions named before their name, in Spanish, French and German: "Clínica San José", "Farmacia Santa Ana", "Klinik Sankt Georg".</summary>
    private static readonly string[] InstitutionsBeforeList =
    [
        "clínica", "clinica", "clinique", "klinik", "farmacia", "pharmacie", "apotheke", "hospital", "hôpital", "krankenhaus",
        "praxis", "centro", "cabinet", "colegio", "escuela", "école", "lycée", "collège", "universidad", "université",
        "universität", "residencia", "maison", "fundación", "fondation", "stiftung", "hotel", "hôtel", "instituto", "institut",
    ];

    private static readonly WordSet InstitutionsBefore = new(InstitutionsBeforeList);

    /// <summary>Words that end a firm's or an institution's name whatever follows: "Caldwell Pryor Solicitors is authorised…".</summary>
    private static readonly string[] FirmEndingsList =
    [
        "solicitors", "architects", "accountants", "associates", "partners", "holdings", "group", "ltd", "llp", "llc", "inc",
        "plc", "gmbh", "limited", "scholarship", "foundation", "university", "college", "academy", "school", "hospital",
        "infirmary", "clinic", "council", "institute", "ministry", "agency", "hospice", "pharmacy", "surgery",
        "clinique", "klinik", "clínica",
    ];

    private static readonly WordSet FirmEndings = new(FirmEndingsList);

    /// <summary>
    /// Teams, places and kinds of firm or institution, never part of a person's name: "School Nurse
    /// Team", "Edith Cowan University", "Hamilton City Council", "MS Office". Words that are also
    /// family names (Sales, Billing, Herren, Board, Trust) are not among them.
    /// </summary>
    private static readonly string[] InstitutionWordsList =
    [
        "team", "department", "dept", "services", "service", "support", "office", "desk", "helpdesk", "staff", "committee",
        "company", "reception", "admissions", "administration", "operations", "payroll", "management", "unit", "centre",
        "center", "council", "ministry", "agency", "clinic", "hospital", "pharmacy", "surgery", "practice", "school",
        "academy", "university", "college", "institute", "solicitors", "architects", "accountants", "associates", "partners",
        "holdings", "group", "ltd", "llp", "llc", "inc", "plc", "gmbh", "limited", "scholarship", "foundation", "medical",
        "dental", "vet", "vets", "veterinary", "health", "healthcare", "homes", "estates", "properties", "lettings", "insurance",
        "motors", "garage", "solutions", "consulting", "travel", "logistics", "fitness", "salon", "spa", "finance", "bank",
        "infirmary", "clinique", "klinik", "clínica", "suite", "room", "hospice", "club", "union", "fete", "parade",
    ];

    private static readonly WordSet InstitutionWords = new(InstitutionWordsList);

    /// <summary>Every word of the lists above, and "wing": most names hold none, and are checked with one lookup a word.</summary>
    private static readonly WordSet NotPersonWords =
        new([.. JobWordsList, .. JobQualifiersList, .. InstitutionWordsList, .. FirmEndingsList, .. InstitutionsBeforeList, "wing"]);

    /// <summary>Car makes: the name after one is a model ("Skoda Octavia", "Renault Clio", "Nissan Leaf").</summary>
    private static readonly WordSet CarMakes = new(
    [
        "skoda", "škoda", "renault", "peugeot", "citroen", "citroën", "toyota", "nissan", "mazda", "hyundai", "vauxhall",
        "opel", "volkswagen", "vw", "fiat", "dacia", "mitsubishi", "subaru", "volvo", "audi", "bmw", "lexus", "chevrolet", "tesla",
    ]);

    /// <summary>
    /// Where a job title starts in the name (a job word and the qualifiers before it, "Practice
    /// Manager", "Health Visitor"), and in <paramref name="titleEnd"/> its last word; -1 when the
    /// name holds no job word.
    /// </summary>
    private static int JobTitleAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last, out int titleEnd)
    {
        titleEnd = -1;
        for (var k = first; k <= last; k++)
        {
            if (IsCapitalisedIn(text, tokens[k], JobWords))
            {
                titleEnd = k;
                while (titleEnd < last && IsCapitalisedIn(text, tokens[titleEnd + 1], JobWords))
                {
                    titleEnd++; // "Managing Director" ends at the last job word
                }

                while (k > first && (tokens[k - 1].Flags & Known) == 0
                    && (IsCapitalisedIn(text, tokens[k - 1], JobQualifiers) || IsCapitalisedIn(text, tokens[k - 1], InstitutionWords)))
                {
                    k--;
                }

                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the name, or the capitalised words right after it, name a team, an institution or a
    /// kind of firm: "Edith Cowan University", "Provider: Hope Health", "GP: Ivy Grove Surgery";
    /// -1 when they do not. <paramref name="firm"/> says the words are a firm's or an
    /// institution's name (the word ends the capitalised run: "… Solicitors", "… Infirmary"),
    /// not a word in a sentence after a person ("Hi Ben Unit 4 door is broken", "Dear Mrs Jones
    /// Medical records attached").
    /// </summary>
    private static int InstitutionAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last, out bool firm)
    {
        firm = false;
        var end = last;
        while (end + 1 < tokens.Length && end - last < 3 && TokenText.Gap(text, tokens[end], tokens[end + 1]) is " "
            && IsUpperStart(text, tokens[end + 1]) && (tokens[end + 1].Shape & TokenShape.HasDigit) == 0)
        {
            end++; // the capitalised words after the name: "Ivy [Grove Surgery]"
        }

        var person = PersonBefore(text, tokens, first);
        if (!person && first > 0 && TokenText.Gap(text, tokens[first - 1], tokens[first]) is " "
            && (IsCapitalisedIn(text, tokens[first - 1], InstitutionsBefore) || IsCapitalisedIn(text, tokens[first - 1], FirmEndings)))
        {
            firm = true; // "Clínica San José", "Farmacia Santa Ana", "Hospital Virgen del Rocío"
            return first;
        }

        for (var k = first; k <= end; k++)
        {
            // "Mary Seacole Wing", "Rowan Wing": a building's wing only as the last of two words
            // or more without a person's cue ("Wing Yee Lam", "Dear Mr Wing", "Lorna Wing" stay).
            if (TokenText.Is(text, tokens[k], "wing") && (tokens[k].Shape & TokenShape.Capitalized) != 0)
            {
                if (k == last && !person && (tokens[first].Flags & WordFlags.FirstName) != 0 && k - first >= 2
                    && !text[tokens[k].End..].TrimStart(' ').StartsWith("<"))
                {
                    firm = true;
                    return k;
                }

                continue;
            }

            if (!IsCapitalisedIn(text, tokens[k], InstitutionWords))
            {
                continue;
            }

            // A firm's word ends a run of capitalised words; before a lower-case word or a number
            // it starts a sentence after the person ("Ben Unit 4 door…"); a job after it makes it a
            // job title ("Sarah Holt Health Visitor"); and a title, greeting, sign-off or person's
            // label before the name makes it a person's ("Mrs Gillian Bank", "Hi Tom Council tax
            // went up", "Regards, Jane Smith Brightside Dental").
            var next = k + 1 < tokens.Length && TokenText.Gap(text, tokens[k], tokens[k + 1]) is " " ? tokens[k + 1] : default;
            var inSentence = next.Length > 0 && (char.IsLower(text[next.Start]) || (next.Shape & TokenShape.HasDigit) != 0);
            if (next.Length > 0 && IsCapitalisedIn(text, next, JobWords))
            {
                return k <= last ? k : -1;
            }

            firm = !person && (!inSentence || IsCapitalisedIn(text, tokens[k], FirmEndings));
            return firm || k <= last ? Math.Min(k, last + 1) : -1;
        }

        return -1;
    }

    /// <summary>What comes before the name says it is a person: a title, a greeting, a sign-off or a person's label ("Patient:").</summary>
    private static bool PersonBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        if (first == 0)
        {
            return false;
        }

        var before = tokens[first - 1];
        return (before.Flags & WordFlags.PersonTitle) != 0 || TokenText.IsAny(text, before, Greetings) || TokenText.IsAny(text, before, SignOffs)
            || TokenText.IsAny(text, before, ["ok", "thanks", "thank", "ta", "cheers", "dear", "hiya", "regards"])
            || (TokenText.IsAny(text, before, PersonOnlyLabels) && TokenText.Gap(text, before, tokens[first]).Contains(':'));
    }

    private static bool IsCapitalisedIn(ReadOnlySpan<char> text, in Token token, WordSet words) =>
        (token.Shape & TokenShape.Capitalized) != 0 && words.Contains(text.Slice(token.Start, token.Length));

    private static bool AnyKnown(ReadOnlySpan<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if ((tokens[k].Flags & Known) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a capitalised word of the name, the word before it or one of the three capitalised
    /// words after it is on one of the lists of jobs, institutions and firms: one lookup a word.
    /// </summary>
    private static bool MayNameAFirmOrJob(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        var from = first > 0 && TokenText.Gap(text, tokens[first - 1], tokens[first]) is " " ? first - 1 : first;
        for (var k = from; k < tokens.Length && k <= last + 3; k++)
        {
            if (k > last && (TokenText.Gap(text, tokens[k - 1], tokens[k]) is not " " || !IsUpperStart(text, tokens[k])))
            {
                break;
            }

            if (IsCapitalisedIn(text, tokens[k], NotPersonWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalised car make right before the name: "Vehicle: Skoda Octavia", "my Renault Clio".</summary>
    private static bool AfterCarMake(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last) =>
        first == last && first > 0 && (tokens[first - 1].Shape & TokenShape.Capitalized) != 0
        && TokenText.Gap(text, tokens[first - 1], tokens[first]) is " "
        && CarMakes.Contains(text.Slice(tokens[first - 1].Start, tokens[first - 1].Length)) && EndsLikeAThing(text, tokens, last, punctuation: true)
        && !(first > 1 && TokenText.Gap(text, tokens[first - 2], tokens[first - 1]).Contains(':')
            && (TokenText.IsAny(text, tokens[first - 2], ["from", "to", "cc", "sender", "agent", "advisor", "adviser", "contact"])
                || TokenText.IsAny(text, tokens[first - 2], Labels))); // "From: Toyota Amy", a dealer's agent

    /// <summary>
    /// What may follow a model or a town: the end of the text or line, a word with digits or in
    /// capitals ("Clio 1.2", "Octavia TDI", "Hamilton WA3 1AB") or "please" ("Hamilton please"),
    /// and after a model punctuation too ("Octavia, silver"); not a verb as after a person
    /// ("Toyota Sarah said", "Mill Lane, Emma will sign", "9 Station Road, Jess. Thanks").
    /// </summary>
    private static bool EndsLikeAThing(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last, bool punctuation)
    {
        if (last + 1 >= tokens.Length)
        {
            return true;
        }

        var next = tokens[last + 1];
        var gap = TokenText.Gap(text, tokens[last], next);
        if (gap.Length == 1 && TokenText.IsApostrophe(gap[0]))
        {
            return false; // "9 Mill Lane, Sarah's house"
        }

        return (punctuation ? !TokenText.IsSpaceJoin(gap) : gap.Contains('\n'))
            || (next.Shape & (TokenShape.HasDigit | TokenShape.AllUpper)) != 0
            || TokenText.IsAny(text, next, ["please", "pls", "plz"]);
    }

    /// <summary>
    /// One word after a numbered street and a comma is its town: "4 Kowhai Close, Hamilton", "12
    /// Mill Lane, Leigh WN7 1AB" (not "Hi Glen, Amy here", "Name: Hill, Margaret", "12 Mill Lane,
    /// Emma will sign for it").
    /// </summary>
    private static bool IsTownAfterStreet(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        if (first != last || first < 3 || (tokens[first - 1].Flags & WordFlags.StreetSuffix) == 0
            || (tokens[first - 1].Shape & TokenShape.Capitalized) == 0 || TokenText.Gap(text, tokens[first - 1], tokens[first]) is not ", "
            || !EndsLikeAThing(text, tokens, last, punctuation: false))
        {
            return false;
        }

        // A word that is only a first name is the person addressed ("It's 9 Station Road, Jess.")
        // unless a postcode follows it ("12 Mill Lane, Leigh WN7 1AB").
        if ((tokens[first].Flags & (WordFlags.FirstName | WordFlags.Surname)) == WordFlags.FirstName
            && !(last + 1 < tokens.Length && (tokens[last + 1].Shape & (TokenShape.HasDigit | TokenShape.AllUpper)) != 0))
        {
            return false;
        }

        // A house number one or two words before the suffix: "4 Kowhai Close", "12 Mill Lane".
        return (tokens[first - 3].Shape & TokenShape.AllDigits) != 0
            || (first >= 4 && (tokens[first - 4].Shape & TokenShape.AllDigits) != 0 && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[first - 3], tokens[first - 2])));
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
