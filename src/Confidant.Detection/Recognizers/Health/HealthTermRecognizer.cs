using System.Collections.Frozen;
using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Personal;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>
/// Reports conditions, symptoms, medications and procedures from the health dictionaries. The
/// tokenizer already marked every word that starts a dictionary phrase, so benign text costs one
/// flag test per token; phrases are matched over consecutive tokens, longest first, in one pass.
/// </summary>
internal sealed class HealthTermRecognizer : IRecognizer
{
    /// <summary>
    /// Single dictionary words that everyday English also uses ("a cold day", "what a pain",
    /// "a stroke of luck"): reported only near a medical word.
    /// </summary>
    private static readonly FrozenSet<string> EverydayWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "cold", "colds", "stroke", "strokes", "fit", "fits", "shock", "pressure", "meds", "medication", "medications",
        "medicine", "medicines", "attack", "attacks",
        "fall", "falls", "burn", "burns", "cut", "cuts", "break", "stress", "stressed", "tired", "pain", "pains", "sick",
        "ill", "high", "low", "acid", "crack", "speed", "ecstasy", "molly", "pot", "weed", "grass", "ice", "coke",
        "test", "tests", "scan", "scans", "screening", "shot", "shots", "jab", "cast", "drip", "check", "checkup",
        "exam", "operation", "labor", "labour", "delivery", "discharge", "mole", "growth", "mania", "crash",
        "blue", "blues", "down", "heat", "sore", "itch", "numb", "weak", "dizzy", "hurt", "hurts", "ache", "spasm",
        "cramp", "cramps", "block", "blockage", "bleed", "bleeding", "swelling", "lump", "bump", "spot", "spots",
        "patch", "pill", "pills", "drug", "drugs", "dose", "plan", "care", "therapy", "treatment", "procedure",
        "vitamin", "iron", "zinc", "salt", "sugar", "water", "oxygen", "alcohol", "panic", "trauma", "injury",
        "wound", "infection", "virus", "bug", "fatigue", "seizure", "seizures", "ms", "ra", "ed", "pt", "ct", "iv",
        "er", "x", "xray", "dental", "vision", "hearing", "birth", "pregnancy", "period", "periods", "cycle",
        "stone", "stones", "gas", "wind", "heart", "back", "neck", "head", "chest", "stomach", "tension", "collapse",
        "faint", "episode", "condition", "disorder", "disease", "syndrome", "addiction",
        "anxiety", "deaf", "blind", "exhausted", "exhaustion", "bruised", "bruising", "bruise", "bruises", "temperature",
        "swollen", "cbt", "mmr", "drowsy", "drowsiness", "bloods", "smear",
        // lay words with other uses: an itchy jumper, a bloated app, feverish excitement, a tearful goodbye
        "itchy", "bloated", "feverish", "clammy", "tearful", "queasy", "breathless", "aching", "achy", "wheezy", "puking",
        // how someone is, and also how a customer feels about a bill: "confused by the charges", "thirsty for more"
        "thirsty", "confused", "shaky", "sweaty", "groggy",
        // symptoms that are also said of things and days: hiccups in a roll-out, a blackout, a nightmare
        // of a week, throbbing music, cramping my style, dehydrated fruit
        "hiccup", "hiccups", "sleepy", "shivering", "nightmares", "gasping", "throbbing", "congestion", "blackout",
        "blackouts", "stiffness", "restlessness", "hoarse", "dehydrated", "cramping", "lethargic",
        // Spanish "tos" (a cough) is also "TOS", terms of service, in capitals
        "tos",
    ]);

    /// <summary>Phrases that are everyday words too, counted only next to a named health term: "I can't sleep until this is sorted".</summary>
    private static readonly string[] EverydayPhraseStarts = ["can", "cant", "cannot"];

    /// <summary>
    /// Spanish, French and German words of the lists with everyday meanings (a blocked drain, an
    /// ultrasonic sensor, a syringe for the lawnmower, a website "rehab", "piqûre de rappel"): like
    /// <see cref="EverydayWords"/>, but also counted when the speaker says they have it ("ich habe Verstopfung").
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ForeignEverydayWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "verstopfung", "gastro", "ultraschall", "auswurf", "spritze", "reha", "temperatur", "schwellung", "krämpfe",
        "krampf", "sehtest", "piqûre", "piqure", "vertige", "calambres", "calambre", "malestar", "sarna", "irm", "plombage",
        "mareado", "mareada", "schwindelig", "schwindlig", "tousse", "essoufflé", "essoufflée", "vomitando", "kopfweh",
        "bauchweh", "vomitar", "acidez", "sangrado", "cansancio", "hinchazón",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Foreign words that are a feeling as often as a symptom, even when someone has them ("tengo
    /// debilidad por los zapatos", "ich habe eine Schwäche für Schuhe", "Kribbeln im Bauch vor dem
    /// Urlaub", "j'ai un malaise avec ces frais"): counted only near a medical word.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ForeignFeelingWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "agotamiento", "ardor", "congestión", "debilidad", "temblores", "éruption", "gonflement", "faiblesse", "tremblements",
        "malaise", "herzklopfen", "ohnmacht", "schwäche", "zittern", "kribbeln",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that head a form's health field ("Allergies: peanut allergy", "Surgeries: appendectomy").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FieldNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "allergies", "allergy", "surgeries", "surgery", "medication", "medications", "meds", "medicines", "conditions",
        "condition", "procedure", "procedures", "treatment", "treatments", "therapy", "vaccinations", "vaccines",
        "immunisations", "immunizations",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    public const string RecognizerId = "health.dictionary";

    public string Id => RecognizerId;

    /// <inheritdoc />
    public IEnumerable<string> FindingIds => [RecognizerId, AllergyPhrase.Id];

    public IReadOnlyList<DataClass> Classes { get; } =
        [DataClasses.HealthCondition, DataClasses.Symptom, DataClasses.Medication, DataClasses.MedicalProcedure];

    public void Recognize(ScanContext context)
    {
        var tokens = context.Tokens;
        var firstCandidate = context.CandidateCount;
        var resume = 0; // first token after the last phrase found
        foreach (var i in context.WordAnchors)
        {
            if (i < resume)
            {
                continue;
            }

            // "CT head", "CT abdomen/pelvis": a bare "CT" (a US state too) is a scan when a region follows.
            if ((tokens[i].Flags & WordFlags.UsState) != 0 && ImagingStudy.IsCt(context.Text, tokens[i]))
            {
                var medicalNear = (context.ContextAround(tokens[i].Start, tokens[i].End, 8, 6) & ContextKinds.Medical) != 0;
                var regionEnd = ImagingStudy.CtRegionEnd(context.Text, tokens, i, medicalNear);
                if (regionEnd > i)
                {
                    context.Add(DataClasses.MedicalProcedure, tokens[i].Start, tokens[regionEnd].End, Scores.PatternWithContext, Id,
                        context: context.ContextAround(tokens[i].Start, tokens[regionEnd].End, 8, 4) & ContextKinds.Medical);
                    resume = regionEnd + 1;
                    continue;
                }
            }

            // "after my knee op", "her hip op is on Monday": a part of the body and the British short word for an operation.
            if ((tokens[i].Flags & WordFlags.BodyPart) != 0 && IsBodyOperation(context.Text, tokens, i))
            {
                context.Add(DataClasses.MedicalProcedure, tokens[i].Start, tokens[i + 1].End, Scores.PatternWithContext, Id,
                    context: ContextKinds.Medical);
                resume = i + 2;
                continue;
            }

            if ((tokens[i].Flags & WordFlags.HealthTerm) == 0 || tokens[i].Entry < 0)
            {
                continue;
            }

            var last = MatchAt(context.Lexicon, context.Text, tokens, i, out var phrase);
            if (last >= 0)
            {
                resume = Report(context, tokens, i, last, phrase!) + 1;
            }
        }

        RaiseNearNamedTerms(context, firstCandidate);
        RaiseListedWithCounted(context, firstCandidate);
        RaiseInClinicalText(context, firstCandidate);
        AllergyPhrase.Find(context, firstCandidate);
    }

    /// <summary>
    /// Token <paramref name="i"/>, a part of the body, is followed by "op" or "ops" and is someone's
    /// ("my knee op", "mum's hip op", "after her eye op"); not "back op" of a shop or a game's
    /// "hand ops", which no possessive owns.
    /// </summary>
    private static bool IsBodyOperation(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        i + 1 < tokens.Length && tokens[i + 1].Length is 2 or 3 && TokenText.IsAny(text, tokens[i + 1], ["op", "ops"])
        && TokenText.Gap(text, tokens[i], tokens[i + 1]) is " " && !FeverTemperature.IsTemp(text, tokens[i])
        && TokenText.IsAnyAt(text, tokens, TokenText.IsAnyAt(text, tokens, i - 1, ["left", "right"]) ? i - 2 : i - 1, BodyOwners);

    /// <summary>Whose a body part is: "my knee", "her left eye", "mum's hip" (the "s" of "'s").</summary>
    private static readonly string[] BodyOwners = ["my", "his", "her", "their", "your", "s"];

    /// <summary>Signs of the body that come in amounts: "some bleeding after sex", "a bit of swelling".</summary>
    private static readonly string[] Signs = ["bleeding", "swelling", "bruising", "redness", "numbness", "stiffness", "tingling"];

    /// <summary>Words that say how much of a sign there is: "some", "a bit of", "a little", "slight", "heavy".</summary>
    private static readonly string[] SignAmounts = ["some", "slight", "mild", "heavy", "light", "minor", "any", "little", "bit", "lot", "amount", "more"];

    /// <summary>
    /// "had some bleeding after sex", "a bit of swelling round the stitches", "any bleeding or
    /// redness": a sign of the body said as an amount of it, followed by the end of the clause, the
    /// next sign, a time or a part of the body, and said of someone or of a part of the body; not
    /// "some swelling in the budget", "The peaches arrived with some bruising".
    /// </summary>
    private static bool IsAmountOfASign(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        if (!TokenText.IsAny(text, tokens[index], Signs))
        {
            return false;
        }

        var k = TokenText.IsAt(text, tokens, index - 1, "of") ? index - 2 : index - 1;
        if (!TokenText.IsAnyAt(text, tokens, k, SignAmounts)
            || !(index + 1 >= tokens.Length || TokenText.Gap(text, tokens[index], tokens[index + 1]).ContainsAny(ClauseMarks)
                || TokenText.IsAnyAt(text, tokens, index + 1, ["after", "since", "round", "around", "near", "from", "when", "and", "or", "every", "today", "lately", "again", "still"])
                || OnTheBody(text, tokens, index)))
        {
            return false;
        }

        // Of a person or a body: someone in the few words before, or a part of the body in the few after
        // ("The peaches arrived with some bruising", "the hinge has some stiffness" are things').
        for (var b = Math.Max(0, k - 6); b < k; b++)
        {
            if (TokenText.IsAny(text, tokens[b], SignOwners) || TokenText.IsAny(text, tokens[b], Relatives))
            {
                return true;
            }
        }

        for (var a = index + 1; a < tokens.Length && a <= index + 4; a++)
        {
            if ((tokens[a].Flags & WordFlags.BodyPart) != 0 || TokenText.IsAny(text, tokens[a], BodyParts))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that say a sign is someone's: "I had some bleeding", "my knee has a bit of swelling", "she has some bruising".</summary>
    private static readonly string[] SignOwners = ["i", "ive", "im", "me", "my", "his", "her", "their", "we", "our"];

    /// <summary>Words that may follow an everyday symptom word in clinical text: "swelling of the MCP joints", "pain on weight bearing", "bleeding from cracked plaques".</summary>
    private static readonly string[] ClinicalFollowers = ["of", "on", "at", "from", "in", "with", "over", "after", "during", "while", "to"];

    /// <summary>
    /// An everyday symptom word in clinical text: within a few hundred chars of at least three named
    /// health terms, not all of them medicines (a discharge summary, a referral, a symptom diary: "Presented with fever,
    /// productive cough and confusion", "Wakes 2-3x/night with pain", "swelling of the MCP joints").
    /// There the word is a symptom when what follows ends the clause, lists the next one or says
    /// where or when ("pain on weight bearing"); not when it is a noun's modifier ("pain relief"),
    /// what a medicine is for ("a safer choice for pain"), a likeness ("looks like bruises") or a
    /// finding ruled out ("no bone bruising", "no pain").
    /// </summary>
    private static void RaiseInClinicalText(ScanContext context, int firstCandidate)
    {
        const int Reach = 300;
        const int Neighbours = 8;
        const int NamedNeeded = 3;
        var text = context.Text;
        var tokens = context.Tokens;
        var candidates = context.CandidatesToResolve;
        var count = context.CandidateCount;
        if (count - firstCandidate <= NamedNeeded)
        {
            return;
        }

        for (var c = firstCandidate; c < count; c++)
        {
            ref var candidate = ref candidates[c];
            if (candidate.Score != Scores.Weak || !ReferenceEquals(candidate.Class, DataClasses.Symptom))
            {
                continue;
            }

            // Named terms only (an everyday word raised by a rule above scores less), and not only
            // medicines: a pharmacy's stock list is no clinical text.
            var named = 0;
            var notMedicines = false;
            for (var d = Math.Max(firstCandidate, c - Neighbours); d < count && d <= c + Neighbours; d++)
            {
                var other = candidates[d];
                if (d != c && other.Score >= Scores.StrongPattern && Math.Abs(other.Start - candidate.Start) <= Reach)
                {
                    named++;
                    notMedicines |= !ReferenceEquals(other.Class, DataClasses.Medication);
                }
            }

            if (named < NamedNeeded || !notMedicines)
            {
                continue;
            }

            var index = context.TokenIndexAt(candidate.Start);
            var last = context.TokenIndexAt(candidate.End - 1);
            if (IsNuisance(text, tokens, index) || TokenText.IsAnyAt(text, tokens, index - 1, ["for", "like", "no"])
                || TokenText.IsAt(text, tokens, index - 2, "no")
                || !(EndsAListedSymptom(text, tokens, last) || TokenText.IsAnyAt(text, tokens, last + 1, ClinicalFollowers)))
            {
                continue;
            }

            candidate = candidate with { Score = Scores.StrongPattern - 0.05, Context = ContextKinds.Medical };
        }
    }

    /// <summary>
    /// The last token of the first dictionary phrase of token <paramref name="i"/>'s entry that
    /// matches from there (longest first, as the lexicon lists them), or -1.
    /// </summary>
    internal static int MatchAt(WordLexicon lexicon, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, out HealthPhrase? phrase)
    {
        foreach (var candidate in lexicon[tokens[i].Entry].Phrases)
        {
            var last = Match(text, tokens, i, candidate.Words);
            if (last >= 0)
            {
                phrase = candidate;
                return last;
            }
        }

        phrase = null;
        return -1;
    }

    /// <summary>
    /// Symptom words used of things as often as of people ("a lump sum", "pain, no gain"): a medical
    /// word near counts only when the word is used as a symptom (<see cref="UsedAsSymptom"/>).
    /// ("dizzy" and the state words count only said of a person, "can't sleep" only next to a named term.)
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UsedOfThings = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "pain", "pains", "lump",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Everyday symptom words that a named health term in the same sentence makes a symptom.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AnchoredWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "pain", "pains", "dizzy", "itchy", "rash", "hives", "swelling", "swollen", "bleeding", "lump", "spots", "sore", "numb",
        "cramps", "cramp", "achy", "aching", "clammy", "wheezy", "can't sleep", "cant sleep", "cannot sleep",
        "thirsty", "shaky", "sweaty", "groggy", "temperature", "confused", "tired", "sick",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Words that may follow a symptom word used as one: "a rash on her arms", "confused and
    /// tired", "hives all over", "bleeding after sex". Any other word after it is most often the
    /// noun it describes: "lump sum", "spots left", "shaky connection", "swelling costs".
    /// </summary>
    private static readonly string[] SymptomFollowers =
    [
        "and", "or", "but", "on", "in", "around", "all", "over", "since", "for", "after", "when", "than", "at", "again", "every",
        "then", "too", "near", "under", "behind", "inside", "below", "above", "down", "up", "across", "lately", "today",
        "yesterday", "now", "still", "this", "last", "most", "during", "while", "whenever", "like", "y", "et", "und",
    ];

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(",.;:!?()\n");

    /// <summary>
    /// "… on my neck", "… in left breast", "… down my leg", "… in his knee": a preposition and, within
    /// three tokens (a possessive, "left", "right", "lower"), a part of the body.
    /// </summary>
    private static bool OnTheBody(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last)
    {
        if (!TokenText.IsAnyAt(text, tokens, last + 1, ["on", "in", "under", "behind", "near", "down", "around", "across"]))
        {
            return false;
        }

        for (var k = last + 2; k < tokens.Length && k <= last + 4; k++)
        {
            if (TokenText.IsAny(text, tokens[k], BodyParts) || TokenText.IsAny(text, tokens[k], ["back", "side", "chest", "head", "neck", "shoulders", "tummy", "groin", "armpit", "lower", "upper"]))
            {
                return k == last + 2 || TokenText.IsAnyAt(text, tokens, k - 1, ["my", "his", "her", "their", "your", "left", "right", "lower", "upper", "the", "both"]);
            }
        }

        return false;
    }

    /// <summary>Verbs that say what something is: "the jumper is itchy", "the app has become so bloated".</summary>
    private static readonly string[] Copulas = ["is", "are", "was", "were", "s", "re", "become", "became", "looks", "look", "feels", "feel", "seems", "got", "gets", "went", "gone"];

    /// <summary>
    /// The symptom word at token <paramref name="index"/> is used as one: what follows it ends the
    /// clause or is a <see cref="SymptomFollowers"/> word, and when a verb says what something is
    /// ("X is itchy"), X is a person or a body part, not a jumper or a battery.
    /// </summary>
    private static bool UsedAsSymptom(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, int last)
    {
        if (TokenText.IsAny(text, tokens[index], StateWords)
            && TokenText.IsAnyAt(text, tokens, last + 1, ["on", "in", "at", "for", "after", "about", "with", "over", "around", "like"]))
        {
            return false; // "I'm shaky on the details", "sweaty in this uniform", "groggy after the night shift"
        }

        if (TokenText.IsAny(text, tokens[index], ["pain", "pains"]))
        {
            // "pain in my side", "pain when I breathe"; not "No pain, no gain", French "du pain, lait".
            return TokenText.IsAnyAt(text, tokens, last + 1, ["in", "on", "when", "since", "after", "around", "all", "down", "behind", "under"])
                && !TokenText.IsAnyAt(text, tokens, index - 1, ["du", "le", "de", "au", "un", "des", "mon", "ton", "son", "ce"]);
        }

        if (TokenText.Is(text, tokens[index], "temperature"))
        {
            // "she has a temperature", "a high temperature"; not "the temperature in the pharmacy", "room temperature".
            return TokenText.IsAnyAt(text, tokens, index - 1, ["a", "high", "raised", "slight", "mild"]);
        }

        if (TokenText.Is(text, tokens[index], "lump"))
        {
            // "a lump on my neck", "lump in left breast"; not "a lump in my mattress", "the lump on my statement".
            return OnTheBody(text, tokens, last);
        }

        if (last + 1 < tokens.Length && !TokenText.Gap(text, tokens[last], tokens[last + 1]).ContainsAny(ClauseMarks)
            && !TokenText.IsAnyAt(text, tokens, last + 1, SymptomFollowers))
        {
            return false;
        }

        var k = index - 1;
        while (k > 0 && TokenText.IsAnyAt(text, tokens, k, ["so", "really", "very", "quite", "bit", "a", "little", "still", "all", "more", "super", "been"]))
        {
            k--;
        }

        if (!TokenText.IsAnyAt(text, tokens, k, Copulas))
        {
            return true;
        }

        var subject = k - 1;
        if (TokenText.IsAnyAt(text, tokens, subject, ["has", "have", "had"]))
        {
            subject--; // "the app has become"
        }

        // "there's swelling and pus around the wound": "there is" says a thing exists, of no subject;
        // the clause ends or goes on with the next symptom or a part of the body (not "there's
        // swelling in the budget").
        return TokenText.IsAnyAt(text, tokens, subject, Relatives) || TokenText.IsAnyAt(text, tokens, subject, BodyParts)
            || TokenText.IsAnyAt(text, tokens, subject, ["i", "you", "we", "they", "mum", "nan", "gran", "grandma", "grandad", "skin", "scalp"])
            || (TokenText.IsAt(text, tokens, subject, "there") && TokenText.IsAnyAt(text, tokens, k, ["is", "s", "was"])
                && (last + 1 >= tokens.Length || TokenText.Gap(text, tokens[last], tokens[last + 1]).ContainsAny(ClauseMarks)
                    || TokenText.IsAnyAt(text, tokens, last + 1, ["and", "or"]) || OnTheBody(text, tokens, last)));
    }

    /// <summary>
    /// An everyday symptom word in the same sentence as a named health term, within a hundred
    /// chars: "a rash on her arms since starting the amoxicillin", "she has a UTI and is more
    /// confused than usual", "really thirsty and barely peeing, my dad has diabetes". The named
    /// term (a word that is no everyday word, or a phrase) says the sentence is about health;
    /// everyday words raised this way do not raise others.
    /// </summary>
    private static void RaiseNearNamedTerms(ScanContext context, int firstCandidate)
    {
        const int Reach = 100;
        const int Neighbours = 6; // candidates are in text order: the nearest few are enough, and keep this linear
        var text = context.Text;
        var candidates = context.CandidatesToResolve;
        var count = context.CandidateCount;
        for (var c = firstCandidate; c < count; c++)
        {
            ref var candidate = ref candidates[c];
            if (candidate.Score != Scores.Weak || !ReferenceEquals(candidate.Class, DataClasses.Symptom)
                || !AnchoredWords.Contains(text[candidate.Start..candidate.End]))
            {
                continue;
            }

            var index = context.TokenIndexAt(candidate.Start);
            if (!UsedAsSymptom(text, context.Tokens, index, context.TokenIndexAt(candidate.End - 1)))
            {
                continue;
            }

            for (var d = Math.Max(firstCandidate, c - Neighbours); d < count && d <= c + Neighbours; d++)
            {
                var anchor = candidates[d];
                var (from, to) = anchor.End <= candidate.Start ? (anchor.End, candidate.Start) : (candidate.End, anchor.Start);
                if (d == c || anchor.Score < Scores.StrongPattern || to < from || to - from > Reach
                    || Payment.NumberText.HasSentenceBreak(text[from..to]))
                {
                    continue;
                }

                candidate = candidate with { Score = Scores.StrongPattern - 0.05, Context = ContextKinds.Medical };
                break;
            }
        }
    }

    /// <summary>Words that join the items of a list of symptoms: "tired and dizzy", "fièvre et toux".</summary>
    private static readonly string[] ListJoiners = ["and", "or", "y", "o", "et", "ou", "und", "oder", "plus"];

    /// <summary>Words that may stand between a list's joiner and its next item: "and really dizzy", "and a bit shaky".</summary>
    private static readonly string[] ListFillers = ["really", "very", "so", "quite", "a", "bit", "little", "super", "also", "now", "then", "kind", "of", "feel", "feeling", "getting", "been"];

    /// <summary>
    /// An everyday symptom word listed with a health term already counted, in the same clause:
    /// "feeling tired and dizzy", "swelling and pus around the wound", "heavy periods and
    /// exhausted", "shaky, sweaty". The list says what the word is about; a word raised so raises
    /// the next one ("tired, dizzy and sweaty"), read left to right and right to left.
    /// </summary>
    private static void RaiseListedWithCounted(ScanContext context, int firstCandidate)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var candidates = context.CandidatesToResolve;
        var count = context.CandidateCount;
        for (var pass = 0; pass < 2; pass++)
        {
            var forward = pass == 0;
            for (var step = 0; step < count - firstCandidate; step++)
            {
                var c = forward ? firstCandidate + step : count - 1 - step;
                var d = forward ? c - 1 : c + 1;
                if (d < firstCandidate || d >= count)
                {
                    continue;
                }

                ref var candidate = ref candidates[c];
                var other = candidates[d];
                if (candidate.Score != Scores.Weak || !ReferenceEquals(candidate.Class, DataClasses.Symptom)
                    || other.Score < Scores.StrongPattern - 0.05
                    || !(ReferenceEquals(other.Class, DataClasses.Symptom) || ReferenceEquals(other.Class, DataClasses.HealthCondition)))
                {
                    continue;
                }

                var index = context.TokenIndexAt(candidate.Start);
                var last = context.TokenIndexAt(candidate.End - 1);
                var (from, to) = forward ? (context.TokenIndexAt(other.End - 1), index) : (last, context.TokenIndexAt(other.Start));
                if (!ListedNextTo(text, tokens, from, to) || IsNuisance(text, tokens, index) || !EndsAListedSymptom(text, tokens, last))
                {
                    continue;
                }

                candidate = candidate with { Score = Scores.StrongPattern - 0.05, Context = ContextKinds.Medical };
            }
        }
    }

    /// <summary>
    /// What may follow a listed everyday word for it to be a symptom: the end of the clause, the next
    /// item, a part of the body or a time ("tired and dizzy since Monday", "swelling and pus around
    /// the wound" is not one: "around the wound" is no body part). Not what it is in or for:
    /// "congestion in the city centre", "weakness in sterling", "a weakness for cheap flights",
    /// "hiccups in the booking system", "a blackout on our street", "throbbing prices".
    /// </summary>
    private static bool EndsAListedSymptom(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last) =>
        last + 1 >= tokens.Length
        || TokenText.Gap(text, tokens[last], tokens[last + 1]).ContainsAny(ClauseMarks)
        || TokenText.IsAnyAt(text, tokens, last + 1, ["and", "or", "since", "today", "lately", "again", "now", "still", "when", "every", "y", "et", "und", "seit", "depuis", "desde", "hace"])
        || (TokenText.IsAt(text, tokens, last + 1, "all") && TokenText.IsAnyAt(text, tokens, last + 2, ["day", "night", "week", "weekend", "morning", "over", "the"]))
        || (TokenText.IsAt(text, tokens, last + 1, "at") && TokenText.IsAnyAt(text, tokens, last + 2, ["night", "work", "home", "school"]))
        || (TokenText.IsAt(text, tokens, last + 1, "in") && TokenText.IsAt(text, tokens, last + 2, "the") && TokenText.IsAnyAt(text, tokens, last + 3, ["morning", "mornings", "evening", "evenings", "night"]))
        || (TokenText.IsAt(text, tokens, last + 1, "for") && TokenText.IsAt(text, tokens, last + 2, "breath"))
        || OnTheBody(text, tokens, last);

    /// <summary>
    /// Tokens <paramref name="left"/> and <paramref name="right"/> are neighbouring items of a list:
    /// between them only a comma, a joiner word and a few <see cref="ListFillers"/>, with at least a
    /// comma or a joiner, and no other mark.
    /// </summary>
    private static bool ListedNextTo(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int left, int right)
    {
        if (left < 0 || right <= left || right - left > 5)
        {
            return false;
        }

        var joined = false;
        for (var k = left; k < right; k++)
        {
            var gap = TokenText.Gap(text, tokens[k], tokens[k + 1]).Trim();
            if (gap.Length > 0)
            {
                if (gap is not "," && gap is not "&" && gap is not "/")
                {
                    return false;
                }

                joined = true;
            }

            if (k + 1 < right)
            {
                if (TokenText.IsAny(text, tokens[k + 1], ListJoiners))
                {
                    joined = true;
                }
                else if (!TokenText.IsAny(text, tokens[k + 1], ListFillers))
                {
                    return false;
                }
            }
        }

        return joined;
    }

    /// <summary>Abbreviated tests that are words or codes elsewhere: "MRI", "ECG", "IRM" (not CBT: "my CBT for my moped").</summary>
    private static readonly string[] TestAbbreviations = ["mri", "ecg", "ekg", "eeg", "irm", "xray", "bloods"];

    private static readonly string[] TestOwners =
        ["my", "his", "her", "their", "an", "mon", "ma", "son", "sa", "une", "l", "mi", "su", "una", "mein", "meine", "sein", "seine", "ihr", "ihre"];

    /// <summary>"my ecg results", "an mri on my lower back", "mon IRM du 12 février": an abbreviated test that someone has.</summary>
    private static bool IsOwnedTest(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last) =>
        first == last && TokenText.IsAny(text, tokens[first], TestAbbreviations) && TokenText.IsAnyAt(text, tokens, first - 1, TestOwners);

    /// <summary>Reports the phrase at tokens first..last, unless it is no health term here; returns the last token it covers.</summary>
    private int Report(ScanContext context, ReadOnlySpan<Token> tokens, int first, int last, HealthPhrase phrase)
    {
        if (ReferenceEquals(phrase.Class, DataClasses.MedicalProcedure) && ImagingStudy.IsModality(context.Text, tokens, first, last))
        {
            last = ImagingStudy.RegionEnd(context.Text, tokens, last); // "MRI lumbar spine", "X-ray right wrist"
        }

        var start = tokens[first].Start;
        var end = tokens[last].End;
        if (first == last && context.Text[end..].TrimStart(' ').StartsWith(':') && FieldNames.Contains(context.Text[start..end]))
        {
            return last; // the name of a form's field, not a value
        }

        if (FigurativeHealth.IsFigurative(context.Lexicon, context.Text, tokens, first, last))
        {
            return last; // "what a headache", "fever pitch", "cough up £40"
        }

        if (first == last && IsSurgeryThePlace(context.Text, tokens, first))
        {
            return last; // "hand the slip in at the surgery": a British GP's practice
        }

        var medical = context.ContextAround(start, end, 8, 4) & ContextKinds.Medical;
        double score;
        if (TokenText.IsAny(context.Text, tokens[first], EverydayPhraseStarts))
        {
            // "I can't sleep until this is sorted": only a named health term in the sentence makes
            // it a symptom ("cant sleep since they switched me to sertraline", RaiseNearNamedTerms).
            score = Scores.Weak;
        }
        else if (first == last && ForeignFeelingWords.Contains(context.Text[start..end]))
        {
            score = medical == ContextKinds.None ? Scores.Weak : Scores.StrongPattern - 0.05;
        }
        else if (phrase.IsEveryday || (first == last && ForeignEverydayWords.Contains(context.Text[start..end])))
        {
            // Also everyday words in some language: near a medical word, or when the speaker has it.
            score = medical == ContextKinds.None && !FirstPersonHas(context.Text, tokens, first) && !IsOwnedTest(context.Text, tokens, first, last)
                && !VerbOfAPerson(context.Text, tokens, first) && !(first == last && IsAmountOfASign(context.Text, tokens, first))
                ? Scores.Weak : Scores.StrongPattern - 0.05;
        }
        else if (phrase.Words.Length > 1)
        {
            score = Scores.PatternWithContext;
        }
        else if (IsEverydayWord(context.Text, tokens[first]))
        {
            if (TokenText.Is(context.Text, tokens[first], "exhausted")
                && TokenText.IsAnyAt(context.Text, tokens, first + 1, ["my", "the", "all", "our", "your", "his", "her", "their"]))
            {
                return last; // "I've exhausted my refills": a verb
            }

            if (IsNuisance(context.Text, tokens, first))
            {
                return last; // "the pharmacy is such a pain", "a pain in the neck", "tired of waiting", "confused by the bill"
            }

            // An everyday word counts near a medical word, and even then less than a phrase, or when
            // said of a person; a few only when said of a person.
            var person = SaidOfAPerson(context.Text, tokens, first, out var personOnly) || IsOwnedTest(context.Text, tokens, first, last)
                || (first == last && IsAmountOfASign(context.Text, tokens, first));
            if (personOnly || (!person && UsedOfThings.Contains(context.Text[start..end]) && !UsedAsSymptom(context.Text, tokens, first, last)))
            {
                medical = ContextKinds.None; // "the connection is shaky at the clinic", "a lump sum from the hospital"
            }

            score = medical == ContextKinds.None && !person ? Scores.Weak : Scores.StrongPattern - 0.05;
        }
        else
        {
            score = medical == ContextKinds.None ? Scores.StrongPattern : Scores.PatternWithContext;
        }

        var dataClass = ReferenceEquals(phrase.Class, DataClasses.Symptom) && DiagnosableSymptoms.Contains(context.Text[start..end])
            && Diagnosed(context.Text, tokens, first) ? DataClasses.HealthCondition : phrase.Class;
        context.Add(dataClass, start, end, score, Id, context: medical);
        return last;
    }

    /// <summary>
    /// "at the surgery", "ring the surgery", "my GP surgery", "does the surgery open on Mondays",
    /// "Saffron Lane Surgery":
    /// in British English the doctor's practice, a place and not an operation ("after the surgery",
    /// "my surgery is on Monday" stay procedures).
    /// </summary>
    private static bool IsSurgeryThePlace(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        if (!TokenText.Is(text, tokens[index], "surgery"))
        {
            return false;
        }

        if (TokenText.IsAnyAt(text, tokens, index - 1, ["gp", "gps", "doctors", "dentists"]))
        {
            return true; // "my GP surgery" (not "dental surgery" or "vet surgery", operations)
        }

        if (TokenText.IsAt(text, tokens, index - 1, "s") && TokenText.IsAnyAt(text, tokens, index - 2, ["doctor", "gp", "dentist"])) // "the doctor's surgery"
        {
            return true;
        }

        // "Saffron Lane Surgery", "Jones Surgery", "with Meadowbank Surgery": a practice's name,
        // after a capitalised street word or name, or a word no list knows that is the only
        // capitalised word before it ("GP Partner, Holmebrook Surgery"; "Knee Surgery", "Vet
        // Surgery", "Follow Up After Surgery" are operations).
        var unknownAlone = index > 0 && tokens[index - 1].Entry < 0
            && !(index > 1 && (tokens[index - 2].Shape & TokenShape.Capitalized) != 0 && TokenText.Gap(text, tokens[index - 2], tokens[index - 1]) is " ");
        if (index > 0 && (tokens[index].Shape & TokenShape.Capitalized) != 0 && (tokens[index - 1].Shape & TokenShape.Capitalized) != 0
            && ((tokens[index - 1].Flags & (WordFlags.StreetSuffix | WordFlags.FirstName | WordFlags.Surname)) != 0 || unknownAlone)
            && (tokens[index - 1].Flags & (WordFlags.BodyPart | WordFlags.HealthTerm)) == 0
            && TokenText.Gap(text, tokens[index - 1], tokens[index]) is " ")
        {
            return true;
        }

        if (!TokenText.IsAt(text, tokens, index - 1, "the"))
        {
            return false;
        }

        return (TokenText.IsAnyAt(text, tokens, index - 2, ["outside", "ring", "rang", "phone", "phoned", "call", "called", "contact", "contacted"])
                && !TokenText.IsAt(text, tokens, index + 1, "off")) // "called the surgery off" is an operation
            || (TokenText.IsAnyAt(text, tokens, index + 1, ["open", "opens", "reception", "receptionist", "phoned", "rang", "called", "texted"])
                && !TokenText.IsAt(text, tokens, index + 2, "for")) // "the surgery called for a two-night stay"
            || (TokenText.IsAt(text, tokens, index + 1, "do") && TokenText.IsAnyAt(text, tokens, index + 2, ["same", "appointments", "walk", "home", "flu"]));
    }

    /// <summary>
    /// A single word is an everyday word when listed, when it is also a name or a common word, or
    /// when it is a short abbreviation typed in lower case ("ms", "ed").
    /// </summary>
    internal static bool IsEverydayWord(ReadOnlySpan<char> text, in Token token)
    {
        if ((token.Flags & (WordFlags.FirstName | WordFlags.Surname | WordFlags.AmbiguousName | WordFlags.StopWord
                | WordFlags.Month | WordFlags.StreetSuffix | WordFlags.UsState | WordFlags.PersonTitle)) != 0)
        {
            return true;
        }

        if (token.Length <= 3 && (token.Shape & TokenShape.AllUpper) == 0)
        {
            return true;
        }

        return EverydayWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Slice(token.Start, token.Length));
    }

    /// <summary>Everyday words that are a health matter when a person has them ("I have anxiety"; not "I have a plan").</summary>
    private static readonly string[] HadWords =
        ["anxiety", "fatigue", "cramps", "cramp", "swelling", "seizure", "seizures", "infection", "stroke", "bleeding", "spasm", "spasms", "injury", "cold", "tos"];

    /// <summary>People who can have a condition: "my son has fatigue", "she's got anxiety" ("s got" reads "s").</summary>
    private static readonly string[] Relatives =
        ["he", "she", "hes", "shes", "son", "daughter", "mum", "mom", "dad", "husband", "wife", "child", "baby", "kid", "partner", "mother", "father", "boy", "girl"];

    /// <summary>Symptoms that are also the name of a diagnosis: "I get hives" is a symptom, "diagnosed with chronic hives" a condition.</summary>
    private static readonly Personal.WordSet DiagnosableSymptoms = new(
        ["hives", "panic attack", "panic attacks", "heavy periods", "irregular heartbeat", "teething", "insomnia", "seizures"]);

    /// <summary>Words before a symptom that make it a diagnosis: "diagnosed with chronic hives", "Diagnosis - hives", "treated for an irregular heartbeat".</summary>
    private static readonly string[] DiagnosisWords = ["diagnosed", "diagnosis", "dx", "chronic", "treated", "treatment"];

    /// <summary>
    /// A symptom named as a diagnosis: a <see cref="DiagnosisWords"/> word within four tokens before
    /// it, in the same sentence ("I was diagnosed with chronic hives", "treated for an irregular
    /// heartbeat with an ablation"). It is then the condition of that name.
    /// </summary>
    private static bool Diagnosed(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        for (var k = first - 1; k >= 0 && first - k <= 4; k--)
        {
            if (TokenText.Gap(text, tokens[k], tokens[k + 1]).IndexOfAny(".!?\n") >= 0)
            {
                return false;
            }

            if (TokenText.IsAny(text, tokens[k], DiagnosisWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Symptoms said as a verb: French "tousse" (coughs).</summary>
    private static readonly string[] SymptomVerbs = ["tousse"];

    /// <summary>A symptom verb with a person as its subject: "je tousse la nuit", "elle tousse" (not "le moteur tousse").</summary>
    private static bool VerbOfAPerson(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first) =>
        TokenText.IsAny(text, tokens[first], SymptomVerbs) && TokenText.IsAnyAt(text, tokens, first - 1, ["je", "il", "elle", "on"]);

    /// <summary>Spanish relatives who can have something: "mi hija tiene tos".</summary>
    private static readonly string[] SpanishRelatives =
        ["hija", "hijo", "madre", "padre", "mamá", "mama", "papá", "papa", "niño", "niña", "nino", "nina", "bebé", "bebe", "marido",
         "esposo", "esposa", "mujer", "abuela", "abuelo", "hermano", "hermana", "pareja"];

    /// <summary>
    /// "I have high sugar", "my son has fatigue", "tengo calambres", "mi hija tiene tos", "ich habe
    /// Verstopfung", "j'ai les yeux rouges": the speaker or a relative has it, which a drain or a tyre
    /// does not say.
    /// </summary>
    private static bool FirstPersonHas(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        var k = first - 1;
        if (TokenText.IsAnyAt(text, tokens, k, ["a", "an", "les", "des", "de", "la", "le", "du", "eine", "einen", "ein", "una", "un", "unos", "unas"]))
        {
            k--;
        }

        return TokenText.IsAnyAt(text, tokens, k, ["tengo", "tenía", "tuve"])
            || (TokenText.IsAnyAt(text, tokens, k, ["tiene", "tenía"]) && TokenText.IsAnyAt(text, tokens, k - 1, SpanishRelatives))
            || (TokenText.IsAnyAt(text, tokens, k, ["have", "had", "got"]) && TokenText.IsAnyAt(text, tokens, k - 1, ["i", "ve", "ive"]))
            || (TokenText.IsAnyAt(text, tokens, k, ["has", "had", "got"]) && TokenText.IsAnyAt(text, tokens, k - 1, Relatives))
            || (TokenText.IsAt(text, tokens, k, "got") && TokenText.IsAt(text, tokens, k - 1, "s") && TokenText.IsAnyAt(text, tokens, k - 2, Relatives)) // "she's got"
            || (TokenText.IsAnyAt(text, tokens, k, ["habe", "hab", "hatte"]) && TokenText.IsAt(text, tokens, k - 1, "ich"))
            || (TokenText.IsAt(text, tokens, k, "ai") && TokenText.IsAt(text, tokens, k - 1, "j"))
            || GermanDativeIs(text, tokens, first);
    }

    /// <summary>"mir ist schwindelig", "ihm ist total übel": German says how someone feels with "to me is".</summary>
    private static bool GermanDativeIs(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        var k = first - 1;
        while (k > 0 && first - k <= 2 && TokenText.IsAnyAt(text, tokens, k, ["so", "total", "ganz", "sehr", "echt", "richtig", "etwas", "leicht", "oft", "immer", "noch", "ständig"]))
        {
            k--;
        }

        // Not "mir wird schwindelig bei den Preisen": "wird" (becomes) is as often said of a bill.
        if (!TokenText.IsAnyAt(text, tokens, k, ["ist", "war"]) || !TokenText.IsAnyAt(text, tokens, k - 1, ["mir", "ihm", "ihr", "uns"])
            || TokenText.IsAnyAt(text, tokens, first + 1, ["bei", "vor", "von", "geworden"]))
        {
            return false; // "vor Glück", "von den ganzen Zahlen", "geworden, als ich den Kontostand sah"
        }

        // "…, wenn ich die neuen Gebühren sehe": dizzy at what one sees or thinks of.
        for (var j = first + 1; j < tokens.Length && j <= first + 8; j++)
        {
            if (TokenText.IsAny(text, tokens[j], ["sehe", "sah", "lese", "las", "denke", "dachte", "gebühren", "rechnung", "kontostand", "preise", "preisen", "zahlen"]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the everyday word at token <paramref name="first"/> is said of a person: someone has
    /// it ("I've got anxiety", "my son has fatigue", not "a stroke of luck"), is it ("my husband is
    /// deaf", "feeling drowsy", not "deaf to your excuses"), or a body part is ("my ankle is swollen").
    /// <paramref name="personOnly"/> marks the words that count only so, whatever medical word is
    /// near: "she's got a temperature" (not "the temperature in the clinic", "a temperature alert")
    /// and "my mother is blind" (not "I'm blind lol", "the blind in my hospital room").
    /// </summary>
    private static bool SaidOfAPerson(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, out bool personOnly)
    {
        var word = tokens[first];
        personOnly = true;
        if (TokenText.Is(text, word, "temperature"))
        {
            return FirstPersonHas(text, tokens, first) && TokenText.IsAnyAt(text, tokens, first - 1, ["a", "high"])
                && !TokenText.IsAnyAt(text, tokens, first + 1, TemperatureThings);
        }

        if (TokenText.Is(text, word, "blind"))
        {
            return PersonIs(text, tokens, first, firstPerson: false);
        }

        if (TokenText.IsAny(text, word, ["pain", "pains"]))
        {
            // "I'm in pain", "she's been in so much pain", "pain in his knee", "pain down my leg", "pain
            // when I swallow".
            var k = first - 1;
            if (TokenText.IsAnyAt(text, tokens, k, ["much", "lot"]) && TokenText.IsAnyAt(text, tokens, k - 1, ["so", "a", "too"]))
            {
                k -= TokenText.IsAt(text, tokens, k - 1, "a") && TokenText.IsAt(text, tokens, k - 2, "in") ? 1 : 2; // "in so much", "in a lot of"
            }

            personOnly = false;
            return (TokenText.IsAt(text, tokens, k, "in") && TokenText.IsAnyAt(text, tokens, k - 1, ["m", "am", "im", "is", "s", "re", "are", "was", "been", "still", "constant"]))
                || OnTheBody(text, tokens, first)
                || (TokenText.IsAt(text, tokens, first + 1, "when") && TokenText.IsAnyAt(text, tokens, first + 2, ["i", "he", "she", "we", "they", "you"]));
        }

        if (TokenText.Is(text, word, "lump"))
        {
            personOnly = false;
            return OnTheBody(text, tokens, first); // "a lump on my neck", "lump in her breast": on someone's body
        }

        if (TokenText.IsAny(text, word, StateWords))
        {
            // How a customer is as often as a symptom ("I'm confused, the bill…", "I'm tired, the
            // pharmacy lost it", "I'm sweaty after running"): only said of someone else ("my mum is
            // more confused than usual", "he's ok now but confused") or felt ("I feel shaky").
            // Third persons are tired after a flight and confused by a letter as often: "tired" counts
            // only felt, "confused" only with a change ("more confused than usual", "very confused since").
            if (TokenText.IsAnyAt(text, tokens, first + 1, ["with", "from", "for", "about", "of", "by", "on", "in", "reading", "looking"]))
            {
                return false;
            }

            if (TokenText.Is(text, word, "tired"))
            {
                return Felt(text, tokens, first);
            }

            if (TokenText.Is(text, word, "confused"))
            {
                return ThirdPersonIs(text, tokens, first)
                    && (TokenText.IsAnyAt(text, tokens, first - 1, ["more", "very", "really", "so", "increasingly", "quite"])
                        || TokenText.IsAnyAt(text, tokens, first + 1, ["since", "than", "lately", "today", "and", "all", "again"]));
            }

            return ThirdPersonIs(text, tokens, first) || Felt(text, tokens, first)
                || (TokenText.IsAnyAt(text, tokens, first - 1, ["gets", "goes", "went"]) && IsPersonWord(text, tokens, first - 2));
        }

        if (TokenText.Is(text, word, "dizzy"))
        {
            // "I feel dizzy when I stand", "I'm dizzy", "she gets dizzy": said of anyone; not "dizzy
            // with excitement", "I'm dizzy reading the T&Cs".
            return !TokenText.IsAnyAt(text, tokens, first + 1, ["with", "from", "for", "about", "reading", "looking", "just", "thinking", "trying", "at"])
                && (LayPersonIs(text, tokens, first) || (TokenText.IsAt(text, tokens, first - 1, "been") && LayPersonIs(text, tokens, first - 1))
                    || (TokenText.IsAnyAt(text, tokens, first - 1, ["gets", "get", "getting", "got", "goes", "went"]) && IsPersonWord(text, tokens, first - 2)));
        }

        if (TokenText.IsAny(text, word, LayWords))
        {
            // "I'm so bloated", "he's been wheezy", "my eyes are itchy"; not "this jumper feels itchy",
            // "the app is bloated and taking ages", "I'm queasy just looking at my overdraft", itchy feet.
            return !TokenText.IsAnyAt(text, tokens, first + 1, ["to", "about", "for", "with", "just", "looking", "reading", "at", "thinking"])
                && (LayPersonIs(text, tokens, first)
                    || (TokenText.IsAt(text, tokens, first - 1, "been") && LayPersonIs(text, tokens, first - 1))
                    || (BodyPartIs(text, tokens, first) && !(TokenText.Is(text, word, "itchy") && BodyPartIsFeet(text, tokens, first))));
        }

        personOnly = false;
        return (TokenText.IsAny(text, word, HadWords) && FirstPersonHas(text, tokens, first) && !TokenText.IsAt(text, tokens, first + 1, "of"))
            || (TokenText.Is(text, word, "deaf") && PersonIs(text, tokens, first, firstPerson: true) && !TokenText.IsAt(text, tokens, first + 1, "to"))
            || (TokenText.IsAny(text, word, ["drowsy", "drowsiness"]) && PersonIs(text, tokens, first, firstPerson: true))
            || (TokenText.Is(text, word, "swollen") && BodyPartIs(text, tokens, first));
    }

    /// <summary>"I'm so bloated", "I feel queasy", "she's wheezy", "my son is really wheezy": a person, named or "I", says how they are.</summary>
    private static bool LayPersonIs(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        var k = first - 1;
        while (k > 0 && TokenText.IsAnyAt(text, tokens, k, ["so", "really", "very", "quite", "bit", "a", "little", "still", "all", "totally"]))
        {
            k--;
        }

        return PersonIs(text, tokens, k + 1, firstPerson: false)
            || TokenText.IsAnyAt(text, tokens, k, ["im", "hes", "shes"])
            || (TokenText.IsAnyAt(text, tokens, k, ["m", "am"]) && TokenText.IsAt(text, tokens, k - 1, "i"))
            || (TokenText.IsAnyAt(text, tokens, k, ["feel", "felt", "feeling", "feels"])
                && (TokenText.IsAnyAt(text, tokens, k - 1, ["i", "m", "im", "he", "she", "s", "been"])
                    || (k == 0 && OpensAsASymptom(text, tokens, first))));
    }

    /// <summary>
    /// "feel dizzy when I stand up", "Feeling wheezy since Saturday", "Feel itchy all over": a message
    /// opening with "feel" and a lay word is about the writer's body when a time or "all over"
    /// follows (not "Feeling tearful, thank you", "Feeling bloated after all the Christmas spending").
    /// </summary>
    private static bool OpensAsASymptom(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        if (first + 1 >= tokens.Length || TokenText.Gap(text, tokens[first], tokens[first + 1]).ContainsAny(ClauseMarks))
        {
            return TokenText.Is(text, tokens[first], "dizzy");
        }

        if (TokenText.IsAnyAt(text, tokens, first + 1, ["in", "at"]))
        {
            // "… in the mornings", "… at night"; not "Feeling clammy in this heat".
            return TokenText.IsAnyAt(text, tokens, first + 2, ["the", "night", "mornings", "evenings"]) && !TokenText.IsAt(text, tokens, first + 3, "heat");
        }

        return TokenText.IsAnyAt(text, tokens, first + 1, ["when", "whenever", "since", "every", "today", "lately", "again"])
            || (TokenText.IsAt(text, tokens, first + 1, "all") && TokenText.IsAnyAt(text, tokens, first + 2, ["over", "day", "night", "week"]));
    }

    private static bool BodyPartIsFeet(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        for (var k = Math.Max(0, first - 4); k < first; k++)
        {
            if (TokenText.IsAny(text, tokens[k], ["feet", "foot"]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How someone is, counted only when said of someone else or felt: "she's more confused", "I feel shaky".</summary>
    private static readonly string[] StateWords = ["confused", "tired", "shaky", "sweaty", "groggy", "thirsty"];

    /// <summary>"I feel shaky", "feeling so tired all the time", "I've been feeling tired": the word is felt.</summary>
    private static bool Felt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        var k = first - 1;
        while (k > 0 && first - k <= 3 && TokenText.IsAnyAt(text, tokens, k, ["so", "really", "very", "quite", "bit", "a", "little", "super", "constantly", "always"]))
        {
            k--;
        }

        // "I feel shaky", "she's feeling tired", "been feeling tired"; not "my wifi feels shaky".
        return TokenText.IsAnyAt(text, tokens, k, ["feel", "feeling", "felt", "feels"])
            && (TokenText.IsAnyAt(text, tokens, k - 1, ["i", "m", "im", "he", "she", "s", "been", "ve", "still", "always", "re", "we", "they"])
                || TokenText.IsAnyAt(text, tokens, k - 1, Relatives) || k == 0);
    }

    /// <summary>"she gets dizzy", "mum goes shaky": a person before the verb.</summary>
    private static bool IsPersonWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k) =>
        TokenText.IsAnyAt(text, tokens, k, Relatives) || TokenText.IsAnyAt(text, tokens, k, ["i", "mum", "nan", "gran", "grandma", "grandad"]);

    /// <summary>
    /// "my mum is (more) confused (than usual)", "she's been very confused", "he's ok now but
    /// confused": a relative, "he" or "she" is (been) confused.
    /// </summary>
    private static bool ThirdPersonIs(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        if (TokenText.IsAnyAt(text, tokens, first + 1, ["about", "by", "with", "as", "why", "what", "how", "because"]))
        {
            return false; // "she's confused about the bill", "he was confused by the letter"
        }

        var k = first - 1;
        while (k > 0 && TokenText.IsAnyAt(text, tokens, k, ["more", "very", "really", "so", "quite", "bit", "a", "little", "still", "been", "and", "but", "now", "ok"]))
        {
            k--;
        }

        return TokenText.IsAnyAt(text, tokens, k, ["hes", "shes"])
            || (TokenText.IsAnyAt(text, tokens, k, ["is", "s", "was", "seems", "seemed", "gets", "got"])
                && (TokenText.IsAnyAt(text, tokens, k - 1, Relatives) || TokenText.IsAnyAt(text, tokens, k - 1, ["mum", "nan", "gran", "grandma", "grandad", "grandpa"])));
    }

    /// <summary>Idioms of annoyance: "such a pain", "a pain in the neck", "tired of waiting", "sick of", "confused by the bill".</summary>
    private static bool IsNuisance(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        var word = tokens[first];
        if (TokenText.IsAny(text, word, ["pain", "pains"]))
        {
            // "what a pain", "it's such a pain", "a bit of a pain", "a real pain"; not "I have a pain in my side".
            var k = first - 1;
            while (k > 0 && first - k <= 2 && TokenText.IsAnyAt(text, tokens, k, ["real", "total", "right", "proper", "absolute", "royal", "massive", "huge"]))
            {
                k--;
            }

            return (TokenText.IsAt(text, tokens, k, "a") && TokenText.IsAnyAt(text, tokens, k - 1, ["what", "such", "is", "s", "was", "are", "were", "be", "been", "being", "of", "m", "re", "am", "im"]))
                || TokenText.IsAt(text, tokens, first + 1, "to") // "a pain to press"
                || (TokenText.IsAt(text, tokens, first + 1, "in") && TokenText.IsAt(text, tokens, first + 2, "the")
                    && TokenText.IsAnyAt(text, tokens, first + 3, ["neck", "arse", "ass", "butt", "backside", "bum"]));
        }

        return TokenText.IsAny(text, word, ["tired", "sick", "confused", "exhausted", "thirsty", "dizzy", "groggy"])
            && TokenText.IsAnyAt(text, tokens, first + 1, ["of", "about", "by", "with", "waiting", "chasing", "for", "from"]);
    }

    /// <summary>Lay words for how someone feels, counted when said of a person: "I'm so bloated", "he's been puking", "my eyes are itchy".</summary>
    private static readonly string[] LayWords =
        ["itchy", "bloated", "feverish", "clammy", "tearful", "queasy", "breathless", "aching", "achy", "wheezy", "puking", "lethargic"];

    /// <summary>Nouns after "temperature" that make it a device's: "a temperature alert", "a temperature sensor".</summary>
    private static readonly string[] TemperatureThings =
        ["alert", "alerts", "warning", "warnings", "sensor", "sensors", "log", "logs", "check", "checks", "control", "controls",
         "setting", "settings", "gauge", "probe", "reading", "readings", "light", "display", "fault", "error"];

    /// <summary>
    /// "my husband is deaf", "she's really drowsy", and with <paramref name="firstPerson"/> "I'm deaf",
    /// "feeling drowsy": the word describes a person.
    /// </summary>
    private static bool PersonIs(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, bool firstPerson)
    {
        var k = TokenText.IsAnyAt(text, tokens, first - 1, ["really", "very", "so", "quite", "still", "always", "totally", "completely"]) ? first - 2 : first - 1;
        return (TokenText.IsAnyAt(text, tokens, k, ["is", "s", "was"]) && (TokenText.IsAnyAt(text, tokens, k - 1, Relatives)
                || (TokenText.Is(text, tokens[k], "s") && TokenText.IsAnyAt(text, tokens, k - 1, ["he", "she"]))))
            || TokenText.IsAnyAt(text, tokens, k, ["hes", "shes"])
            || (firstPerson && ((TokenText.IsAnyAt(text, tokens, k, ["am", "m"]) && TokenText.IsAt(text, tokens, k - 1, "i"))
                || TokenText.IsAnyAt(text, tokens, k, ["im", "feeling", "feel", "feels", "felt"])));
    }

    /// <summary>"my ankle is swollen", "her glands are swollen": a body part, not a laptop battery or a box.</summary>
    private static bool BodyPartIs(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        var k = first - 1;
        if (TokenText.IsAnyAt(text, tokens, k, ["really", "very", "still", "so", "quite", "all", "badly"]))
        {
            k--;
        }

        return TokenText.IsAnyAt(text, tokens, k, ["is", "are", "s", "looks", "look", "feels", "feel", "got", "gone", "went"])
            && TokenText.IsAnyAt(text, tokens, k - 1, BodyParts);
    }

    /// <summary>Parts of the body, which are a health matter when someone's: "my ankle is swollen", "broke my wrist".</summary>
    internal static readonly string[] BodyParts =
    [
        "ankle", "ankles", "knee", "knees", "leg", "legs", "foot", "feet", "toe", "toes", "arm", "arms", "hand", "hands", "finger",
        "fingers", "wrist", "wrists", "elbow", "shoulder", "face", "eye", "eyes", "eyelid", "lip", "lips", "tongue", "throat",
        "neck", "gums", "gum", "glands", "gland", "jaw", "cheek", "belly", "stomach", "tummy", "abdomen", "breast", "breasts",
        "testicle", "hip", "calf", "joint", "joints", "thumb", "nose", "ear", "ears", "tonsils",
    ];

    private static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Equals("my", StringComparison.OrdinalIgnoreCase) || word.Equals("his", StringComparison.OrdinalIgnoreCase)
        || word.Equals("her", StringComparison.OrdinalIgnoreCase) || word.Equals("the", StringComparison.OrdinalIgnoreCase);

    /// <summary>What may join two words of a phrase: a space, a hyphen or an apostrophe, or an ampersand with nothing around it ("U&E").</summary>
    private static bool IsPhraseJoin(ReadOnlySpan<char> gap) => gap is "&" || TokenText.IsWordJoin(gap);

    /// <summary>Matches words[k..] from the token after the possessive at token first + k (one possessive skipped).</summary>
    private static int MatchSkipping(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int k, string[] words)
    {
        for (var w = k; w < words.Length; w++)
        {
            var index = first + w + 1;
            if (index >= tokens.Length || !IsPhraseJoin(TokenText.Gap(text, tokens[index - 1], tokens[index]))
                || !text.Slice(tokens[index].Start, tokens[index].Length).Equals(words[w], StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }
        }

        return first + words.Length;
    }

    /// <summary>
    /// Index of the last token of <paramref name="words"/> matched from token <paramref name="first"/>,
    /// or -1. Words must follow each other with only spaces, hyphens or apostrophes between them (or "&" between letters);
    /// the last word of a phrase may take a plural "s" ("panic attacks").
    /// </summary>
    private static int Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, string[] words)
    {
        if (first + words.Length > tokens.Length)
        {
            return -1;
        }

        for (var k = 1; k < words.Length; k++)
        {
            var token = tokens[first + k];
            if (!IsPhraseJoin(TokenText.Gap(text, tokens[first + k - 1], token)))
            {
                return -1;
            }

            var value = text.Slice(token.Start, token.Length);
            var word = words[k];

            // "ringing in my ears" for the entry "ringing in ears": a possessive the entry lacks is skipped.
            if (k > 0 && value.Length <= 5 && IsPossessive(value) && !IsPossessive(word) && first + words.Length < tokens.Length)
            {
                return MatchSkipping(text, tokens, first, k, words);
            }

            if (value.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var plural = k == words.Length - 1 && word.Length >= 3 && value.Length == word.Length + 1
                && (value[^1] | 0x20) == 's' && value[..^1].Equals(word, StringComparison.OrdinalIgnoreCase);
            if (!plural)
            {
                return -1;
            }
        }

        return first + words.Length - 1;
    }
}
