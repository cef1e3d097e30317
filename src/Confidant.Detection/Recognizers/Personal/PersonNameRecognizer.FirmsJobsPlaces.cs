using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// Names beside jobs, firms and places, as pasted letters and forms write them. A job title is cut
/// from the name ("Regards, Dan Smith Director", "Director Jane Smith", "Sarah Holt Health
/// Visitor"); a team, an institution or a firm named after a person is no person ("School Nurse
/// Team", "Edith Cowan University", "Caldwell Pryor Solicitors", "Clínica San José", "Provider:
/// Hope Health"), unless a title, a greeting, a sign-off or a person's label says a person is meant
/// ("Mrs Gillian Bank", "Hi Ben Unit 4 door is broken"); a car model after its make and a town
/// after a numbered street are no people ("Skoda Octavia", "4 Kowhai Close, Hamilton please").
/// </summary>
internal sealed partial class PersonNameRecognizer
{
    /// <summary>
    /// Jobs: "Regards, Dan Smith Director", "Yours faithfully, Area Director". A name ends before
    /// one and the words that qualify it ("Senior Analyst", "Practice Manager", "Company Secretary").
    /// Some are family names too (Nurse, Clerk, Leader): after a first name they are given up.
    /// </summary>
    private static readonly string[] JobWordsList =
    [
        "director", "manager", "officer", "coordinator", "administrator", "assistant", "supervisor", "adviser", "advisor",
        "executive", "analyst", "associate", "secretary", "receptionist", "technician", "representative", "specialist",
        "directora", "gerente", "directeur", "directrice", "geschäftsführer", "geschäftsführerin", "sachbearbeiter",
        "sachbearbeiterin", "visitor", "worker", "leader", "broker", "clerk", "tutor", "nurse", "negotiator", "accountant",
        "instructor", "owner", "consultant", "surveyor", "engineer", "planner", "practitioner", "therapist", "pharmacist",
        "dentist", "hygienist", "optometrist", "physiotherapist", "midwife", "paramedic", "carer", "teacher", "lead",
    ];

    private static readonly WordSet JobWords = new(JobWordsList);

    /// <summary>
    /// Words that qualify a job before it ("Senior Analyst", "Finance Director"), besides the
    /// institution words, which qualify one too ("Practice Manager", "Health Visitor").
    /// </summary>
    private static readonly string[] JobQualifiersList =
    [
        "senior", "junior", "chief", "head", "principal", "deputy", "managing", "financial", "marketing", "regional", "area",
        "account", "accounts", "customer", "client", "technical", "commercial", "legal", "project", "product", "programme",
        "program", "sales", "hr", "it", "general", "personal", "clinical", "nursing", "care", "branch",
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
        "infirmary", "clinic", "council", "institute", "ministry", "agency", "hospice", "pharmacy", "surgery", "clinique",
        "klinik", "clínica",
    ];

    private static readonly WordSet FirmEndings = new(FirmEndingsList);

    /// <summary>
    /// Teams, places and kinds of firm or institution: the firm endings and words that end a firm's
    /// name only when no lower-case word goes on the sentence ("Hope Health", but "Dear Mrs Jones
    /// Medical records attached"). Words that are also family names (Sales, Billing, Herren,
    /// Board, Trust, Bank, Church) are not among them.
    /// </summary>
    private static readonly string[] InstitutionWordsList =
    [
        .. FirmEndingsList,
        "team", "department", "dept", "services", "service", "support", "office", "desk", "helpdesk", "staff", "committee",
        "company", "reception", "admissions", "administration", "operations", "payroll", "management", "unit", "centre",
        "center", "practice", "medical", "dental", "vet", "vets", "veterinary", "health", "healthcare", "homes", "estates",
        "properties", "lettings", "insurance", "motors", "garage", "solutions", "consulting", "travel", "logistics",
        "fitness", "salon", "spa", "finance", "suite", "room", "club", "union", "fete", "parade",
    ];

    private static readonly WordSet InstitutionWords = new(InstitutionWordsList);

    /// <summary>Every word of the lists above, and "wing": most names hold none, and are checked with one lookup a word.</summary>
    private static readonly WordSet NotPersonWords = new([.. JobWordsList, .. JobQualifiersList, .. InstitutionWordsList, .. InstitutionsBeforeList, "wing"]);

    /// <summary>
    /// Cuts a job title from the name, or says the name is a firm's or an institution's: false when
    /// no person is left. <paramref name="first"/> and <paramref name="last"/> follow the cut.
    /// </summary>
    private static bool KeepsThePerson(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ref Candidate name, ref int first, ref int last)
    {
        var job = JobTitleAt(text, tokens, first, last, out var titleEnd);
        if (job > first)
        {
            // "Aoife Byrne Practice Manager": the person before the job.
            if (!AnyKnown(tokens, first, job - 1))
            {
                return false; // "Area Director"
            }

            name = name with { End = tokens[job - 1].End };
            last = job - 1;
            return true;
        }

        if (job == first)
        {
            // "Director Jane Smith": the person after it.
            if (titleEnd >= last || !AnyKnown(tokens, titleEnd + 1, last))
            {
                return false;
            }

            first = titleEnd + 1;
            name = name with { Start = tokens[first].Start };
            return true;
        }

        var institution = InstitutionAt(text, tokens, first, last, out var firm);
        if (institution < 0)
        {
            return true;
        }

        if (firm || institution == first || !AnyKnown(tokens, first, institution - 1))
        {
            return false; // "Edith Cowan University", "Provider: Hope Health"
        }

        // "Hi Ben Unit 4 door is broken": the person before a word that starts the sentence.
        name = name with { End = tokens[institution - 1].End };
        last = institution - 1;
        return true;
    }

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
                    titleEnd++; // "Executive Assistant" ends at the last job word
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
    /// The first word of the name, of the three capitalised words after it or the word before it
    /// that names a team, an institution or a kind of firm ("Edith Cowan University", "GP: Ivy
    /// Grove Surgery", "Clínica San José"); -1 when there is none, or when it only follows the name
    /// in a sentence. <paramref name="firm"/> says the words are a firm's or an institution's name
    /// (the word ends a run of capitalised words, or is a firm's ending), not a sentence after a
    /// person ("Hi Ben Unit 4 door…", "Dear Mrs Jones Medical records attached").
    /// </summary>
    private static int InstitutionAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last, out bool firm)
    {
        firm = false;
        var person = PersonBefore(text, tokens, first);
        if (!person && first > 0 && TokenText.Gap(text, tokens[first - 1], tokens[first]) is " "
            && (IsCapitalisedIn(text, tokens[first - 1], InstitutionsBefore) || IsCapitalisedIn(text, tokens[first - 1], FirmEndings)))
        {
            firm = true; // "Clínica San José", "Farmacia Santa Ana", "Hospital Virgen del Rocío"
            return first;
        }

        var end = last;
        while (end + 1 < tokens.Length && end - last < 3 && TokenText.Gap(text, tokens[end], tokens[end + 1]) is " "
            && IsUpperStart(text, tokens[end + 1]) && (tokens[end + 1].Shape & TokenShape.HasDigit) == 0)
        {
            end++; // the capitalised words after the name: "Ivy [Grove Surgery]"
        }

        for (var k = first; k <= end; k++)
        {
            // "Mary Seacole Wing": a building's wing only as the last of three words or more,
            // without a person's cue ("Wing Yee Lam", "Dear Mr Wing", "Lorna Wing" stay).
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

            // Before a lower-case word or a number the word starts a sentence after the person; a
            // job after it makes it a job title ("Sarah Holt Health Visitor"); a title, greeting,
            // sign-off or person's label before the name makes it a person's ("Mrs Gillian
            // Bank", "Hi Tom Council tax went up", "Regards, Jane Smith Brightside Dental").
            var next = k + 1 < tokens.Length && TokenText.Gap(text, tokens[k], tokens[k + 1]) is " " ? tokens[k + 1] : default;
            if (next.Length > 0 && IsCapitalisedIn(text, next, JobWords))
            {
                return k <= last ? k : -1;
            }

            var inSentence = next.Length > 0 && (char.IsLower(text[next.Start]) || (next.Shape & TokenShape.HasDigit) != 0);
            firm = !person && (!inSentence || IsCapitalisedIn(text, tokens[k], FirmEndings));
            return firm || k <= last ? k : -1;
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
            || TokenText.IsAny(text, before, ["ok", "thank", "ta"])
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

    /// <summary>Car makes: the name after one is a model ("Skoda Octavia", "Renault Clio", "Nissan Leaf").</summary>
    private static readonly WordSet CarMakes = new(
    [
        "skoda", "škoda", "renault", "peugeot", "citroen", "citroën", "toyota", "nissan", "mazda", "hyundai", "vauxhall",
        "opel", "volkswagen", "vw", "fiat", "dacia", "mitsubishi", "subaru", "volvo", "audi", "bmw", "lexus", "chevrolet", "tesla",
    ]);

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
}
