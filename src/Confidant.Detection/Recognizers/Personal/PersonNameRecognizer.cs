using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// Finds person names from the name dictionaries and what stands around them: a title ("Dr.
/// Amina Okafor"), an announcement ("my name is", "me llamo", "je m'appelle", "ich heiße",
/// "account holder:"), an introduction ("I'm", "this is", "X here"), a greeting or sign-off
/// ("Hi Maria", "Thanks, John", "- Maria" at the end), or a known first name followed by another
/// capitalised word. Names that are also everyday words ("Will", "Grace", "May") need one of those
/// signs. Only tokens the lexicon marked (first name, title, name word) cost more than a flag test.
/// </summary>
internal sealed partial class PersonNameRecognizer : IRecognizer
{
    private const int MaxWords = 4;
    private const WordFlags Known = WordFlags.FirstName | WordFlags.Surname;

    /// <summary>First names that are also ordinary words, months or places: never reported alone.</summary>
    private const WordFlags Unsure = WordFlags.AmbiguousName | WordFlags.StopWord | WordFlags.Month | WordFlags.UsState
        | WordFlags.StreetSuffix | WordFlags.Direction | WordFlags.UnitDesignator;

    /// <summary>Words that are never part of a name (street, state, month...).</summary>
    private const WordFlags NotName = WordFlags.StreetSuffix | WordFlags.Month | WordFlags.UsState | WordFlags.UnitDesignator;

    private static readonly WordSet Particles = new(
        ["de", "la", "del", "della", "dela", "van", "der", "von", "da", "di", "du", "le", "dos", "das", "den", "ter", "bin", "ibn", "al", "el", "zu", "y", "ó", "mc"]);

    /// <summary>
    /// Words that, first in the words read as a name, make them a team, an office or a group greeted
    /// together, not a person: "Dear Billing Department", "Kind regards, Support Team", "Hi Customer
    /// Services", "Dear Parents", "Dear Resident".
    /// </summary>
    private static readonly WordSet OrganisationWords = new(
    [
        "team", "department", "dept", "services", "service", "support", "billing", "customer", "customers", "procurement",
        "sales", "accounts", "accounting", "office", "management", "staff", "committee", "colleagues", "desk", "helpdesk",
        "reception", "admissions", "administration", "operations", "finance", "payroll", "claims", "company", "inc", "ltd",
        "llc", "gmbh", "plc", "sir", "sirs", "madam", "all", "everyone", "hr", "parents", "parent", "supporter", "supporters",
        "families", "residents", "patients", "members", "guests", "friends", "neighbours", "neighbors", "resident", "neighbour",
        "neighbor", "carers", "carer", "member", "guest", "patient",
        "equipo", "servicio", "atención", "departamento", "équipe", "equipe", "kundenservice", "kundendienst", "abteilung",
        "damen", "herren", "recursos", "ressources", "banco", "banque", "oficina", "boulangerie", "pharmacie", "farmacia",
        "tienda", "magasin", "librería", "librairie", "société", "societe", "entreprise", "empresa", "firma", "cabinet",
        "garage", "agence", "agencia", "compagnie", "compañía",
    ]);

    /// <summary>
    /// Words that, ending the words read as a name or right after them, make them a team or a
    /// company ("Maria's Team", "Kundenservice", "Kestrel Marine Supplies Ltd", "Dear Chase Bank",
    /// "Rose Pharmacy"), even when the first word is also a first name (the rare "Sarah Bank" is given up).
    /// </summary>
    private static readonly WordSet TeamWords = new(
    [
        "team", "department", "dept", "services", "service", "office", "desk", "helpdesk", "committee", "staff",
        "support", "resources",
        "equipo", "departamento", "équipe", "equipe", "kundenservice", "kundendienst", "abteilung",
        "ltd", "limited", "inc", "llc", "gmbh", "plc", "corp", "corporation", "pty", "holdings", "bank", "group", "partners",
        "associates", "solutions", "consulting", "boutique", "centre", "center", "clinic", "hospital", "pharmacy",
        "holidays", "tours", "motors",
        "humanos", "humaines", "clientes", "clients", "kunden", "banco", "banque",
        // company forms of other countries ("Dupont SARL", "Meier AG"); not "SA", French "sa" (his, her)
        "sarl", "sàrl", "sas", "srl", "spa", "ag", "kg", "ohg", "gbr", "bv", "nv",
    ]);

    /// <summary>Brands named after people: "Calvin Klein", "Ted Baker" are no one the customer knows.</summary>
    private static readonly WordSet BrandNames = new(
    [
        "calvin klein", "ted baker", "ralph lauren", "tommy hilfiger", "michael kors", "hugo boss", "jo malone",
        "estée lauder", "estee lauder", "charlotte tilbury", "bobbi brown", "vera wang", "marc jacobs", "jimmy choo",
        "steve madden", "kenneth cole", "anne klein", "stella mccartney", "karen millen", "kurt geiger", "betty crocker",
        "johnnie walker", "jim beam", "louis vuitton", "giorgio armani", "christian dior", "coco chanel", "yves saint",
        "tory burch", "jack wills", "harry potter", "peter pan", "ronald mcdonald", "kelly kettle", "santa claus",
        "santa monica", "san martín", "san martin", "san francisco", "san diego", "san jose", "santa barbara", "santa cruz",
        "san josé", "são paulo", "sao paulo", "san antonio", "santa fe", "santa ana", "san juan", "san sebastián",
        "san sebastian", "santa clara", "santa rosa", "st helens", "saint helens", "st louis", "saint louis", "st albans",
        "tim hortons", "yves rocher", "jack daniel", "jean paul gaultier", "paco rabanne", "oscar de la renta", "john deere",
    ]);

    /// <summary>
    /// People the customer deals with, named after their role: "my carer Sunny", "the nurse, Grace,",
    /// "our neighbour Mrs Adebayo".
    /// </summary>
    internal static readonly string[] Roles =
    [
        "carer", "caregiver", "nurse", "receptionist", "agent", "advisor", "adviser", "neighbour", "neighbor", "colleague",
        "landlord", "landlady", "flatmate", "roommate", "housemate", "therapist", "midwife", "physio", "physiotherapist",
        "pharmacist", "dentist", "caseworker", "counsellor", "counselor", "lodger", "tenant", "boss", "assistant", "friend",
        "keyworker", "teacher", "tutor", "manager", "supervisor", "hairdresser", "stylist", "cleaner", "nanny", "childminder",
        "babysitter", "housekeeper",
    ];

    /// <summary>Words after a person's name: "Sunny will be bringing me", "Will at the front desk", "Bill but".</summary>
    private static readonly string[] PersonFollowers =
        ["at", "again", "from", "in", "on", "will", "is", "was", "has", "had", "said", "says", "told", "but", "and", "who", "about", "today", "yesterday"];

    /// <summary>True when punctuation, the end, a surname or a word that follows a person comes after token <paramref name="j"/>.</summary>
    private static bool FollowsAsPerson(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j)
    {
        if (j + 1 >= tokens.Length)
        {
            return true;
        }

        var gap = TokenText.Gap(text, tokens[j], tokens[j + 1]);
        if (gap is not " ")
        {
            return gap.TrimStart(' ').Length > 0 && gap.TrimStart(' ')[0] is ',' or '.' or '!' or '?' or ';' or ':' or '(' or '-';
        }

        return (IsUpperStart(text, tokens[j + 1]) && (tokens[j + 1].Flags & WordFlags.Surname) != 0
                && !TokenText.IsAny(text, tokens[j + 1], ["green", "gold", "silver", "grey", "gray", "pink", "black", "white", "brown", "navy", "red", "blue", "rose"]) // "Olive Green" paint
                && !TokenText.IsAny(text, tokens[j + 1], TeamWords) && !TokenText.IsAny(text, tokens[j + 1], OrganisationWords))
            || TokenText.IsAny(text, tokens[j + 1], PersonFollowers);
    }

    /// <summary>"the nurse, Dawn I think, said": a role's name set off by a comma before it and "I think," after it.</summary>
    private static bool SetOffWithIThink(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j) =>
        j > 0 && TokenText.Gap(text, tokens[j - 1], tokens[j]) is ", "
        && TokenText.IsAt(text, tokens, j + 1, "i") && TokenText.IsAnyAt(text, tokens, j + 2, ["think", "believe", "guess", "reckon"])
        && j + 3 < tokens.Length && TokenText.Gap(text, tokens[j + 2], tokens[j + 3]).StartsWith(",");

    /// <summary>"speak to Frank", "ask for Will", "goes by Bill": a verb and its preposition before a name.</summary>
    internal static readonly string[] AddressVerbs = ["speak", "speaking", "spoke", "talk", "talked", "talking", "ask", "asked", "goes"];

    private static readonly string[] Possessives =
    [
        "my", "his", "her", "your", "their", "our", "full", "first", "last", "maiden", "legal", "real", "s", "sur",
        "mein", "meine", "mi", "mon", "ma", "su", "son", "sa", "sein", "seine", "ihr", "ihre", "nuestro", "mijn", "mio", "meu",
    ];

    private static readonly string[] NameLinks = ["is", "was", "es", "est", "ist", "lautet", "è", "é"];

    internal static readonly string[] Greetings =
    [
        "hi", "hello", "hey", "hiya", "dear", "morning", "afternoon", "evening", "hola", "bonjour", "salut", "hallo", "moin",
    ];

    /// <summary>First words of greetings of more than one word ("good morning", "buenos días", "guten Tag", "bonne soirée").</summary>
    private static readonly string[] GreetingOpeners = ["good", "buenos", "buenas", "guten", "bon", "bonne"];

    internal static readonly string[] SignOffs =
    [
        "signed", "sincerely", "faithfully", "truly", "respectfully", "regards", "wishes", "thanks", "thx", "ty", "cheers",
        "gracias", "saludos", "saludo", "abrazo", "abrazos", "atentamente", "cordialmente",
        "merci", "cordialement", "amicalement", "bises",
        "danke", "dank", "grüße", "gruesse", "gruß", "grüßen", "gruessen", "mfg",
    ];

    /// <summary>
    /// Form fields for part of a name: "Surname: Okafor", "Vorname: Lukas", "Prénom : Jean-Baptiste",
    /// "my surname is Nguyen". They announce a name as "name" does.
    /// </summary>
    internal static readonly string[] NamePartFields =
    [
        "surname", "forename", "firstname", "lastname", "fullname", "vorname", "nachname", "familienname", "prénom", "prenom",
        "apellido", "apellidos",
    ];

    internal static readonly string[] Relatives =
    [
        "father", "mother", "husband", "wife", "son", "daughter", "brother", "sister", "mom", "mum", "dad", "partner",
        "grandmother", "grandfather", "grandma", "grandpa", "gran", "granny", "nan", "nana", "grandad", "granddad",
        "grandson", "granddaughter", "aunt", "auntie", "uncle", "niece", "nephew", "cousin", "stepson", "stepdaughter",
        "stepmother", "stepfather", "fiancé", "fiancée", "fiance", "fiancee", "boyfriend", "girlfriend",
        "mutter", "vater", "mann", "sohn", "tochter", "bruder", "schwester", "oma", "opa", "enkel", "enkelin", "onkel",
        "tante", "neffe", "nichte", "mère", "père", "mari", "femme", "fils", "fille", "frère", "sœur", "soeur", "neveu",
        "nièce", "oncle", "cousine", "madre", "padre", "marido", "esposa", "esposo", "hijo", "hija", "hermano", "hermana",
        "abuela", "abuelo", "tía", "tío", "nieto", "nieta", "sobrino", "sobrina",
    ];

    /// <summary>"my father X", "meine Mutter X", "ma fille X", "mi madre X".</summary>
    private static readonly string[] RelativePossessives =
        ["my", "our", "his", "her", "their", "mein", "meine", "meinen", "meinem", "meiner", "unser", "unsere", "mon", "ma", "notre", "mi", "nuestra", "nuestro"];

    /// <summary>Labels whose field holds a person or a place: "Provider: Priya Venkatesan" or "Provider: Hope Hospice".</summary>
    private static readonly string[] PersonOrPlaceLabels =
        [
            "member", "attending", "provider", "surgeon", "physician", "doctor", "consultant", "gp", "vet", "clinician", "referrer",
            "sonographer", "radiographer", "radiologist", "podiatrist", "chiropodist", "physiotherapist", "pharmacist", "midwife",
            "paramedic", "optometrist", "dietitian", "dietician", "psychologist", "psychiatrist",
        ];

    /// <summary>
    /// Form fields that hold a person's name, or a person's or a place's (<see
    /// cref="PersonOrPlaceLabels"/>). Followed by a colon ("Client: Pita Tupou"), they announce one;
    /// "holder" and "cardholder" also without it ("the card holder is X"). They are name context
    /// words too (PersonalVocabulary).
    /// </summary>
    internal static readonly string[] Labels =
    [
        "holder", "cardholder", "beneficiary", "payee", "recipient", "patient", "titular", "titulaire", "inhaber",
        "contact", "client", "customer", "employee", "applicant", "insured", "claimant", "policyholder", "subscriber",
        "attorney", "donor", "collector", "guardian", "tenant", "landlord", "driver", "witness", "spouse",
        "paciente", "cliente", "destinatario", "beneficiario", "destinataire", "bénéficiaire", "empfänger", "kontoinhaber",
        "kunde", "kundin", "passenger", "traveller", "traveler", "guest", "sender", "pasajero", "passager", "reisender", "huésped",
        "signature", .. PersonOrPlaceLabels,
    ];

    /// <summary>Labels that hold a person and nothing else.</summary>
    private static readonly string[] PersonOnlyLabels = ["holder", "cardholder", "patient", "titular", "titulaire", "inhaber"];

    /// <summary>Second words of places named after a first name: "Grace Nursing Home", "Heather View", "Holly Tree".</summary>
    private static readonly string[] PlaceNouns =
        ["home", "homes", "care", "nursing", "view", "tree", "house", "cottage", "farm", "hall", "manor", "garden", "gardens", "lodge"];

    /// <summary>Words that join clauses: after a name announced in lower case, they end it.</summary>
    private static readonly string[] Conjunctions = ["and", "but", "et", "mais", "y", "pero", "und", "aber"];

    /// <summary>Nationalities: "I'm German", "je suis français" introduce no one.</summary>
    private static readonly WordSet Demonyms = new(
    [
        "german", "french", "spanish", "english", "british", "irish", "scottish", "welsh", "american", "canadian",
        "australian", "indian", "italian", "polish", "dutch", "portuguese", "brazilian", "mexican", "chinese", "japanese",
        "korean", "vietnamese", "turkish", "greek", "russian", "ukrainian", "swedish", "norwegian", "danish", "finnish",
        "swiss", "austrian", "belgian", "nigerian", "kenyan", "pakistani", "filipino", "egyptian", "moroccan", "romanian",
        "hungarian", "czech", "colombian", "argentinian", "chilean", "peruvian", "cuban", "jamaican", "ghanaian",
        "español", "española", "francés", "francesa", "alemán", "alemana", "inglés", "inglesa", "français", "française",
        "allemand", "allemande", "espagnol", "espagnole", "anglais", "anglaise", "deutscher", "deutsche", "franzose",
        "französin", "spanier", "spanierin", "engländer", "engländerin",
    ]);

    /// <summary>What a form holds when it has no name: "Mother's maiden name: none".</summary>
    private static readonly WordSet Placeholders = new(
    [
        "none", "unknown", "null", "tbc", "tba", "same", "pending", "redacted", "test", "blank", "empty", "required", "n/a",
        "sin", "ninguno", "ninguna", "obligatorio", "non", "aucun", "aucune", "néant", "obligatoire", "bitte", "keine", "kein",
        "leer", "erforderlich",
        // what a card or an account shows where a name could be: "the name on the account reads Business Premium"
        "nothing", "business", "joint", "contactless", "premium", "personal",
    ]);

    /// <summary>
    /// What is said of a name rather than the name: "my name is wrong and…", "my surname is
    /// hyphenated", "mi nombre es largo y…", "je m'appelle pas comme ça". No name starts with them.
    /// </summary>
    private static readonly WordSet NameStates = new(
    [
        "wrong", "right", "correct", "incorrect", "different", "missing", "required", "hyphenated", "spelled", "spelt",
        "misspelled", "misspelt", "long", "short", "blank", "empty", "invalid", "printed", "written", "shown", "showing",
        "displayed", "listed", "truncated", "changed", "already", "just", "actually", "really", "definitely", "literally",
        "pas", "faux", "différent", "requis", "largo", "corto", "incorrecto", "mal", "distinto", "falsch", "anders", "lang", "kurz", "nicht",
        "compuesto", "compuesta", "complicado", "complicada", "composé", "composée", "compliqué", "compliquée", "doppelt",
    ]);

    /// <summary>Sign-offs added for Spanish and French that also open sentences ("Un saludo desde Sevilla"): a comma or a line break must follow them.</summary>
    private static readonly string[] SignOffsBeforeComma = ["saludo", "abrazo", "abrazos", "atentamente", "cordialmente", "amicalement", "bises"];

    /// <summary>What people call their relatives: "Thanks, Mum", "Bises, Maman", "Un abrazo, Abuela" sign as no one by name.</summary>
    private static readonly WordSet KinNames = new(
    [
        "mum", "mom", "mummy", "mommy", "mam", "dad", "daddy", "mother", "father", "grandma", "grandpa", "granny", "gran",
        "grandad", "nan", "nanna", "maman", "papa", "papy", "mamie", "mamá", "mama", "papá", "abuela", "abuelo", "abuelita",
        "abuelito", "mutti", "vati", "oma", "opa", "sis", "bro", "hermana", "hermano", "tía", "tío", "tante", "onkel",
    ]);

    /// <summary>Words that follow a greeting or sign-off but are not names ("thanks again", "cheers mate").</summary>
    private static readonly WordSet Fillers = new(
    [
        "sent",
        "again", "lot", "lots", "much", "everyone", "everybody", "all", "team", "guys", "mate", "folks", "bye", "man",
        "buddy", "bro", "love", "x", "xx", "xoxo", "advance", "heaps", "ahead", "anyway", "though", "tho", "lol",
        "pal", "sir", "madam", "thx", "ty", "pls", "plz", "please", "asap", "here", "kindly", "too", "tons", "urgent",
        "received", "appreciated", "sounds", "works", "perfect", "noted", "done", "got", "there", "guys", "both",
        "thanks", "thank", "regards", "cheers", "again", "support", "folks", "ya", "y'all", "yall", "friend", "dude",
        "mil", "merci", "gracias", "danke", "beaucoup", "bien", "sehr", "schön", "amigo", "amiga", "fine", "ok",
        "okay", "yes", "no", "sure", "soon", "now", "today", "tomorrow", "later", "then", "btw", "info", "help",
        "waiting", "still", "bot", "beaucoup", "baeucoup", "schön", "avance", "muchas", "vielen", "dank", "mille",
        "question", "quick", "vous", "bisous", "je", "tu", "nous", "il", "elle", "on", "yo", "ich", "wir",
        "de", "por", "pour", "für", "todas", "todos", "igual", "ihre", "ihr", "ihrem", "aus", "vom", "von", "your",
    ]);

    /// <summary>What a name word announces; one hash lookup tells it for any token with the Name context.</summary>
    private enum Trigger
    {
        Name,
        Announce,
        Label,
        Called,
        Call,
        Greeting,
        SignOff,
        Relative,
        Introduction,
        Here,
        Role,
        Address,
    }

    /// <summary>
    /// Verbs that announce one's name in Italian, Portuguese, Dutch, Polish, Russian and Ukrainian:
    /// "mi chiamo", "me chamo", "ik heet", "nazywam się", "меня зовут", "мене звати".
    /// </summary>
    // Declared before Triggers, whose initialiser reads it. First person only in Italian and
    // Portuguese: "si chiama", "se chama" name books and firms as often as people.
    internal static readonly string[] OtherLanguageAnnouncements = ["chiamo", "chamo", "heet", "nazywam", "зовут", "звати"];

    private static readonly string[] ItalianMi = ["mi"];
    private static readonly string[] PortugueseMe = ["me"];
    private static readonly string[] DutchPronouns = ["ik", "hij", "zij", "ze"];
    private static readonly string[] SlavicPronouns = ["меня", "мене", "его", "её", "ее", "її", "його"];

    private static readonly System.Collections.Frozen.FrozenDictionary<string, Trigger>.AlternateLookup<ReadOnlySpan<char>> Triggers =
        BuildTriggers().GetAlternateLookup<ReadOnlySpan<char>>();

    private static System.Collections.Frozen.FrozenDictionary<string, Trigger> BuildTriggers()
    {
        var map = new Dictionary<string, Trigger>(StringComparer.OrdinalIgnoreCase);
        void Add(Trigger kind, params string[] words)
        {
            foreach (var w in words)
            {
                map[w] = kind;
            }
        }

        Add(Trigger.Name, "name", "nombre", "nom", "naam", "nome");
        Add(Trigger.Name, NamePartFields);
        Add(Trigger.Announce, "llamo", "appelle", "heiße", "heisse", "heißt", "heisst");
        Add(Trigger.Announce, OtherLanguageAnnouncements);
        Add(Trigger.Label, Labels);
        Add(Trigger.Called, "named", "called");
        Add(Trigger.Call, "call");
        Add(Trigger.Greeting, Greetings);
        Add(Trigger.SignOff, SignOffs);
        Add(Trigger.Relative, Relatives);
        Add(Trigger.Introduction, "am", "m", "im", "soy", "bin", "est", "suis", "this", "it", "its");
        Add(Trigger.Here, "here");
        Add(Trigger.Role, Roles);
        Add(Trigger.Address, AddressVerbs);
        return System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(map, StringComparer.OrdinalIgnoreCase);
    }

    private enum Evidence
    {
        /// <summary>Nothing but the dictionary.</summary>
        None,

        /// <summary>A greeting, sign-off, "I'm", "this is", "call me": capitalised words and known names in lower case.</summary>
        Medium,

        /// <summary>An explicit announcement ("my name is", "name:"): any word up to punctuation.</summary>
        Strong,
    }

    /// <summary>How far lower-case words that are not in the dictionaries may be taken as a name.</summary>
    private enum Loose
    {
        /// <summary>Not at all.</summary>
        No,

        /// <summary>Up to punctuation or a filler word ("my name is john doe, and...").</summary>
        ToPunctuation,

        /// <summary>Only when the name ends the message ("regards jelena bondarenko").</summary>
        ToEnd,
    }

    public string Id => "personal.name";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.PersonName];

    public void Recognize(ScanContext context)
    {
        var tokens = context.Tokens;
        var firstCandidate = context.CandidateCount;
        var resume = 0; // first token after the last name found
        foreach (var i in context.WordAnchors)
        {
            var token = tokens[i];
            if (i < resume || ((token.Flags & (WordFlags.FirstName | WordFlags.PersonTitle)) == 0 && (token.Context & ContextKinds.Name) == 0))
            {
                continue;
            }

            var last = -1;
            if ((token.Context & ContextKinds.Name) != 0)
            {
                last = AfterTrigger(context, i);
            }

            if (last < 0 && (token.Flags & WordFlags.PersonTitle) != 0)
            {
                last = AfterTitle(context, i);
            }

            if (last < 0 && (token.Flags & WordFlags.FirstName) != 0 && IsUpperStart(context.Text, token))
            {
                last = FromFirstName(context, i);
            }

            if (last >= 0)
            {
                resume = last + 1;
            }
        }

        if (tokens.Length == 0)
        {
            return;
        }

        DashSignOff(context);
        OpeningName(context);
        if (context.Text.Contains('\n'))
        {
            NameLines(context);
        }
        else if (tokens.Length == 1)
        {
            SingleNameMessage(context);
        }

        WithInitials(context);
        InMailHeadersAndSignatures(context);
        FamilyNameFirst(context, firstCandidate);
        GivenNamesAfterLabelledFamilyName(context, firstCandidate);
        ListedWithNames(context, firstCandidate);
        DropNotPeople(context, firstCandidate);
        ScriptTwins(context, firstCandidate);

        // A chat message names a few people; a long document with many names is left as read
        // (each name would rescan its neighbourhood against every other name: quadratic).
        if (context.CandidateCount > firstCandidate && context.CandidateCount - firstCandidate <= MaxNamesToSeekAgain)
        {
            NamedAgain(context, firstCandidate);
        }
    }

    /// <summary>
    /// "Ravi", "Fatima.", "aoife": a message that is one first name, the reply to "what's your
    /// name?"; in lower case only a name that is no word.
    /// </summary>
    private void SingleNameMessage(ScanContext context)
    {
        var token = context.Tokens[0];
        var rest = context.Text[token.End..].Trim(" .!");
        if (rest.IsEmpty && context.Text[..token.Start].Trim(' ').IsEmpty
            && (IsUpperStart(context.Text, token) || (token.Shape & (TokenShape.Capitalized | TokenShape.AllUpper | TokenShape.HasDigit)) == 0)
            && TokenText.IsPlainFirstName(token) && (token.Flags & Unsure) == 0 && (token.Shape & TokenShape.AllUpper) == 0
            && token.Context == ContextKinds.None && !TokenText.IsAny(context.Text, token, CompanyNames)
            && !TokenText.IsAny(context.Text, token, LoneWordsNotNames))
        {
            context.Add(DataClasses.PersonName, token.Start, token.End, Scores.StrongPattern, Id);
        }
    }

    /// <summary>Most names (candidates) a scan may have found for <see cref="NamedAgain"/> to run.</summary>
    private const int MaxNamesToSeekAgain = 16;

    /// <summary>How far (chars) from a name found its first name still counts when it comes again.</summary>
    private const int NamedAgainReach = 400;

    /// <summary>
    /// "To: Hannah Whitlock ... Hannah, forwarding this": a first name found as a name is a name
    /// again when it comes back capitalised near by, even alone or at the start of a sentence
    /// ("Hunter needs a hearing test"); not before "you" ("... Will you call me?").
    /// </summary>
    private void NamedAgain(ScanContext context, int firstCandidate)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var found = context.CandidateCount;
        for (var c = firstCandidate; c < found; c++)
        {
            var name = context.Candidates[c];
            if (name.Score < Scores.DefaultThreshold)
            {
                continue;
            }

            var first = context.TokenIndexAt(name.Start);
            if (first >= tokens.Length || (tokens[first].Flags & WordFlags.FirstName) == 0 || tokens[first].Entry < 0)
            {
                continue;
            }

            var entry = tokens[first].Entry;
            var from = context.TokenIndexAt(Math.Max(0, name.Start - NamedAgainReach));
            var to = context.TokenIndexAt(Math.Min(text.Length, name.End + NamedAgainReach));
            for (var k = from; k < to && k < tokens.Length; k++)
            {
                var token = tokens[k];
                if (token.Entry != entry || (token.Shape & (TokenShape.Capitalized | TokenShape.AllUpper)) != TokenShape.Capitalized
                    || IsNamed(context, firstCandidate, token.Start) || IsGlued(text, token.Start, token.End)
                    || (token.Flags & NotName) != 0 || TokenText.IsAny(text, token, CompanyNames)
                    || !SaysPersonNext(text, tokens, k, (token.Flags & Unsure) != 0) // "the Summer sale", "Rose Gold", "Grace period"
                    || TokenText.IsAnyAt(text, tokens, k - 1, NotBeforePeople) // "to Devon.", "in Olive,", "the Rose,"
                    || LooksLikePlace(text, tokens, k, k))
                {
                    continue;
                }

                var last = ReadName(text, tokens, k, lowerKnown: false, out var words);
                if (NamesNoOne(text, tokens, k, last, Evidence.Medium, words))
                {
                    continue;
                }

                context.Add(DataClasses.PersonName, token.Start, tokens[last].End, Scores.PatternWithContext, Id, context: ContextKinds.Name);
                k = last;
            }
        }
    }

    /// <summary>Verbs after a first name that make it the person again: "Hunter needs a hearing test", "Hannah, forwarding".</summary>
    private static readonly string[] PersonVerbsAgain =
        ["is", "was", "has", "had", "needs", "needed", "wants", "wanted", "said", "says", "told", "thinks", "knows", "called",
         "rang", "emailed", "asked", "went", "came", "gets", "got", "can", "cant", "can't", "won't", "wont", "did", "does"];

    /// <summary>Words before a word that make it a place, a colour or a thing: "to Devon", "in Olive", "the Rose".</summary>
    private static readonly string[] NotBeforePeople =
        ["to", "in", "at", "from", "the", "a", "an", "of", "on", "into", "by", "with", "colour", "color", "shade", "scent", "our", "your"];

    /// <summary>Verbs after a first name that is also a word ("Hunter", "Faith") that make it the person: "Hunter needs a hearing test".</summary>
    private static readonly string[] StrongPersonVerbs = ["needs", "wants", "said", "says", "told", "thinks", "called", "rang", "emailed", "asked"];

    /// <summary>
    /// Punctuation or a person's verb right after token <paramref name="k"/>; for a name that is also
    /// a word (<paramref name="unsure"/>) only a verb only people do, or ", my/his/her" ("Rose, my daughter").
    /// </summary>
    private static bool SaysPersonNext(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k, bool unsure)
    {
        if (k + 1 >= tokens.Length)
        {
            return !unsure;
        }

        var gap = TokenText.Gap(text, tokens[k], tokens[k + 1]);
        if (gap is not " ")
        {
            var punctuation = gap.TrimStart(' ').Length > 0 && gap.TrimStart(' ')[0] is ',' or '.' or '!' or '?' or ';';
            return punctuation && (!unsure || (gap.TrimStart(' ')[0] == ',' && TokenText.IsAnyAt(text, tokens, k + 1, ["my", "his", "her", "our"])));
        }

        return TokenText.IsAny(text, tokens[k + 1], unsure ? StrongPersonVerbs : PersonVerbsAgain);
    }

    /// <summary>True when a name this recognizer found (at a score that reports it) covers <paramref name="position"/>.</summary>
    private bool IsNamed(ScanContext context, int firstCandidate, int position)
    {
        var candidates = context.Candidates;
        for (var c = firstCandidate; c < candidates.Length; c++)
        {
            if (candidates[c].Start <= position && position < candidates[c].End && ReferenceEquals(candidates[c].RecognizerId, Id)
                && candidates[c].Score >= Scores.DefaultThreshold)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name after an announcement, introduction, greeting or sign-off word; returns the last token used or -1.</summary>
    private int AfterTrigger(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var token = tokens[i];
        var j = i + 1;
        if (!Triggers.TryGetValue(text.Slice(token.Start, token.Length), out var kind))
        {
            return -1;
        }

        if (kind == Trigger.Here)
        {
            return BeforeHere(context, i);
        }

        if (kind is Trigger.Relative or Trigger.Role)
        {
            NameBeforeRelative(context, i);
        }

        if (j >= tokens.Length)
        {
            return -1;
        }

        var gap = TokenText.Gap(text, token, tokens[j]);
        var trimmed = gap.Trim(' ');
        var colon = trimmed is ":" or "=" or "-" or ",:" or ":-";
        if (trimmed is ":" && kind == Trigger.SignOff && TokenText.Is(text, token, "signed"))
        {
            kind = Trigger.Label; // a form's field: "Signed: R Evans"
        }

        if (trimmed is ":" && kind == Trigger.Role && TokenText.IsAny(text, token, PersonOrPlaceLabels))
        {
            kind = Trigger.Label; // "Pharmacist: R. Patel", "Midwife: K. Mwangi": a letter's field, as "my pharmacist" is a role
        }
        Evidence evidence;
        var loose = Loose.No;
        var knownOnly = false;
        var firstNameOnly = false; // a dictionary first name that is no everyday word or company
        if (kind == Trigger.Name && TokenText.IsAny(text, token, ["nome", "naam"]) && !colon
            && !TokenText.IsAnyAt(text, tokens, i - 1, ["mio", "mijn", "meu", "suo", "zijn", "haar"]))
        {
            return -1; // "il mio nome è X", "Nome: X", "mijn naam is X"; not "Nome del prodotto: Super Mario"
        }

        if (kind == Trigger.Name)
        {
            // "name is hunter lol" opening the message says as much as "my name is".
            var possessive = TokenText.IsAnyAt(text, tokens, i - 1, Possessives) || (i == 0 && TokenText.IsAnyAt(text, tokens, j, NameLinks));
            if (colon)
            {
                evidence = Evidence.Strong;
            }
            else if (TokenText.IsAnyAt(text, tokens, j, NameLinks)
                || (gap.Length == 1 && TokenText.IsApostrophe(gap[0]) && TokenText.IsAt(text, tokens, j, "s")))
            {
                j++;
                evidence = possessive ? Evidence.Strong : Evidence.Medium;
                knownOnly = !possessive; // "the file name is Report"
            }
            else if (TokenText.IsAt(text, tokens, j, "of") && TokenText.IsAt(text, tokens, i - 1, "the"))
            {
                j++;
                evidence = Evidence.Strong; // "in the name of X"
            }
            else if (TokenText.IsAt(text, tokens, j, "de") && TokenText.IsAnyAt(text, tokens, i - 1, ["a", "au"]))
            {
                j++;
                evidence = Evidence.Strong; // "a nombre de X", "au nom de X"; not "a nombre de Movistar"
                firstNameOnly = true;
            }
            else if (TokenText.IsAt(text, tokens, j, "on") || possessive)
            {
                // "name on the account is X", "name on card: X", "my name in my own script is X", "last name Foster".
                var k = j;
                while (k < tokens.Length && k - j < 5 && !TokenText.IsAny(text, tokens[k], NameLinks)
                    && TokenText.Gap(text, tokens[k - 1], tokens[k]).Trim(' ') is not (":" or "=")
                    && (tokens[k].Shape & TokenShape.HasDigit) == 0)
                {
                    k++;
                }

                if (NamePartFollows(text, tokens, i, j, gap))
                {
                    // "my maiden name, Evans. married name is ...": the name is right here, not after the next "is".
                }
                else if (k < tokens.Length && k - j < 5 && TokenText.Gap(text, tokens[k - 1], tokens[k]).Trim(' ') is ":" or "=")
                {
                    j = k;
                }
                else if (k < tokens.Length && k - j < 5 && TokenText.IsAny(text, tokens[k], NameLinks))
                {
                    j = k + 1;
                }
                else if (TokenText.IsAt(text, tokens, j, "on") && TokenText.IsAnyAt(text, tokens, j + 1, ["card", "account"]))
                {
                    j += 2; // "name on card X"
                }
                else if (TokenText.IsAt(text, tokens, j, "on") && TokenText.IsAnyAt(text, tokens, j + 2, ["card", "account"]))
                {
                    j += 3; // "name on the card X"
                }
                else if (!(possessive && TokenText.IsAnyAt(text, tokens, i - 1, ["last", "first", "full", "sur", "maiden"]) && TokenText.IsSpaceJoin(gap)))
                {
                    return -1;
                }

                // "the name on her card says X", "name on the account reads X".
                if (TokenText.IsAnyAt(text, tokens, j, ["says", "said", "reads", "shows"]) && TokenText.IsAnyAt(text, tokens, j - 1, ["card", "account"]))
                {
                    j++;
                }

                evidence = Evidence.Strong;
            }
            else if ((i == 0 || TokenText.IsAnyAt(text, tokens, i - 1, Greetings)) && TokenText.IsSpaceJoin(gap))
            {
                evidence = Evidence.Strong; // "name rocío romero", "hi name X"
            }
            else if (NamePartFollows(text, tokens, i, j, gap))
            {
                evidence = Evidence.Strong; // "surname Nakamura", "last name Foster"
            }
            else if (TokenText.IsAt(text, tokens, i - 1, "the") && TokenText.IsAnyAt(text, tokens, i - 2, ["under", "by"]) && TokenText.IsSpaceJoin(gap)
                && j < tokens.Length && IsUpperStart(text, tokens[j]) && (tokens[j].Flags & Known) != 0)
            {
                evidence = Evidence.Strong; // "reservation under the name Zhang", "goes by the name Bill"; not "under the name Documents"
            }
            else
            {
                return -1;
            }

            loose = evidence == Evidence.Strong ? Loose.ToPunctuation : Loose.No;
        }
        else if (kind == Trigger.Announce)
        {
            // "je m'appelle", "me llamo"; not "je vous appelle samedi", "te llamo mañana" (I'll call you).
            if (TokenText.IsAny(text, token, ["appelle", "llamo"]) && !TokenText.IsAnyAt(text, tokens, i - 1, ["m", "me", "s", "se"]))
            {
                return -1;
            }

            if (TokenText.IsAny(text, token, OtherLanguageAnnouncements) && !AnnouncesInOtherLanguage(text, tokens, i, ref j))
            {
                return -1;
            }

            evidence = Evidence.Strong;
            loose = Loose.ToPunctuation;
        }
        else if (kind == Trigger.Label)
        {
            if (!colon && !TokenText.IsAnyAt(text, tokens, i - 1, ["account", "card"]))
            {
                return -1;
            }

            // Fields that also hold companies, days or yes/no ("Client: Amazon", "By: Friday",
            // "Empfänger: Finanzamt"): only a dictionary name follows them.
            firstNameOnly = !TokenText.IsAny(text, token, PersonOnlyLabels);

            if (!colon && TokenText.IsAnyAt(text, tokens, j, NameLinks))
            {
                j++; // "the card holder is X"
            }

            evidence = Evidence.Strong;
            loose = Loose.ToPunctuation;
        }
        else if (kind == Trigger.Called)
        {
            evidence = Evidence.Medium;
            knownOnly = true;
        }
        else if (kind == Trigger.Call)
        {
            if (!TokenText.IsAt(text, tokens, j, "me"))
            {
                return -1;
            }

            j++;
            evidence = Evidence.Medium;
        }
        else if (kind == Trigger.Greeting)
        {
            evidence = Evidence.Medium;
        }
        else if (kind == Trigger.SignOff)
        {
            if (TokenText.Is(text, token, "mfg") && !text.Slice(token.Start, token.Length).SequenceEqual("MfG"))
            {
                return -1; // "Mit freundlichen Grüßen" is written "MfG"; "Mfg: Samsung", "MFG" is a manufacturer
            }

            if (TokenText.Is(text, token, "dank") && !TokenText.IsAnyAt(text, tokens, i - 1, ["vielen", "besten", "herzlichen", "tausend"]))
            {
                return -1; // "dank Ihrer Hilfe" is "thanks to your help"; "vielen Dank, X" signs off
            }

            if (TokenText.IsAny(text, token, SignOffsBeforeComma) && !(gap.StartsWith(",") || gap.Contains('\n')))
            {
                return -1; // "Un saludo, Paco"; not "Un saludo desde Sevilla", "Atentamente esperando su respuesta"
            }

            if (TokenText.IsAny(text, token, ["faithfully", "truly", "respectfully", "wishes"])
                && !TokenText.IsAnyAt(text, tokens, i - 1, ["yours", "best", "warm", "warmest", "kind", "kindest", "good", "all", "very"]))
            {
                return -1; // "Yours faithfully, X", "Best wishes, X"; not "I truly appreciate it"
            }

            evidence = Evidence.Medium;
            loose = Loose.ToEnd;
        }
        else if (kind == Trigger.Relative)
        {
            if (!TokenText.IsAnyAt(text, tokens, i - 1, RelativePossessives))
            {
                return -1;
            }

            // German capitalises every noun, and "mi hermano Bizum" names a service: after a
            // relative in German, French or Spanish only a dictionary first name follows.
            firstNameOnly = !TokenText.IsAnyAt(text, tokens, i - 1, ["my", "our", "his", "her", "their"]);

            evidence = Evidence.Medium;
            loose = Loose.ToEnd;
        }
        else if (kind == Trigger.Role || kind == Trigger.Address)
        {
            // "my carer Sunny", "the nurse, Grace, said"; "speak to Frank", "ask for Will", "goes by Bill":
            // a capitalised dictionary first name, even one that is also a word.
            if (kind == Trigger.Role ? !TokenText.IsAnyAt(text, tokens, i - 1, ["my", "our", "the", "his", "her", "their", "your"])
                : !TokenText.IsAnyAt(text, tokens, j, ["to", "with", "for", "by"]))
            {
                return -1;
            }

            if (kind == Trigger.Address)
            {
                // "my husband goes by Bill"; not "the parcel goes by Royal Mail".
                if (TokenText.Is(text, token, "goes") && !TokenText.IsAnyAt(text, tokens, i - 1, [.. Relatives, "he", "she", "i", "partner"]))
                {
                    return -1;
                }

                j++;
            }

            // On the same line: "to my landlord\nMark this as fraud" names no one.
            if (j >= tokens.Length || TokenText.Gap(text, tokens[j - 1], tokens[j]) is not (" " or ", ")
                || (tokens[j].Flags & WordFlags.FirstName) == 0 || (tokens[j].Shape & TokenShape.Capitalized) == 0
                || (tokens[j].Shape & TokenShape.AllUpper) != 0 || (tokens[j].Flags & NotName) != 0
                || (TokenText.IsAny(text, tokens[j], CompanyNames) && !TokenText.Is(text, token, "goes"))) // "speak to Dell"; "goes by Bill"
            {
                return -1;
            }

            // A name that is also a word needs what follows a person: punctuation, a surname, "at the
            // front desk", "will", "said": not "ask for Grace period", "our agent Will contact you",
            // "... my landlord Mark this as fraud" (two messages of a conversation read together).
            // After "ask for", "speak to", any name does: not "asked for Rose Gold", "Crystal Palace".
            if (((tokens[j].Flags & WordFlags.AmbiguousName) != 0 || kind == Trigger.Address) && !FollowsAsPerson(text, tokens, j)
                && !(kind == Trigger.Role && SetOffWithIThink(text, tokens, j)))
            {
                return -1;
            }

            // "I asked for Jasmine, not Basmati": after "ask for" a person is asked for at a place or by a surname.
            if (TokenText.IsAny(text, token, ["ask", "asked"]) && !(j + 1 < tokens.Length && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[j], tokens[j + 1]))))
            {
                return -1;
            }

            // "My hairdresser Toni & Guy": a role's name joined by '&' is a business.
            if (j + 1 < tokens.Length && TokenText.Gap(text, tokens[j], tokens[j + 1]).Trim(' ') is "&")
            {
                return -1;
            }

            // "my friend, Austin is lovely": a name after a comma is set off by another ("the nurse, Grace, said").
            if (TokenText.Gap(text, tokens[j - 1], tokens[j]) is ", " && !(j + 1 < tokens.Length && TokenText.Gap(text, tokens[j], tokens[j + 1]).StartsWith(","))
                && !(kind == Trigger.Role && SetOffWithIThink(text, tokens, j)))
            {
                return -1;
            }

            evidence = Evidence.Medium;
        }
        else if (kind == Trigger.Introduction && SelfNamedWordName(context, i) is >= 0 and var selfNamed)
        {
            return selfNamed;
        }
        else if (kind == Trigger.Introduction && IsIntroduction(text, tokens, i, ref j))
        {
            evidence = Evidence.Medium;

            // "its" for "it's" also opens "its Tesco again", and "je suis" opens "Je suis Infirmière":
            // only a dictionary name follows them.
            knownOnly = TokenText.Is(text, token, "its") || TokenText.Is(text, token, "suis");

            // "hi, this is lettice green-howard": after a greeting the rest of the message may be the name.
            var intro = TokenText.IsAnyAt(text, tokens, i - 1, ["i", "c", "ich"]) ? i - 2 : i - 1;
            if (TokenText.IsAnyAt(text, tokens, intro, Greetings))
            {
                loose = Loose.ToEnd;
            }
        }
        else
        {
            return -1;
        }

        if (j >= tokens.Length || !IsSeparatedForName(TokenText.Gap(text, tokens[j - 1], tokens[j])))
        {
            return -1;
        }

        if (knownOnly && (tokens[j].Flags & Known) == 0)
        {
            return -1;
        }

        // "Signed: Smith", "Signature: Okafor": a signature is a person's, any dictionary name that
        // ends the field or goes on in capitals (not "Signature: Will follow", "Signature: Page 3").
        var signature = kind == Trigger.Label && TokenText.IsAny(text, token, ["signed", "signature"])
            && ((tokens[j].Flags & Known) != 0 || IsInitial(text, tokens, j, lowerKnown: false))
            && !SentenceGoesOn(text, tokens, j)
            && !(j + 1 < tokens.Length && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[j], tokens[j + 1])) && (tokens[j + 1].Shape & TokenShape.HasDigit) != 0);

        // Fields that name a person or a place ("Provider: Hope Hospice", "Attending: Autumn Fair"):
        // a first name and a family name, or an initial.
        var initialFirst = StartsWithInitial(text, tokens, j);
        if (kind == Trigger.Label && TokenText.IsAny(text, token, PersonOrPlaceLabels) && !initialFirst
            && !(j + 1 < tokens.Length && TokenText.Gap(text, tokens[j], tokens[j + 1]) is " " && IsUpperStart(text, tokens[j + 1])
                && IsNameWord(tokens[j + 1], lowerKnown: false) && tokens[j + 1].Length > 1
                && (tokens[j + 1].Flags & WordFlags.StreetSuffix) == 0 && !TokenText.IsAny(text, tokens[j + 1], PlaceNouns)))
        {
            return -1;
        }

        // A first name; one that is also a word ("Rose") only with a capitalised word or a parenthesis after it
        // ("unsere Tochter Lea (8)"; not "mein Sohn will nicht").
        if (firstNameOnly && !initialFirst && !signature && !(kind == Trigger.Label && UnknownGivenNameBeforeSurname(text, tokens, j))
            && ((tokens[j].Flags & WordFlags.FirstName) == 0 || TokenText.IsAny(text, tokens[j], CompanyNames)
            || ((tokens[j].Flags & WordFlags.AmbiguousName) != 0
                && !(j + 1 < tokens.Length && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[j], tokens[j + 1])) && IsUpperStart(text, tokens[j + 1]))
                && !(j + 1 < tokens.Length && TokenText.Gap(text, tokens[j], tokens[j + 1]) is " (" && (tokens[j].Shape & TokenShape.Capitalized) != 0))))
        {
            return -1; // "Driver: Mercedes", "mein Mann Post"
        }

        return Emit(context, j, evidence, loose);
    }

    /// <summary>French pronouns after "c'est": "c'est lui qui…", "c'est moi".</summary>
    private static readonly string[] FrenchPronouns = ["lui", "elle", "moi", "toi", "nous", "vous", "eux", "ça", "ca", "cela"];

    /// <summary>What follows "c'est" when it introduces no one: pronouns and the words of "c'est clair", "c'est bon", "c'est noté".</summary>
    private static readonly string[] NotNamesAfterCest =
    [
        .. FrenchPronouns, "clair", "bon", "bien", "vrai", "juste", "parfait", "super", "top", "gentil", "urgent",
        "normal", "possible", "dommage", "pareil", "fini", "noté", "note", "correct", "tout", "pas", "trop", "mon", "ma", "mes",
    ];

    /// <summary>
    /// The verb at <paramref name="i"/> of <see cref="OtherLanguageAnnouncements"/> announces a name:
    /// after its pronoun ("mi chiamo", "ik heet", "меня зовут"), or before "się"
    /// ("nazywam się", skipped); not "ti chiamo domani" (I'll call you) or "как тебя зовут?".
    /// </summary>
    private static bool AnnouncesInOtherLanguage(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, ref int j)
    {
        var token = tokens[i];
        if (TokenText.Is(text, token, "nazywam"))
        {
            if (!TokenText.IsAt(text, tokens, j, "się"))
            {
                return false;
            }

            j++;
            return true;
        }

        var pronouns = TokenText.Is(text, token, "chiamo") ? ItalianMi
            : TokenText.Is(text, token, "chamo") ? PortugueseMe
            : TokenText.Is(text, token, "heet") ? DutchPronouns
            : SlavicPronouns;
        return TokenText.IsAnyAt(text, tokens, i - 1, pronouns);
    }

    /// <summary>"I'm X", "I am X", "im X", "this is X", "it's X", "soy X", "je suis X", "c'est X", "ich bin X".</summary>
    private static bool IsIntroduction(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, ref int j)
    {
        var token = tokens[i];
        if (TokenText.Is(text, token, "am") || TokenText.Is(text, token, "m"))
        {
            return TokenText.IsAt(text, tokens, i - 1, "i");
        }

        if (TokenText.Is(text, token, "its"))
        {
            // "hi its siobhan": "it's" typed without the apostrophe, only where a message opens.
            return i == 0 || TokenText.IsAnyAt(text, tokens, i - 1, Greetings);
        }

        if (TokenText.Is(text, token, "im") || TokenText.Is(text, token, "soy"))
        {
            // "hi im X" opens a message; "im" inside German text is "in the".
            return i == 0 || TokenText.IsAnyAt(text, tokens, i - 1, Greetings) || TokenText.Gap(text, tokens[i - 1], token).Trim(' ').Length > 0;
        }

        if (TokenText.Is(text, token, "bin"))
        {
            return TokenText.IsAt(text, tokens, i - 1, "ich");
        }

        if (TokenText.Is(text, token, "est"))
        {
            // "c'est Marie Dupont"; not "c'est clair", "c'est lui qui suit mon dossier".
            return TokenText.IsAt(text, tokens, i - 1, "c") && j < tokens.Length
                && !(TokenText.IsAny(text, tokens[j], NotNamesAfterCest)
                    && !((tokens[j].Shape & TokenShape.Capitalized) != 0 && (tokens[j].Flags & WordFlags.FirstName) != 0
                        && !TokenText.IsAny(text, tokens[j], FrenchPronouns)));
        }

        if (TokenText.Is(text, token, "suis"))
        {
            return TokenText.IsAt(text, tokens, i - 1, "je"); // "je suis Margaux Lefèvre"
        }

        if (TokenText.Is(text, token, "this") || TokenText.Is(text, token, "it"))
        {
            if (TokenText.IsAt(text, tokens, j, "is") || (TokenText.IsAt(text, tokens, j, "s")
                && TokenText.Gap(text, token, tokens[j]) is { Length: 1 } g && TokenText.IsApostrophe(g[0])))
            {
                j++;
                return true;
            }
        }

        return false;
    }

    /// <summary>"kevin here", "Hi, Sabbir here": one to three name words opening the message or following a greeting.</summary>
    private int BeforeHere(ScanContext context, int here)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var first = here;
        var words = 0;
        while (first > 0 && words < 3)
        {
            var candidate = tokens[first - 1];
            var gap = TokenText.Gap(text, candidate, tokens[first]);
            if (!IsLooseWord(text, candidate) || !(TokenText.IsSpaceJoin(gap) || (first != here && IsPartJoin(gap))))
            {
                break;
            }

            first--;
            if (first == here - 1 || TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[first], tokens[first + 1])))
            {
                words++;
            }
        }

        if (first == here || TokenText.IsAny(text, tokens[first], OrganisationWords))
        {
            return -1; // "HR here"
        }

        // The name must open the message or follow a greeting.
        var opens = true;
        for (var k = 0; k < first && opens; k++)
        {
            // Only emoji marks may come before (a variation selector is a token of its own). Stops
            // at the first word, so "here" words all over a long text do not rescan it.
            opens = (tokens[k].Shape & (TokenShape.HasLetter | TokenShape.HasDigit)) == 0;
        }
        var greeted = first > 0 && TokenText.IsAny(text, tokens[first - 1], Greetings)
            && IsSeparatedForName(TokenText.Gap(text, tokens[first - 1], tokens[first]));
        if (!opens && !greeted && !SignsOffWithHere(text, tokens, first, here))
        {
            return -1;
        }

        context.Add(DataClasses.PersonName, tokens[first].Start, tokens[here - 1].End, Scores.PatternWithContext, Id,
            context: ContextKinds.Name);
        return here;
    }

    /// <summary>
    /// "my cell is (617) 482-3907, Priya here", "… - Sarah Jones here :)": a capitalised first name
    /// after a comma or a dash, with "here" ending the message (only marks or emoji after it).
    /// </summary>
    private static bool SignsOffWithHere(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int here)
    {
        if (first == 0 || here - first > 2 || !TokenText.Gap(text, tokens[first - 1], tokens[first]).ContainsAny(',', '-', '\u2013'))
        {
            return false;
        }

        for (var k = here + 1; k < tokens.Length; k++)
        {
            if ((tokens[k].Shape & (TokenShape.HasLetter | TokenShape.HasDigit)) != 0)
            {
                return false;
            }
        }

        if (here - first == 1)
        {
            // One word: a first name that is no word, town or brand ("Priya here"; not "Sunny here",
            // "Snow here", "London here", "Sydney here").
            return TokenText.IsPlainFirstName(tokens[first]) && !LoneWordsNotNames.Contains(text.Slice(tokens[first].Start, tokens[first].Length))
                && !TokenText.IsAny(text, tokens[first], CompanyNames);
        }

        // Two words: both capitalised, no stop word, the first a first name ("Sarah Jones here").
        for (var k = first; k < here; k++)
        {
            if ((tokens[k].Shape & TokenShape.Capitalized) == 0 || (tokens[k].Flags & WordFlags.StopWord) != 0)
            {
                return false;
            }
        }

        return (tokens[first].Flags & WordFlags.FirstName) != 0;
    }

    /// <summary>Brands named "Dr ...", which shops sell: a drink, boots, baking mixes, books, cosmetics.</summary>
    private static readonly string[] DoctorBrands = ["pepper", "martens", "oetker", "jart", "dre", "seuss", "hauschka", "organic"];

    /// <summary>Brands named after a doctor with a possessive: "Dr. Scholl's insoles", "Dr Teal's salts", "Dr. Bronner's soap".</summary>
    private static readonly string[] DoctorPossessiveBrands = ["scholl", "teal", "bronner", "brown"];

    /// <summary>
    /// "Dr Pepper", "Dr. Martens", "Dr. Scholl's": a brand after "Dr", unless a medical word is near
    /// ("my GP Dr Teal said ...", "Dr Pepper referred me to cardiology") or a surname follows.
    /// </summary>
    private static bool IsDoctorBrand(ScanContext context, int j)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var possessive = j + 1 < tokens.Length && TokenText.IsAt(text, tokens, j + 1, "s")
            && TokenText.Gap(text, tokens[j], tokens[j + 1]) is { Length: 1 } g && TokenText.IsApostrophe(g[0]);
        if (!TokenText.IsAny(text, tokens[j], DoctorBrands) && !(possessive && TokenText.IsAny(text, tokens[j], DoctorPossessiveBrands)))
        {
            return false;
        }

        var surname = !possessive && j + 1 < tokens.Length && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[j], tokens[j + 1]))
            && IsUpperStart(text, tokens[j + 1]) && (tokens[j + 1].Flags & WordFlags.Surname) != 0;
        // The context words around, leaving out the "Dr" itself.
        var medical = (context.ContextBefore(tokens[j - 1].Start, 6) | context.ContextAfter(tokens[j].End, 6)) & ContextKinds.Medical;
        return !surname && medical == 0;
    }

    /// <summary>Faculties after "Dr." in German degrees: "Dr. med.", "Dr. med. dent.", "Dr. rer. nat.", "Dr. phil.".</summary>
    private static readonly string[] GermanDoctorates = ["med", "dent", "vet", "rer", "nat", "pol", "phil", "jur", "oec", "ing", "habil", "univ"];

    /// <summary>"Dr. Amina Okafor", "Mrs Patel", "Herr Müller", "dr. fontana", "Dr S. Raghunathan": the name after the title.</summary>
    private int AfterTitle(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var j = i + 1;
        if (j >= tokens.Length)
        {
            return -1;
        }

        var gap = TokenText.Gap(text, tokens[i], tokens[j]);
        var dotted = gap.Length > 0 && gap[0] == '.';
        var rest = dotted ? gap[1..] : gap;
        if (rest.Length > 2 || (rest.Length == 0 && !dotted) || rest.ContainsAnyExcept(' '))
        {
            return -1;
        }

        var title = tokens[i];
        if (TokenText.Is(text, title, "dr") && IsDoctorBrand(context, j))
        {
            return -1; // "Dr Pepper", "Dr. Martens": brands, not doctors
        }

        // "Dr. med. Katharina Wendt", "Dr. rer. nat. Jens Ott": the German degree's faculty belongs to the title.
        while (TokenText.Is(text, title, "dr") && j + 1 < tokens.Length && TokenText.IsAny(text, tokens[j], GermanDoctorates)
            && TokenText.Gap(text, tokens[j], tokens[j + 1]) is ". ")
        {
            j++;
        }

        var next = tokens[j];
        var upper = IsUpperStart(text, next);

        int last;
        if (upper && next.Length == 1 && IsInitial(text, tokens, j, lowerKnown: false)
            && ((tokens[j + 1].Flags & Known) != 0 || !SentenceGoesOn(text, tokens, j + 1)))
        {
            // Not "Ask Mr P. Tomorrow is fine", "Dr K. Said the results…": a sentence goes on.
            last = ReadName(text, tokens, j + 1, lowerKnown: false, out _); // "Dr S. Raghunathan", "Mrs J. Okafor"
        }
        else if (upper)
        {
            if (!IsNameWord(next, lowerKnown: false) || (!IsContinuation(next) && !IsElidedPrefix(text, tokens, j)))
            {
                return -1;
            }

            last = ReadName(text, tokens, j, lowerKnown: false, out _);
        }
        else
        {
            // Typed in lower case ("dr fontana", "mrs foster"): a known name, or any word after an abbreviated title with a dot.
            var abbreviation = title.Length <= 4;
            var knownNext = (next.Flags & Known) != 0 && (next.Flags & (WordFlags.StopWord | NotName)) == 0;
            if (!abbreviation || !(knownNext || (dotted && IsLooseWord(text, next))))
            {
                return -1;
            }

            last = ReadName(text, tokens, j, lowerKnown: true, out _);
        }

        // A title that is also a first name ("Don Smith") belongs to the name unless it is abbreviated.
        var first = (title.Flags & WordFlags.FirstName) != 0 && !dotted && (title.Shape & TokenShape.Capitalized) != 0 ? i : j;
        context.Add(DataClasses.PersonName, tokens[first].Start, tokens[last].End, Scores.PatternWithContext, Id,
            context: ContextKinds.Name);
        return last;
    }

    /// <summary>A capitalised known first name: with a second name word, or alone mid-sentence.</summary>
    private int FromFirstName(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;

        // "O'Sullivan": the first name is the part after an elided prefix.
        if (i > 0 && tokens[i - 1].Length == 1 && (tokens[i - 1].Shape & TokenShape.Capitalized) != 0
            && TokenText.Gap(text, tokens[i - 1], tokens[i]) is { Length: 1 } g && TokenText.IsApostrophe(g[0]))
        {
            return -1;
        }

        return Emit(context, i, Evidence.None, Loose.No);
    }

    /// <summary>Reads and reports the name starting at token <paramref name="j"/> given the evidence before it.</summary>
    private int Emit(ScanContext context, int j, Evidence evidence, Loose loose, int initialStart = -1)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        // "Yours faithfully, B. Finch": an announced name may open with an initial; after a label
        // without the dot too ("Account name: O Adeyemi", "Signed: R Evans").
        if (evidence != Evidence.None && tokens[j].Length == 1
            && (IsInitial(text, tokens, j, lowerKnown: false) || (evidence == Evidence.Strong && StartsWithInitial(text, tokens, j))))
        {
            return Emit(context, j + 1, evidence, Loose.No, tokens[j].Start);
        }

        var first = tokens[j];
        var upper = IsUpperStart(text, first);
        var known = (first.Flags & Known) != 0;
        // "name=Oscar Lindahl;" in a pasted export: the key announces the value glued to its '='.
        var keyed = evidence != Evidence.None && first.Start > 0 && text[first.Start - 1] == '=';
        if (first.Length == 1 || (keyed ? IsGluedAfter(text, first.End) : IsGlued(text, first.Start, first.End)))
        {
            return -1;
        }

        int last;
        var words = 0;
        double score;
        if (!upper)
        {
            // Lower case: whole run of plain words when the place allows it, else known names only.
            last = loose == Loose.No ? -1 : ReadLoose(text, tokens, j, loose == Loose.ToEnd, out words);
            if (last < 0)
            {
                // Not a word that is also a keyword ("hi, aba, routing no ...": the routing number's ABA).
                var plainKnown = known && (first.Flags & (WordFlags.StopWord | WordFlags.AmbiguousName | NotName)) == 0
                    && (first.Shape & (TokenShape.HasLetter | TokenShape.HasDigit)) == TokenShape.HasLetter
                    && (first.Context & ~ContextKinds.Name) == 0;
                if (evidence == Evidence.None || !plainKnown)
                {
                    return -1;
                }

                // A known first name may carry unknown surnames up to punctuation ("i'm yaretzi j. gonzález olmedo, born").
                last = ReadLoose(text, tokens, j, toEnd: false, out words);
                if (last < 0)
                {
                    last = ReadName(text, tokens, j, lowerKnown: true, out words);
                }

                // "hi, aba routing no...": a keyword right after says the word is not a name; one after
                // a comma or a full stop opens the next field ("hi its siobhan, dob 11/02/1990").
                if (last + 1 < tokens.Length && (tokens[last + 1].Context & ~ContextKinds.Name) != 0
                    && !EndsField(TokenText.Gap(text, tokens[last], tokens[last + 1])))
                {
                    return -1;
                }
            }

            score = Scores.PatternWithContext;
        }
        else
        {
            if (!IsNameWord(first, lowerKnown: false) || ((first.Context & ~ContextKinds.Name) != 0 && (!known || (first.Shape & TokenShape.AllUpper) != 0))
                || (first.Flags & NotName) != 0 && !known)
            {
                return -1;
            }

            // Shouted text ("GOOD MORNING, GIVE ME A SEC") makes every word capitalised.
            if (evidence == Evidence.Medium && !known && (first.Shape & TokenShape.AllUpper) != 0)
            {
                return -1;
            }

            last = ReadName(text, tokens, j, lowerKnown: evidence != Evidence.None, out words);
            if (evidence == Evidence.Medium && !known && words == 1 && !EndsPhrase(text, tokens, j, last))
            {
                return -1; // "I'm Happy with it": an unknown single word must end the phrase
            }

            if (evidence != Evidence.None)
            {
                // An announced single word not in the dictionaries is a little less certain.
                score = words == 1 && !known && evidence == Evidence.Medium ? Scores.StrongPattern : Scores.PatternWithContext;
            }
            else
            {
                score = ScoreWithoutContext(context, j, last, words);
                if (score <= 0)
                {
                    return -1;
                }
            }
        }

        if (keyed ? IsGluedAfter(text, tokens[last].End) : IsGlued(text, first.Start, tokens[last].End))
        {
            return -1;
        }

        if (NamesNoOne(text, tokens, j, last, evidence, words))
        {
            return -1;
        }

        context.Add(DataClasses.PersonName, initialStart >= 0 ? initialStart : first.Start, tokens[last].End, score, Id,
            context: evidence == Evidence.None ? ContextKinds.None : ContextKinds.Name);
        return last;
    }

    /// <summary>True when the words <paramref name="j"/> to <paramref name="last"/> read as a name name a team, a company, a nationality or a form's field instead.</summary>
    private static bool NamesNoOne(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j, int last, Evidence evidence, int words) =>
        // "Dear Billing Department": an office word first (not elsewhere: Sales, Billing and Herren are surnames too).
        TokenText.IsAny(text, tokens[j], OrganisationWords)
        // "Regards, Support Team", "Regions Bank", "Dear Amazon Support": a team or company word last or next.
        || TokenText.IsAny(text, tokens[last], TeamWords)
        || (last + 1 < tokens.Length && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[last], tokens[last + 1]))
            && TokenText.IsAny(text, tokens[last + 1], TeamWords))
        // "Mit freundlichen Grüßen Ihre Sparkasse", "... aus Berlin".
        || TokenText.IsAny(text, tokens[j], ["ihre", "ihr", "ihrem", "aus", "vom", "von", "your", "the"])
        // "Mother's maiden name: none", "Lune & Tide", "Smith and Sons".
        || TokenText.IsAny(text, tokens[j], Placeholders) || CompanyJoin(text, tokens, last) || SecondPartnerOfABusiness(text, tokens, j, last)
        // "Thanks, Mum", "Bises, Maman".
        || (words == 1 && TokenText.IsAny(text, tokens[j], KinNames))
        // "I'm German".
        || (words == 1 && TokenText.IsAny(text, tokens[j], Demonyms)) // "my surname is Polish"
        // "Calvin Klein" (not after "my name is"; names people also have, "Paul Smith", are not listed).
        || (evidence == Evidence.None && (BrandNames.Contains(text[tokens[j].Start..tokens[last].End])
            || (words > 2 && BrandNames.Contains(text[tokens[j].Start..SecondWord(text, tokens, j, last).End])
                && (tokens[last].Flags & Known) == 0))) // "Johnnie Walker Blue Label", not "Anne Klein Fischer"
        // "New payee - Payee name: ...": a field's own name.
        || (Triggers.TryGetValue(text.Slice(tokens[j].Start, tokens[j].Length), out var trigger) && trigger is Trigger.Label or Trigger.Name);

    /// <summary>"Lune & Tide", "JM Tile & Stone": '&' and a word that is not a first name ("Anna & Tom" are two people).</summary>
    private static bool CompanyJoin(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last)
    {
        var k = last + 1;
        if (k < tokens.Length && TokenText.Is(text, tokens[k], "and"))
        {
            return TokenText.IsAnyAt(text, tokens, k + 1, ["Sons", "Co", "Company", "Partners", "Associates", "Daughters", "Brothers"]);
        }

        if (k >= tokens.Length || TokenText.Gap(text, tokens[last], tokens[k]).Trim(' ') is not "&")
        {
            return false;
        }

        // Not "Anna & Tom"; but "Hartley & Rowe Home", "Hendry & Walsh Motors": a name after the
        // '&' with a word no dictionary knows after it names a business.
        return (tokens[k].Flags & (WordFlags.FirstName | WordFlags.StopWord)) == 0 || BusinessWordAfter(text, tokens, k);
    }

    /// <summary>
    /// "Hartley & Rowe Home", "Halden & Co Pharmacy": token <paramref name="last"/> is followed by
    /// a capitalised word no dictionary knows (or "Co"), the rest of a business's name.
    /// </summary>
    private static bool BusinessWordAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last)
    {
        var k = last + 1;
        return k < tokens.Length && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[last], tokens[k]))
            && (tokens[k].Shape & (TokenShape.Capitalized | TokenShape.AllUpper)) != 0
            && ((tokens[k].Flags & Known) == 0 || TokenText.Is(text, tokens[k], "Co"))
            && !StartsFieldLabel(text, tokens, k);
    }

    /// <summary>"Hartley & Rowe Home": the name from <paramref name="j"/> to <paramref name="last"/> is the second of two capitalised names joined by '&' with a business word after it.</summary>
    private static bool SecondPartnerOfABusiness(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j, int last) =>
        j > 0 && TokenText.Gap(text, tokens[j - 1], tokens[j]).Trim(' ') is "&"
        && (tokens[j - 1].Shape & (TokenShape.Capitalized | TokenShape.AllUpper)) != 0
        && BusinessWordAfter(text, tokens, last);

    /// <summary>True when punctuation, a line break, the end of the text or a capitalised word follows token <paramref name="last"/>.</summary>
    private static bool EndsPhrase(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j, int last)
    {
        var rest = text[tokens[last].End..].TrimStart(' ');
        if (rest.Length == 0 || rest[0] is ',' or '.' or '!' or '?' or ';' or '\n' or '\r' or ')' or '(' or '-')
        {
            return true;
        }

        // An emoji ends a dictionary first name set off by a comma or a line break ("Cheers, Priya 😘");
        // after a bare greeting, or with a word no dictionary knows, it more often ends a company's
        // name or a pet name ("thanks Amazon :)", "Thanks, Tesco 👍", "Danke, Schatz 😘").
        if (IsEmojiOrSmiley(rest) && j > 0 && TokenText.Gap(text, tokens[j - 1], tokens[j]) is var before
            && (before.Contains(',') || before.Contains('\n')) && (tokens[j].Flags & WordFlags.FirstName) != 0)
        {
            return true;
        }

        return last + 1 < tokens.Length && TokenText.IsAny(text, tokens[last + 1], Fillers);
    }

    /// <summary>
    /// Whether <paramref name="rest"/> opens with an emoji or a smiley, which ends a phrase as a full
    /// stop does: "Liebe Grüße, Steffi 😘", "thanks, Priya :)".
    /// </summary>
    private static bool IsEmojiOrSmiley(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return false;
        }

        var c = rest[0];
        if (char.IsHighSurrogate(c) || (c >= 0x2600 && c <= 0x27BF))
        {
            return true; // the emoji planes, and the dingbats and symbols (❤, ☺, ✌) before them
        }

        return rest.Length >= 2 && c is ':' or ';' && rest[1] is ')' or '(' or '-';
    }

    /// <summary>True when the words are glued to an email, a path, a label or a number ("jacob.l@", "SWIFT/BIC", "PIN:").</summary>
    private static bool IsGlued(ReadOnlySpan<char> text, int start, int end) =>
        (start > 0 && text[start - 1] is '@' or '.' or '/' or '_' or '\\' or '=' or '+' or '#' && (start < 2 || text[start - 2] != ' '))
        || IsGluedAfter(text, end);

    /// <summary>The word ending at <paramref name="end"/> goes on into an address, a path, a number or a code.</summary>
    private static bool IsGluedAfter(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }

        var c = text[end];
        var next = end + 1 < text.Length ? text[end + 1] : ' ';
        return c is '@' or '/' or '_' or '\\' or '=' or '+' or '#' || char.IsAsciiDigit(c)
            || (c is '.' && char.IsAsciiLetterOrDigit(next)) || (c == ':' && next != '\n' && end + 1 < text.Length && text[(end + 1)..].TrimStart(' ').Length > 0
                && char.IsAsciiDigit(text[(end + 1)..].TrimStart(' ')[0]));
    }

    /// <summary>The score of a capitalised known first name with nothing around it; 0 when it is not a name.</summary>
    private static double ScoreWithoutContext(ScanContext context, int j, int last, int words)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var first = tokens[j];
        if (LooksLikePlace(text, tokens, j, last) && !ListedWithAge(context, j, last))
        {
            return 0;
        }

        // "Sarah said you could refund", "Mark from your Calgary branch told me": the name acts as a person.
        // A name that is also a word ("Will", "Mark", "Rose") only with a verb that only a person does.
        var capitalized = (first.Shape & (TokenShape.Capitalized | TokenShape.AllUpper)) == TokenShape.Capitalized
            && !IsBotName(text, tokens, j) && !(j > 0 && TokenText.Gap(text, tokens[j - 1], first).Trim(' ') is "&"); // "Toni & Guy said"
        if (capitalized && ActsAsPerson(text, tokens, last) && !TokenText.IsAny(text, first, CompanyNames)
            && (TokenText.IsPlainFirstName(first) || (IsWordAndFirstName(first) && SaysOrComesFrom(text, tokens, j, last))))
        {
            return Scores.PatternWithContext;
        }

        // "Priya is my wife", "Rich is my brother", "Dawn was our midwife": a first name said to be
        // someone's relative or carer is a person, even one that is also a word; not "Austin is my
        // son's home town".
        if (capitalized && (TokenText.IsPlainFirstName(first) || IsWordAndFirstName(first)) && !TokenText.IsAny(text, first, CompanyNames)
            && IsSaidToBeSomeones(text, tokens, last))
        {
            return Scores.PatternWithContext;
        }

        // "Sent from Lorraine's iPad": a mail app's signature names its owner.
        if (capitalized && SentFromOwnDevice(text, tokens, j, last))
        {
            return Scores.PatternWithContext;
        }

        // "Amara is 3.", "Rose is 9 and Hunter is 5", "Emily's 5 and has chicken pox", "Ava, 9.",
        // "(Grace, 11)", "Leo, age 2": a first name given an age is a person, even one that is also a word.
        if (capitalized && (first.Flags & WordFlags.FirstName) != 0 && (first.Flags & NotName) == 0
            && !TokenText.IsAny(text, first, CompanyNames) && !PeopleContext.InListOrAfterPreposition(context, j)
            && AgeAfter(text, tokens, last, out var aged, out var number)
            && !PeopleContext.ListsThings(context, j, number) && (aged || !PeopleContext.SpeaksOfCounts(context, number)) // "two adults plus Ruby (age 6)"
            && ((aged && !(PeopleContext.SpeaksOfAnimals(context) && !PeopleFacts.Of(context).HasPeopleNoun(context))) // not "two dogs, Max (age 6)"
                || (TokenText.IsPlainFirstName(first) && !PeopleContext.SpeaksOfAnimals(context)) || PeopleContext.SpeaksOfPeople(context)))
        {
            return Scores.PatternWithContext;
        }

        var unsure = (first.Flags & Unsure) != 0 || ((first.Shape & TokenShape.AllUpper) != 0 && first.Length <= 3);
        if (words >= 2)
        {
            // Two name words: sure when the first is a plain first name or the second is a known name too.
            var second = SecondWord(text, tokens, j, last);
            var secondKnown = (second.Flags & Known) != 0 && (second.Flags & (WordFlags.StopWord | WordFlags.Month)) == 0;
            return !unsure ? Scores.PatternWithContext : secondKnown ? Scores.StrongPattern : Scores.Weak;
        }

        if (unsure)
        {
            return 0;
        }

        // A capitalised first word of a sentence, or a word after a preposition of place or another
        // capitalised word ("at Zara", "Trader Joe's", "the Stanley cup"), says little about being a name.
        if (AtSentenceStart(text, first.Start) || (j > 0 && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[j - 1], first))
            && (TokenText.IsAny(text, tokens[j - 1], ["in", "at", "on", "near", "from", "the", "en", "à", "au", "aux", "nach", "bei", "im"])
                || ((tokens[j - 1].Shape & TokenShape.Capitalized) != 0 && (tokens[j - 1].Flags & WordFlags.StopWord) == 0
                    && !AtSentenceStart(text, tokens[j - 1].Start)))))
        {
            return Scores.Weak;
        }

        return Scores.Pattern;
    }

    /// <summary>
    /// Companies and assistants named like people ("Chase said my card was fine", "Driver: Mercedes"):
    /// no name however they are announced.
    /// </summary>
    private static readonly WordSet CompanyNames = new(
        ["chase", "ally", "dell", "ford", "lincoln", "hilton", "mercedes", "tiffany", "harley", "morgan", "wells", "lloyd", "tesla", "may",
         "sky", "kaiser", "oscar", "marcus", "delta", "avis", "zara", "alexa", "siri", "claude", "paris", "april", "june", "bill",
         "victoria", "florence", "jordan", "jackson", "sterling", "santander", "royal"]);

    /// <summary>
    /// First names that a one-word reply or a closing word is more often as a brand, a town, an
    /// insurer or an exclamation: "Chanel", "Mercedes", "Hastings", "Bradford", "Jesus!".
    /// </summary>
    private static readonly WordSet LoneWordsNotNames = new(
    [
        "chanel", "dior", "nike", "armani", "bentley", "lexus", "chrysler", "celine", "valentino", "levi", "barclay",
        "porsche", "ferrari", "gucci", "prada", "versace", "fendi", "hermes", "hastings", "bradford", "stafford", "pandora",
        "clifton", "milton", "luz", "santa", "jesus", "angel", "preston", "chester", "kingston", "sydney", "austin", "houston",
        "madison", "dallas", "phoenix", "lincoln", "devon", "chelsea", "tyler", "eden", "harvey", "sage", "marine",
        // one-word replies in other languages and chat that the name lists also hold (a review, 2026-12-01)
        "okey", "kay", "nada", "bon", "chao", "ciao", "che", "mira", "tia", "tio", "primo", "prima", "chico", "chica", "baba",
        "lala", "mimi", "pere", "mac", "bao", "perl", "kali", "rey", "cielo", "estrella", "flor", "roma", "isis", "ira",
        "neo", "kobe", "barbie", "zelda", "durante", "valencia", "salem", "bueno", "claro", "vale", "listo", "amigo", "amor",
        "nena", "nene", "jefe", "bella", "bello", "bravo", "sol", "mar",
    ]);

    /// <summary>Verbs of what a person said or did for the customer: after a capitalised first name, they make it a name.</summary>
    private static readonly WordSet PersonVerbs = new(
    [
        "said", "says", "told", "mentioned", "promised", "confirmed", "advised", "explained", "suggested", "emailed",
        "texted", "messaged", "helped", "assured", "agreed", "offered", "recommended",
    ]);

    /// <summary>True when a person's verb, or "from your/the" (a member of staff), follows token <paramref name="last"/>.</summary>
    private static bool ActsAsPerson(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last)
    {
        var k = last + 1;
        if (k >= tokens.Length || !TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[last], tokens[k])))
        {
            return false;
        }

        return TokenText.IsAny(text, tokens[k], PersonVerbs)
            || (TokenText.Is(text, tokens[k], "from") && TokenText.IsAnyAt(text, tokens, k + 1, ["your", "the", "our"])
                && k + 2 < tokens.Length && (tokens[k + 2].Shape & TokenShape.Capitalized) != 0);
    }

    /// <summary>
    /// True when "is my brother", "was our carer", "is her new physio" follows token
    /// <paramref name="last"/>: a relative or a role, not followed by "'s" (then it is the relative's
    /// thing that is named: "Austin is my son's home town").
    /// </summary>
    private static bool IsSaidToBeSomeones(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last)
    {
        var k = last + 1;
        if (k + 2 >= tokens.Length || !TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[last], tokens[k]))
            || !TokenText.IsAny(text, tokens[k], ["is", "was"]) || !TokenText.IsAnyAt(text, tokens, k + 1, ["my", "our", "his", "her", "their", "your"]))
        {
            return false;
        }

        var who = k + 2;
        if (TokenText.IsAny(text, tokens[who], ["older", "younger", "little", "big", "elder", "late", "new", "ex", "old", "best", "step"]) && who + 1 < tokens.Length
            && TokenText.Gap(text, tokens[who], tokens[who + 1]) is " " or "-")
        {
            who++;
        }

        var after = who + 1 < tokens.Length ? TokenText.Gap(text, tokens[who], tokens[who + 1]) : default;
        return (TokenText.IsAny(text, tokens[who], Relatives) || TokenText.IsAny(text, tokens[who], PeopleOnlyRoles))
            && !(after.Length == 1 && TokenText.IsApostrophe(after[0]))
            && !(who + 1 < tokens.Length && TokenText.Is(text, tokens[who + 1], "in")); // "Ruby is my partner in crime" (a spaniel)
    }

    /// <summary>
    /// The <see cref="Roles"/> only a person has: not a friend, an assistant, a cleaner or a manager,
    /// which pets ("Max is my best friend"), apps ("Erica is my assistant") and vacuum cleaners
    /// ("Henry is my cleaner") are too, nor the roles a desk or a service has.
    /// </summary>
    private static readonly string[] PeopleOnlyRoles =
        [.. Roles.Except(["friend", "assistant", "cleaner", "manager", "supervisor", "agent", "advisor", "adviser", "receptionist", "stylist", "housekeeper"])];

    /// <summary>"the virtual assistant Ruby told me", "your bot thing Max said": a bot's name is no one's.</summary>
    private static bool IsBotName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j) =>
        TokenText.IsAnyAt(text, tokens, j - 1, ["bot", "chatbot"])
        || TokenText.IsAnyAt(text, tokens, j - 2, ["bot", "chatbot"]) // "your bot thing Max said"
        || (TokenText.IsAnyAt(text, tokens, j - 1, ["assistant", "agent", "helper"])
            && (TokenText.IsAnyAt(text, tokens, j - 2, BotWords) || TokenText.IsAnyAt(text, tokens, j - 3, BotWords)));

    private static readonly string[] BotWords = ["virtual", "automated", "ai", "digital", "chat", "online", "robot", "bot"];

    /// <summary>
    /// True when token <paramref name="n"/> starts a phone number's digits (9 to 15 in groups of
    /// digits joined by single spaces or dashes): "Sophie Lindqvist 07451 938277" is a person and
    /// her number, where a shorter number after a name is a house, a postcode or a ZIP ("Austin 78701").
    /// </summary>
    private static bool PhoneDigitsAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int n)
    {
        var digits = 0;
        for (var k = n; k < tokens.Length && (tokens[k].Shape & TokenShape.AllDigits) != 0; k++)
        {
            digits += tokens[k].Length;
            if (k + 1 >= tokens.Length || TokenText.Gap(text, tokens[k], tokens[k + 1]) is not (" " or "-"))
            {
                break;
            }
        }

        return digits is >= 9 and <= 15;
    }

    /// <summary>A dictionary first name that is also an everyday word ("Will", "Mark", "Rose", "Hunter"), not a month.</summary>
    private static bool IsWordAndFirstName(in Token token) =>
        (token.Flags & WordFlags.FirstName) != 0 && (token.Flags & (WordFlags.AmbiguousName | WordFlags.StopWord)) != 0
        && (token.Flags & (WordFlags.Month | NotName)) == 0;

    /// <summary>
    /// What only a person does after a name that is also a word: "Will said", "Mark told me", "Rose
    /// confirmed", "Mark from your Calgary branch"; not "Will help" or "Mark as read".
    /// </summary>
    private static bool SaysOrComesFrom(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j, int last)
    {
        // "went from Green to Amber confirmed yesterday": after a preposition the word is a word.
        if (TokenText.IsAnyAt(text, tokens, j - 1, ["to", "from", "in", "into", "at", "on", "the", "a", "an"]))
        {
            return false;
        }

        // "Will said item be replaced?": a question's "Will" is the verb and "said" means "that".
        if ((tokens[j].Flags & WordFlags.StopWord) != 0 && text[tokens[last].End..].IndexOfAny(ClauseEnds) is var stop
            && stop >= 0 && text[tokens[last].End + stop] == '?')
        {
            return false;
        }

        if (TokenText.IsAnyAt(text, tokens, last + 1, SaidVerbs))
        {
            return true;
        }

        // "Mark from your Calgary branch told me"; not "The Rose from your Spring range arrived damaged".
        if (!TokenText.IsAt(text, tokens, last + 1, "from") || TokenText.IsAnyAt(text, tokens, j - 1, ["the", "a", "your", "our", "my"]))
        {
            return false;
        }

        for (var k = last + 2; k < tokens.Length && k <= last + 8; k++)
        {
            if (TokenText.IsAny(text, tokens[k], SaidVerbs))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(".!?,;\n");

    private static readonly string[] SaidVerbs =
        ["said", "says", "told", "mentioned", "promised", "confirmed", "emailed", "texted", "messaged", "assured", "called", "rang",
         "phoned", "advised", "explained", "helped", "helpful", "sorted", "dealt"];

    /// <summary>
    /// True when an age follows the name ending at token <paramref name="last"/>: "is 3.", "'s 5 and",
    /// "was 9,", ", 9.", ", age 2", " (11)": a number of one or two digits that nothing turns into a
    /// quantity ("Grace is 5 days", "Max is 3 per customer").
    /// </summary>
    private static bool AgeAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last, out bool aged, out int number)
    {
        aged = false;
        number = -1;
        var k = last + 1;
        if (k >= tokens.Length)
        {
            return false;
        }

        var gap = TokenText.Gap(text, tokens[last], tokens[k]);
        int n;
        var listed = false;
        if (gap is " " && TokenText.IsAny(text, tokens[k], ["is", "was"]))
        {
            n = k + 1;
        }
        else if (gap.Length == 1 && TokenText.IsApostrophe(gap[0]) && TokenText.Is(text, tokens[k], "s"))
        {
            n = k + 1;
        }
        else if (gap is ", ")
        {
            n = TokenText.IsAny(text, tokens[k], ["age", "aged"]) ? k + 1 : k;
            listed = n == k;
            aged = !listed;
        }
        else if (gap is " " && (tokens[k].Shape & TokenShape.AllDigits) != 0)
        {
            // "Kids: Amara 10, Kofi 8, Esi 5": a name and a number is read as a town and its postcode
            // unless a people word heads the list, so this is asked only there (ListedWithAge).
            n = k;
            listed = true;
        }
        else if (gap is " (")
        {
            // "(6)", and "(age 6)" as a form or booking gives it ("two adults plus Ruby (age 6)").
            n = TokenText.IsAny(text, tokens[k], ["age", "aged"]) ? k + 1 : k;
            listed = n == k;
            aged = !listed;
        }
        else
        {
            return false;
        }

        if (n >= tokens.Length || (n > k && TokenText.Gap(text, tokens[n - 1], tokens[n]) is not " ")
            || (tokens[n].Shape & TokenShape.AllDigits) == 0 || tokens[n].Length > 2 || TokenText.DigitValue(text, tokens[n]) == 0)
        {
            return false;
        }

        number = n;
        var rest = text[tokens[n].End..];
        if (gap is " (")
        {
            return rest.StartsWith(")");
        }

        if (rest.IsEmpty || rest[0] is '.' or ',' or '!' or '?' or ';' or ')' || rest.TrimStart(' ').IsEmpty)
        {
            return !rest.StartsWith(".") || rest.Length == 1 || !char.IsAsciiDigit(rest[1]); // not "is 3.5"
        }

        return !listed && rest[0] == ' ' && n + 1 < tokens.Length
            && TokenText.IsAny(text, tokens[n + 1], ["and", "years", "yrs", "year", "months", "weeks", "now", "next", "this", "but", "so"]);
    }

    /// <summary>
    /// True when a dictionary name is part of an address: after a house number or a street word
    /// ("54 Anna Salai", "rue Émile Zola"), before a street word, a state code or a number
    /// ("Nelson Street", "Cheyenne WY", "Sheffield S10"), or made of a street word ("Friedrich-Ebert-Straße").
    /// </summary>
    private static bool LooksLikePlace(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j, int last)
    {
        var start = tokens[j].Start;
        var end = tokens[last].End;
        if (start > 0 && text[start - 1] is '/' or '+' or '=' or '_' or '\\' || end < text.Length && text[end] is '/' or '+' or '=' or '_' or '\\')
        {
            return true;
        }

        for (var k = j; k <= last; k++)
        {
            if ((tokens[k].Flags & WordFlags.StreetSuffix) != 0 && k > j)
            {
                return true;
            }
        }

        var p = j - 1;
        if (p >= 0 && TokenText.IsAny(text, tokens[p], Particles))
        {
            p--;
        }

        if (p >= 0 && ((tokens[p].Shape & TokenShape.HasDigit) != 0 || (tokens[p].Flags & WordFlags.StreetSuffix) != 0)
            && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[p], tokens[p + 1])))
        {
            return true;
        }

        var n = last + 1;
        if (n < tokens.Length && !TokenText.IsApostrophe(TokenText.Gap(text, tokens[last], tokens[n]) is { Length: 1 } g ? g[0] : ' '))
        {
            var next = tokens[n];
            var gap = TokenText.Gap(text, tokens[last], next);
            var near = gap is " " or ", " or "  ";
            if (near && (((next.Flags & (WordFlags.StreetSuffix | WordFlags.UnitDesignator)) != 0 && (next.Shape & TokenShape.Capitalized) != 0)
                || ((next.Flags & WordFlags.UsState) != 0 && (next.Shape & TokenShape.AllUpper) != 0)
                || (gap is " " && (next.Shape & TokenShape.HasDigit) != 0 && !PhoneDigitsAt(text, tokens, n))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Kids: Amara 10, Kofi 8, Esi 5": a name and a number of one or two digits, the item of a list
    /// a people word heads ("Kids:", "Passengers:"), where a name and a number elsewhere is a town
    /// and its postcode ("Austin 78701").
    /// </summary>
    private static bool ListedWithAge(ScanContext context, int j, int last)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var n = last + 1;
        return n < tokens.Length && TokenText.Gap(text, tokens[last], tokens[n]) is " " && (tokens[n].Shape & TokenShape.AllDigits) != 0
            && tokens[n].Length <= 2 && (n + 1 == tokens.Length || TokenText.Gap(text, tokens[n], tokens[n + 1]) is ", " or " and " or " & ")
            && PeopleContext.HeadedByPeople(context, j);
    }

    /// <summary>"cheers for sorting it, Priya", "thank you. Gurpreet": a closing name needs thanks or a sign-off before it ("..., Sydney" is a place).</summary>
    private static bool Thanks(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end)
    {
        for (var k = 0; k < end; k++)
        {
            if (TokenText.IsAny(text, tokens[k], SignOffs) || TokenText.IsAny(text, tokens[k], ["thank", "ta", "bye"]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"112 Jackson Highway, Kingston": a number or a street word in the few tokens before makes the closing word a town.</summary>
    private static bool AfterAddress(ReadOnlySpan<Token> tokens, int index)
    {
        for (var k = Math.Max(0, index - 4); k < index; k++)
        {
            if ((tokens[k].Shape & TokenShape.HasDigit) != 0 || (tokens[k].Flags & (WordFlags.StreetSuffix | WordFlags.UsState)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"... - Maria", "... - john smith" or "..., Priya" closing the message.</summary>
    private void DashSignOff(ScanContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var lastIndex = tokens.Length - 1;

        // Only emoji, punctuation and spaces may follow the name.
        if (text[tokens[lastIndex].End..].ContainsAny('\n', '-') || !IsLooseWord(text, tokens[lastIndex]))
        {
            return;
        }

        var first = lastIndex;
        var words = 1;
        while (first > 0)
        {
            var gap = TokenText.Gap(text, tokens[first - 1], tokens[first]);
            if (IsPartJoin(gap) && IsLooseWord(text, tokens[first - 1]))
            {
                first--;
                continue;
            }

            if (TokenText.IsSpaceJoin(gap) && words < 3 && IsLooseWord(text, tokens[first - 1]))
            {
                first--;
                words++;
                continue;
            }

            break;
        }

        // The name must be introduced by " - " (or "—", normalised to '-').
        if (first == 0)
        {
            return;
        }

        // Require the form "text - Name": a hyphen with spaces around it just before the name.
        var before = TokenText.Gap(text, tokens[first - 1], tokens[first]).TrimEnd(' ');

        // "cheers for sorting the refund so quick, Priya", "thank you. Gurpreet": a capitalised first
        // name that is no everyday word, after a comma or a full stop, closes a message that thanks.
        if (before is "," or "." && first >= 4 && words == 1 && text[tokens[first - 1].End..tokens[first].Start].EndsWith(' ')
            && tokens[first - 1].Length > 1 // not "John F. Kennedy"
            && TokenText.IsPlainFirstName(tokens[first]) && (tokens[first].Flags & (Unsure | NotName)) == 0
            && !AfterAddress(tokens, first) && Thanks(text, tokens, first)
            && !TokenText.IsAny(text, tokens[first], LoneWordsNotNames)
            && (tokens[first].Shape & (TokenShape.Capitalized | TokenShape.AllUpper)) == TokenShape.Capitalized
            && !TokenText.IsAny(text, tokens[first], CompanyNames))
        {
            context.Add(DataClasses.PersonName, tokens[first].Start, tokens[lastIndex].End, Scores.PatternWithContext, Id,
                context: ContextKinds.Name);
            return;
        }

        if (before.Length < 2 || before[^1] != '-' || text[tokens[first].Start - 1] != ' ' || before.TrimEnd('-') is not { Length: > 0 } lead
            || lead[^1] != ' ')
        {
            return;
        }

        context.Add(DataClasses.PersonName, tokens[first].Start, tokens[lastIndex].End, Scores.PatternWithContext, Id,
            context: ContextKinds.Name);
    }

    /// <summary>
    /// A message that opens with two or three plain words, then a comma or a line break, before an
    /// address or number ("aminata mwangi, 134 union rd", "Leocadia Echeverría\nDOB ...").
    /// </summary>
    private void OpeningName(ScanContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        if (text[..tokens[0].Start].Trim().Length > 0 || TokenText.IsAnyAt(text, tokens, 0, GreetingOpeners)
            || TokenText.IsAnyAt(text, tokens, 0, Greetings))
        {
            return; // "buenos días, código postal 50001" opens with a greeting, not a name
        }

        var words = 0;
        var anyKnown = false;
        var lowerUnknown = false; // "flight cancelled, rebooked on QF1", "Bitte Lastschrift einrichten, IBAN ..."
        var last = -1;
        for (var k = 0; k < tokens.Length && words <= 3; k++)
        {
            if (!IsLooseWord(text, tokens[k]) || (tokens[k].Flags & WordFlags.AmbiguousName) != 0)
            {
                return;
            }

            if (k == 0 || TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[k - 1], tokens[k])))
            {
                words++;
            }
            else if (!IsPartJoin(TokenText.Gap(text, tokens[k - 1], tokens[k])))
            {
                break;
            }

            anyKnown |= (tokens[k].Flags & Known) != 0 && (tokens[k].Flags & WordFlags.StopWord) == 0;
            lowerUnknown |= !IsUpperStart(text, tokens[k]) && (tokens[k].Flags & Known) == 0;
            last = k;
            if (k + 1 < tokens.Length)
            {
                var gap = TokenText.Gap(text, tokens[k], tokens[k + 1]);
                if (gap.Length > 0 && (gap[0] == ',' || gap.Contains('\n')))
                {
                    break;
                }
            }
        }

        if (last < 0 || words is < 2 or > 3 || last + 1 >= tokens.Length)
        {
            return;
        }

        var after = TokenText.Gap(text, tokens[last], tokens[last + 1]);
        if (!(after.Length > 0 && (after[0] == ',' || after.Contains('\n'))))
        {
            return;
        }

        var digitsNext = false;
        for (var k = last + 1; k < tokens.Length && k <= last + 4; k++)
        {
            digitsNext |= (tokens[k].Shape & TokenShape.HasDigit) != 0;
        }

        // "Société Exemple, SIREN ...", "Cabinet Durand, avocats", "Kestrel Marine Ltd, ...": a firm, not a person.
        var firm = TokenText.IsAny(text, tokens[0], OrganisationWords) || TokenText.IsAny(text, tokens[0], InstitutionsBefore)
            || TokenText.IsAny(text, tokens[last], TeamWords) || TokenText.IsAny(text, tokens[last], FirmEndings);
        if ((!lowerUnknown || TokenText.IsPlainFirstName(tokens[0])) && (anyKnown || digitsNext) && !firm)
        {
            context.Add(DataClasses.PersonName, tokens[0].Start, tokens[last].End, Scores.StrongPattern, Id);
        }
    }

    /// <summary>A line that holds only a name with at least one dictionary word ("Cerys Kelly" above an address).</summary>
    private void NameLines(ScanContext context)
    {
        // Line breaks are found by searching the text, not by looking into the gap after every
        // token: a long document is mostly short gaps without one.
        var text = context.Text;
        var tokens = context.Tokens;
        var lineStart = 0;
        var searchFrom = tokens[0].End; // a line break before the first token ends no line
        while (true)
        {
            var found = text[searchFrom..].IndexOf('\n');
            var next = found < 0 ? tokens.Length : context.TokenIndexAt(searchFrom + found); // the first token after the break
            var count = next - lineStart;
            if (count is >= 2 and <= 5)
            {
                TryNameLine(context, lineStart, next - 1);
            }

            if (next == tokens.Length)
            {
                return;
            }

            lineStart = next;
            searchFrom = tokens[next].End; // other breaks before this token end the same line
        }
    }

    private void TryNameLine(ScanContext context, int first, int last)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var words = 1;
        var anyKnown = false;
        var allKnown = true;
        var allUpper = true;
        var lineStart = text[..tokens[first].Start].LastIndexOf('\n') + 1;
        var lineEnd = text[tokens[last].End..].IndexOf('\n');
        lineEnd = lineEnd < 0 ? text.Length : tokens[last].End + lineEnd;
        if (text[lineStart..tokens[first].Start].Trim().Length > 0 || text[tokens[last].End..lineEnd].Trim().Length > 0)
        {
            return; // something else (punctuation, a label) shares the line
        }

        for (var k = first; k <= last; k++)
        {
            var token = tokens[k];
            if (!IsLooseWord(text, token) || (token.Flags & WordFlags.PersonTitle) != 0)
            {
                return;
            }

            var plainKnown = (token.Flags & Known) != 0 && (token.Flags & (WordFlags.StopWord | WordFlags.AmbiguousName)) == 0;
            anyKnown |= plainKnown;
            allKnown &= plainKnown || (token.Length == 1 && k > first);
            allUpper &= IsUpperStart(text, token);
            if (k > first)
            {
                var gap = TokenText.Gap(text, tokens[k - 1], token);
                if (TokenText.IsSpaceJoin(gap))
                {
                    words++;
                }
                else if (!IsPartJoin(gap))
                {
                    return;
                }
            }
        }

        // Capitalised words need one dictionary name; lower-case words must all be names.
        if (words >= 2 && words <= MaxWords && (allUpper ? anyKnown : allKnown))
        {
            context.Add(DataClasses.PersonName, tokens[first].Start, tokens[last].End, Scores.StrongPattern, Id);
        }
    }

    /// <summary>
    /// Reads plain words of any case from <paramref name="j"/> (up to <see cref="MaxWords"/>); the
    /// run must end the message (<paramref name="toEnd"/>) or stop at punctuation, a filler word or
    /// a form's next field (<see cref="StartsFieldLabel"/>).
    /// </summary>
    private static int ReadLoose(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j, bool toEnd, out int words)
    {
        words = 0;
        if (TokenText.IsAny(text, tokens[j], NameStates))
        {
            return -1; // "my name is wrong and the address too"
        }

        var last = -1;
        for (var k = j; k < tokens.Length; k++)
        {
            var token = tokens[k];
            var isInitial = k > j && token.Length == 1 && (token.Shape & TokenShape.HasLetter) != 0 && k + 1 < tokens.Length
                && TokenText.Gap(text, token, tokens[k + 1]) is ". ";
            if (!isInitial && !IsLooseWord(text, token))
            {
                break;
            }

            if (k > j)
            {
                var gap = TokenText.Gap(text, tokens[k - 1], token);
                var initial = tokens[k - 1].Length == 1 && gap is ". ";
                if (IsPartJoin(gap))
                {
                    last = k;
                    continue;
                }

                if (!(TokenText.IsSpaceJoin(gap) || initial) || words == MaxWords || StartsFieldLabel(text, tokens, k))
                {
                    break;
                }
            }

            words++;
            last = k;
        }

        if (last < 0 || tokens[j].Length == 1 || (tokens[last].Length == 1 && words == 1))
        {
            return -1;
        }

        if (tokens[last].Length == 1 && last > j)
        {
            last--; // an initial cannot end a name
        }

        var end = tokens[last].End;
        if (toEnd)
        {
            // Only fillers ("thx", "again"), emoji and punctuation may follow.
            var fillers = 0;
            for (var k = last + 1; k < tokens.Length; k++)
            {
                if (++fillers > 3 || !TokenText.IsAny(text, tokens[k], Fillers))
                {
                    return -1;
                }
            }

            return last;
        }

        var rest = text[end..].TrimStart(' ');
        if (rest.Length == 0 || rest[0] is ',' or '.' or '!' or '?' or ';' or ':' or '\n' or '\r' or '(' or ')' || IsEmojiOrSmiley(rest))
        {
            return last;
        }

        // "je m'appelle yanis benali et j'ai un souci", "my name is tomás ruiz and I ...": a
        // conjunction ends a name announced in lower case as a comma does.
        return last + 1 < tokens.Length && (TokenText.IsAny(text, tokens[last + 1], Fillers)
            || (words <= 3 && TokenText.IsAny(text, tokens[last + 1], Conjunctions))) ? last : -1;
    }

    /// <summary>A word that may be part of a name typed in any case: letters only, not a common word or keyword.</summary>
    private static bool IsLooseWord(ReadOnlySpan<char> text, in Token token) =>
        IsLooseWord(token) && !TokenText.IsAny(text, token, Fillers);

    private static bool IsLooseWord(in Token token)
    {
        if ((token.Shape & (TokenShape.HasLetter | TokenShape.HasDigit)) != TokenShape.HasLetter)
        {
            return false;
        }

        var known = (token.Flags & Known) != 0;
        if (token.Context != ContextKinds.None)
        {
            return false;
        }

        if (known)
        {
            return (token.Flags & WordFlags.PersonTitle) == 0 && ((token.Flags & WordFlags.StopWord) == 0 || (token.Flags & WordFlags.FirstName) != 0);
        }

        return (token.Flags & (WordFlags.StopWord | WordFlags.PersonTitle | WordFlags.HealthTerm | NotName)) == 0;
    }

    /// <summary>
    /// Reads up to <see cref="MaxWords"/> name words from token <paramref name="j"/>: words joined by
    /// hyphens or apostrophes ("Jean-Luc", "O'Connor"), particles ("de la Cruz", "van der Berg")
    /// and initials ("John F. Kennedy"), up to a form's next field or post-nominal letters (<see
    /// cref="StartsFieldLabel"/>). Returns the last token.
    /// </summary>
    private static int ReadName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j, bool lowerKnown, out int words)
    {
        words = 1;
        var last = j;
        var k = j + 1;
        while (k < tokens.Length)
        {
            var gap = TokenText.Gap(text, tokens[k - 1], tokens[k]);
            var token = tokens[k];
            if (IsPartJoin(gap))
            {
                // One word in parts: "Jean-Luc", "Min-jun" (after a capital), not "Maria's".
                var part = (token.Shape & (TokenShape.HasLetter | TokenShape.HasDigit)) == TokenShape.HasLetter
                    && (IsUpperStart(text, token) || (gap[0] == '-' && token.Length > 1 && (token.Flags & NotName) == 0));
                if (!part || (TokenText.IsApostrophe(gap[0]) && token.Length == 1))
                {
                    break;
                }

                last = k++;
                continue;
            }

            if (words >= MaxWords)
            {
                break;
            }

            if (TokenText.IsSpaceJoin(gap))
            {
                if (StartsFieldLabel(text, tokens, k))
                {
                    break;
                }

                if (IsElidedPrefix(text, tokens, k) || IsInitial(text, tokens, k, lowerKnown))
                {
                    words++;
                    last = k + 1;
                    k += 2;
                    continue;
                }

                if (TokenText.IsAny(text, token, Particles)
                    && ((token.Shape & TokenShape.Capitalized) == 0 || (token.Flags & Known) == 0 || (token.Flags & NotName) != 0))
                {
                    // A particle only counts when a capitalised name follows it ("de la Cruz", "Le Goff",
                    // "De Luca", whose "De" is also Delaware's code).
                    var m = k;
                    while (m + 1 < tokens.Length && m - k < 2 && TokenText.IsAny(text, tokens[m], Particles)
                        && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[m], tokens[m + 1])))
                    {
                        m++;
                        if (!TokenText.IsAny(text, tokens[m], Particles))
                        {
                            break;
                        }
                    }

                    if (!IsUpperStart(text, tokens[m]) || !IsNameWord(tokens[m], false) || !IsContinuation(tokens[m]))
                    {
                        break;
                    }

                    words++;
                    last = m;
                    k = m + 1;
                    continue;
                }

                // A lower-case word goes on a name only when it is a known name ("Lucía llamó" is a verb).
                var upper = IsUpperStart(text, token);
                if ((upper || (lowerKnown && ((token.Flags & Known) != 0 || !char.IsLower(text[token.Start]))))
                    && IsNameWord(token, lowerKnown) && IsContinuation(token) && !TokenText.IsAny(text, token, Fillers))
                {
                    words++;
                    last = k++;
                    continue;
                }
            }

            break;
        }

        return last;
    }

    /// <summary>"O'Connor", "D'Angelo": one capital letter and an apostrophe before a capitalised part.</summary>
    private static bool IsElidedPrefix(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k)
    {
        var token = tokens[k];
        if (token.Length != 1 || (token.Shape & TokenShape.Capitalized) == 0 || k + 1 >= tokens.Length)
        {
            return false;
        }

        var gap = TokenText.Gap(text, token, tokens[k + 1]);
        var next = tokens[k + 1];
        return gap.Length == 1 && TokenText.IsApostrophe(gap[0]) && (next.Shape & TokenShape.Capitalized) != 0
            && IsNameWord(next, false) && next.Length > 1;
    }

    /// <summary>"F. Kennedy": a capital initial, a dot, one space, then a capitalised word.</summary>
    private static bool IsInitial(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k, bool lowerKnown)
    {
        var token = tokens[k];
        var upper = (token.Shape & TokenShape.Capitalized) != 0;
        if (token.Length != 1 || (token.Shape & TokenShape.HasLetter) == 0 || !(upper || lowerKnown) || k + 1 >= tokens.Length)
        {
            return false;
        }

        var gap = TokenText.Gap(text, token, tokens[k + 1]);
        var next = tokens[k + 1];
        var nextOk = upper ? (next.Shape & TokenShape.Capitalized) != 0 && IsNameWord(next, false) && IsContinuation(next)
            : IsLooseWord(text, next);
        return gap is ". " && nextOk && next.Length > 1;
    }

    /// <summary>Letters only; capitalised and not a common word unless a known name, or a known name in lower case when allowed.</summary>
    private static bool IsNameWord(in Token token, bool lowerKnown)
    {
        if ((token.Shape & (TokenShape.HasLetter | TokenShape.HasDigit)) != TokenShape.HasLetter)
        {
            return false;
        }

        var known = (token.Flags & Known) != 0;
        if ((token.Flags & WordFlags.PersonTitle) != 0 && !known)
        {
            return false;
        }

        if ((token.Shape & TokenShape.Capitalized) != 0 || (token.Shape & TokenShape.AsciiOnly) == 0)
        {
            return (token.Flags & WordFlags.StopWord) == 0 || known;
        }

        return lowerKnown && known && (token.Flags & (WordFlags.StopWord | WordFlags.AmbiguousName)) == 0;
    }

    /// <summary>A word after the first that still looks like part of a name, not a street, month, acronym or keyword.</summary>
    private static bool IsContinuation(in Token token)
    {
        if ((token.Flags & Known) != 0)
        {
            return (token.Flags & (WordFlags.StreetSuffix | WordFlags.Month)) == 0 || (token.Flags & WordFlags.Surname) != 0;
        }

        return token.Context == ContextKinds.None && token.Length > 1
            && (token.Flags & (NotName | WordFlags.StopWord)) == 0
            && !((token.Shape & TokenShape.AllUpper) != 0 && token.Length <= 4);
    }

    /// <summary>The token of the second name word (skipping hyphenated parts of the first).</summary>
    private static Token SecondWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j, int last)
    {
        for (var k = j + 1; k <= last; k++)
        {
            if (TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[k - 1], tokens[k])) && tokens[k].Length > 1)
            {
                return tokens[k];
            }
        }

        return tokens[last];
    }

    /// <summary>An upper-case first letter, or a letter of a script without case (CJK, Arabic...).</summary>
    private static bool IsUpperStart(ReadOnlySpan<char> text, in Token token)
    {
        if ((token.Shape & TokenShape.Capitalized) != 0)
        {
            return true;
        }

        var c = text[token.Start];
        return c >= 0x80 && char.IsLetter(c) && !char.IsLower(c);
    }

    /// <summary>A comma, semicolon or full stop, then a space: what ends one field of a message and opens the next.</summary>
    private static bool EndsField(ReadOnlySpan<char> gap) => gap is ", " or "; " or ". " or " , ";

    /// <summary>A single hyphen or apostrophe inside one name word.</summary>
    private static bool IsPartJoin(ReadOnlySpan<char> gap) => gap.Length == 1 && (gap[0] == '-' || TokenText.IsApostrophe(gap[0]));

    /// <summary>True when the gap before a name is spaces, or punctuation a greeting leaves ("Thanks, ", "Regards,\n").</summary>
    private static bool IsSeparatedForName(ReadOnlySpan<char> gap)
    {
        if (gap.Length is 0 or > 4)
        {
            return false;
        }

        foreach (var c in gap)
        {
            if (c is not (' ' or ',' or ':' or '\n' or '\r' or '!' or '-' or '='))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AtSentenceStart(ReadOnlySpan<char> text, int position)
    {
        var j = position - 1;
        while (j >= 0 && text[j] is ' ' or '"' or '\'' or '(' or '*' or '\t' or '\u201C' or '\u2018' or '¿' or '¡')
        {
            j--;
        }

        return j < 0 || text[j] is '.' or '!' or '?' or '\n' or '\r' or ':' or ';' or '>' or '-';
    }
}
