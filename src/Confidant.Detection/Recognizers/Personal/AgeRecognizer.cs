using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// A person's age: a number from 0 to 120 that the words around it make an age ("42 years old",
/// "42-year-old", "aged 42", "age: 42", "I'm 42", "my son is 7", "tengo 42 años", "j'ai 42 ans",
/// "ich bin 42 Jahre alt"). Only the number is reported. "I'm 42" counts only when nothing
/// follows that makes it a duration, a distance or an amount ("I'm 5 min away").
/// </summary>
internal sealed partial class AgeRecognizer : IRecognizer
{
    private const int MaxAge = 120;

    private static readonly string[] YearWords = ["years", "year", "yrs", "yr"];
    private static readonly string[] AgeWords = ["age", "aged", "edad", "âge", "alter", "âgé", "âgée", "agé", "agée"];
    private static readonly string[] AgeLinks = ["is", "of", "es", "de", "est", "ist", "was"];
    private static readonly string[] Softeners = ["only", "almost", "nearly", "just", "barely", "now", "about", "already", "turning"];
    private static readonly string[] Turned = ["turned", "turning", "turn", "turns", "cumplí", "cumplo", "cumple", "cumplió"];
    private static readonly string[] SpanishHave = ["tengo", "tiene", "tienes", "tenía", "tenia", "tenemos", "tienen", "cumplí", "cumplo", "cumple"];
    private static readonly string[] FrenchHave = ["ai", "as", "a", "avait", "avais"];

    private static readonly WordSet People = new(
    [
        "he", "she", "son", "daughter", "kid", "child", "boy", "girl", "baby", "brother", "sister", "mother", "mom",
        "mum", "father", "dad", "wife", "husband", "grandson", "granddaughter", "grandma", "grandpa", "grandmother",
        "grandfather", "patient", "partner", "nephew", "niece", "cousin", "aunt", "uncle", "toddler", "boyfriend",
        "girlfriend", "friend", "sohn", "tochter", "kind", "mann", "frau", "vater", "mutter", "er", "sie", "hijo", "hija",
        "fils", "fille", "il", "elle", "madre", "padre", "mamá", "mama", "papá", "papa", "abuelo", "abuela", "marido",
        "esposa", "esposo", "hermano", "hermana", "niño", "niña", "bebé", "ich", "du", "wir",
        "bruder", "schwester", "opa", "oma", "enkel", "enkelin", "freund", "freundin", "patientin", "kunde", "kundin",
        "kinder", "großvater", "großmutter", "onkel", "tante", "neffe", "nichte", "partnerin", "ehemann", "ehefrau",
        "suegra", "suegro", "pareja", "mujer", "novio", "novia", "tía", "tío", "sobrino", "sobrina", "nieto", "nieta",
        "primo", "prima", "amigo", "amiga", "paciente", "cliente", "titular", "abuelito", "abuelita",
        "nan", "nana", "nanna", "gran", "granny", "grandad", "granddad", "grandmom", "hubby", "stepson", "stepdaughter",
        "twins", "kids", "children", "sons", "daughters", "boys", "girls", "client", "resident",
        "mère", "père", "mari", "femme", "frère", "sœur", "soeur", "enfant", "copain", "copine", "bébé",
    ]);

    /// <summary>Words that name a person without a possessive before them: "client Bill Hargreaves (89)", "Hallo, ich (52)".</summary>
    private static readonly string[] Holders = ["client", "patient", "resident", "patientin", "paciente", "cliente", "ich"];

    /// <summary>Words for several people, which count them: "Adults (2), Kids (3)", "my twins are 4".</summary>
    private static readonly string[] Plurals = ["twins", "kids", "children", "sons", "daughters", "boys", "girls", "kinder"];

    /// <summary>Parents, grandparents and spouses: no age under 16 ("Missed calls: Mum (4)", "Re: Dad (2)").</summary>
    private static readonly string[] Elders =
    [
        "mother", "mom", "mum", "father", "dad", "wife", "husband", "hubby", "grandma", "grandpa", "grandmother",
        "grandfather", "nan", "nana", "nanna", "gran", "granny", "grandad", "granddad", "grandmom", "mutter", "vater",
        "mère", "père", "madre", "padre", "mamá", "papá", "abuelo", "abuela", "oma", "opa", "marido", "esposa", "esposo",
    ];

    /// <summary>Customers' words for themselves ("Soy cliente (15 años)": loyalty, not age).</summary>
    private static readonly string[] CustomerWords = ["client", "cliente", "kunde", "kundin", "customer", "titular"];

    /// <summary>The German "-jähriger": "mein 73-jähriger Vater"; the noun after it must be a person ("ein 3-jähriger Vertrag" is not).</summary>
    private static readonly string[] GermanYearsOld = ["jährige", "jähriger", "jährigen", "jähriges", "jährigem"];

    /// <summary>
    /// Things customers give the age of in the attributive "a 10 year old car": after "year old"
    /// (or "month old") one of these, or of <see cref="Things"/>, is no person's age.
    /// </summary>
    private static readonly string[] OldThings =
    [
        "car", "van", "truck", "bike", "phone", "iphone", "laptop", "computer", "pc", "mac", "macbook", "tablet", "ipad",
        "tv", "television", "printer", "router", "modem", "fridge", "freezer", "boiler", "washer", "dryer", "dishwasher",
        "oven", "cooker", "microwave", "machine", "device", "battery", "house", "home", "flat", "building", "roof", "boat",
        "account", "card", "policy", "mortgage", "loan", "contract", "tree", "oak", "bottle", "whisky", "whiskey", "wine",
        "teapot", "watch", "clock", "sofa", "mattress", "bed", "table", "chair", "piano", "guitar", "ring", "painting",
        "recipe", "tradition", "company", "business", "brand", "store", "shop", "bridge", "church", "castle", "pub",
        "book", "photo", "picture", "game", "console", "camera", "headphones", "kettle", "vacuum", "hoover", "model",
    ];
    /// <summary>
    /// Things whose age customers give before "tiene" with no article to tell ("coche tiene 10
    /// años"), with the German and French words that mixed messages use ("mi Handy tiene 3 años").
    /// German "ist ... Jahre alt" needs no list: there only a person's age counts.
    /// </summary>
    private static readonly string[] Things =
    [
        "laptop", "handy", "smartphone", "telefon", "auto", "wagen", "gerät", "computer", "pc", "rechner", "fernseher",
        "drucker", "router", "akku", "kühlschrank", "waschmaschine", "tablet", "haus", "wohnung", "konto", "vertrag", "karte",
        "portátil", "portatil", "ordenador", "móvil", "movil", "teléfono", "telefono", "coche", "televisor", "tele", "impresora",
        "batería", "bateria", "nevera", "lavadora", "casa", "piso", "cuenta", "contrato", "tarjeta", "aparato", "producto",
        "ordinateur", "téléphone", "voiture", "frigo", "imprimante", "batterie", "appareil", "compte", "contrat",
    ];

    /// <summary>Words before a casual "im" (I'm): "hi im 17"; "im" in German text is "in the".</summary>
    private static readonly string[] CasualOpeners =
        ["hi", "hello", "hey", "and", "but", "so", "as", "because", "cause", "coz", "cuz", "well", "ok", "yes", "yeah", "today"];

    private static readonly string[] Possessives =
        ["my", "our", "his", "her", "their", "mein", "meine", "meinen", "meinem", "meiner", "meines", "unser", "unsere", "unserer", "unserem",
         "mon", "ma", "notre", "mi", "nuestro", "nuestra"];

    /// <summary>Units of a baby's age: "my 18 month old", "she's 3 weeks old".</summary>
    private static readonly string[] BabyUnits = ["months", "month", "mo", "mos", "weeks", "week", "wk", "wks"];

    /// <summary>Babies and young children whose age is said in months: "bebé de 10 meses", "bébé de 3 mois", "Baby von 8 Monaten".</summary>
    private static readonly string[] Babies = ["bebé", "bebe", "bébé", "baby", "hijo", "hija", "fils", "fille", "niño", "niña", "enfant", "nene", "nena", "sohn", "tochter"];

    private static readonly string[] Followers =
    [
        "and", "now", "this", "next", "today", "soon", "already", "but", "so", "too", "lol", "haha", "btw", "though",
        "yo", "y", "myself", "actually", "und", "et", "i", "with", "can", "could", "will", "who", "here", "when",
    ];

    public string Id => "personal.age";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.Age];

    public void Recognize(ScanContext context)
    {
        SpelledAges(context);
        if (context.DigitCount == 0)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        foreach (var digitToken in context.DigitTokens)
        {
            var i = digitToken.Index;
            if ((digitToken.Shape & TokenShape.AllDigits) == 0)
            {
                if (digitToken.Length <= 5)
                {
                    AgeWithSuffix(context, text, tokens, i);
                }

                continue;
            }

            if (digitToken.Length > 3)
            {
                continue;
            }

            var token = tokens[i];

            var value = TokenText.DigitValue(text, token);
            if (value > MaxAge || IsPartOfNumber(text, token))
            {
                continue;
            }

            var score = Score(text, tokens, i, value);
            if (score <= 0 && value > 0 && AfterNamedPerson(context, i))
            {
                score = Scores.PatternWithContext;
            }

            if (score > 0 && !OfAnAnimal(context, i))
            {
                context.Add(DataClasses.Age, token.Start, token.End, score, Id, context: ContextKinds.Age);
            }
        }
    }

    /// <summary>
    /// "pet insurance for my spaniel, she's 4 years old", "he's 4, a beagle", "hes a 4 year old lab"
    /// at the vet, "two dogs, Max (age 6)": an age said of "he" or "she", or given in brackets, in a
    /// message about an animal that names no person by a noun.
    /// </summary>
    private static bool OfAnAnimal(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var k = TokenText.IsAt(text, tokens, i - 1, "a") ? i - 2 : i - 1;
        var pronoun = TokenText.IsAnyAt(text, tokens, k, ["hes", "shes"])
            || (TokenText.IsAnyAt(text, tokens, k, ["is", "s", "was"]) && TokenText.IsAnyAt(text, tokens, k - 1, ["he", "she"]));

        // "we have two dogs, Max (age 6) and Ruby (age 2)": a name given its age in brackets.
        var bracketed = i >= 2 && TokenText.IsAnyAt(text, tokens, i - 1, ["age", "aged"]) && TokenText.Gap(text, tokens[i - 2], tokens[i - 1]) is " (";
        if (!pronoun && !bracketed)
        {
            return false;
        }

        var facts = PeopleFacts.Of(context);
        return facts.HasAnimal(context) && !facts.HasPeopleNoun(context);
    }

    /// <summary>
    /// Token <paramref name="i"/> stands as a field of its own: at the start, or after ", ", ". ",
    /// "; " or "(", and before a comma, a full stop, ';', ')' or the end; not after a word for a
    /// seat, room or size ("seat 12F.", "size 34F,").
    /// </summary>
    private static bool IsOwnField(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        var before = text[..token.Start].TrimEnd(' ');
        var opens = before.IsEmpty || before[^1] is ',' or '.' or ';' or ':' or '(' or '\n'; // ':' as in "Clinical notes: 21M, ..."
        if (!opens || !EndsListItem(text, token.End))
        {
            return false;
        }

        for (var k = Math.Max(0, i - 3); k < i; k++)
        {
            if (TokenText.IsAny(text, tokens[k], ["seat", "room", "size", "gate", "row", "flat", "apt", "unit", "cup", "bra", "floor", "level",
                "suite", "platform", "bus", "temp", "temperature", "reading", "fridge", "freezer", "thermostat", "degrees", "oven"]))
            {
                return false; // "seat 12F.", "Fridge temp reading, 45F,"
            }
        }

        return true;
    }

    /// <summary>A health word within eight tokens either side: the message is a clinical note ("itchy skin all over. 27M. what could it be").</summary>
    private static bool HealthNear(ReadOnlySpan<Token> tokens, int i)
    {
        for (var k = Math.Max(0, i - 8); k < tokens.Length && k <= i + 8; k++)
        {
            if (k != i && ((tokens[k].Flags & WordFlags.HealthTerm) != 0 || (tokens[k].Context & ContextKinds.Medical) != 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"36yo", "53F with eczema": digits glued to an age suffix; only the digits are reported.</summary>
    private void AgeWithSuffix(ScanContext context, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        var value = text.Slice(token.Start, token.Length);
        // "F41 here" opening the message or after a greeting, "I (M34) need": sex and age; not the M25
        // motorway, "Seat F12 here", "Gate F22 here" or "Reference (M12)".
        if (value.Length == 3 && value[0] is 'M' or 'F' && value[1] is >= '1' and <= '9' && char.IsAsciiDigit(value[2])
            && (value[1] - '0') * 10 + (value[2] - '0') >= 16
            && ((TokenText.IsAt(text, tokens, i + 1, "here") && (i == 0 || TokenText.IsAnyAt(text, tokens, i - 1, ["hi", "hello", "hey", "all", "everyone", "m", "im", "am"])))
                || (token.Start > 0 && text[token.Start - 1] == '(' && token.End < text.Length && text[token.End] == ')'
                    && TokenText.IsAnyAt(text, tokens, i - 1, ["i", "me", "myself"]))))
        {
            context.Add(DataClasses.Age, token.Start + 1, token.End, Scores.PatternWithContext, Id, context: ContextKinds.Age); // "M34 here"
            return;
        }

        var digits = 0;
        while (digits < value.Length && char.IsAsciiDigit(value[digits]))
        {
            digits++;
        }

        if (digits is 0 or > 3 || IsPartOfNumber(text, token))
        {
            return;
        }

        var suffix = value[digits..];
        var age = int.Parse(value[..digits], System.Globalization.CultureInfo.InvariantCulture);
        var yo = suffix.Equals("yo", StringComparison.OrdinalIgnoreCase);

        // "53F"/"72M" (sex) is an age only in a clinical phrase: "53F with eczema".
        var sex = suffix is "F" or "M" && (TokenText.IsAt(text, tokens, i + 1, "with")
            || (i == 0 && age >= 16 && token.End < text.Length && text[token.End] == ',')
            || (AfterListedName(text, tokens, i) && EndsListItem(text, token.End)) // "42F, migraines getting worse", not "3F, room 12"
            || (age >= 16 && IsOwnField(text, tokens, i) && HealthNear(tokens, i))); // "short of breath on stairs, 67M, history of heart failure"
        if ((yo || sex) && age is > 0 and <= MaxAge)
        {
            context.Add(DataClasses.Age, token.Start, token.Start + digits, Scores.PatternWithContext, Id, context: ContextKinds.Age);
        }
    }

    private static double Score(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int value, int depth = 0)
    {
        // After the number: "years old", "-year-old", "years of age", "yo", "y/o", "años", "ans", "Jahre alt".
        if (Joined(text, tokens, i) && TokenText.IsAnyAt(text, tokens, i + 1, YearWords))
        {
            // "my father 72 yrs admitted": in note style, "yrs" after "my <person>" needs no "old".
            if (TokenText.IsAnyAt(text, tokens, i + 1, ["yrs", "yr"]) && IsPeopleAt(text, tokens, i - 1)
                && TokenText.IsAnyAt(text, tokens, i - 2, Possessives) && TokenText.Gap(text, tokens[i - 1], tokens[i]) is " "
                && !TokenText.IsAnyAt(text, tokens, i + 2, ["ago", "now", "younger", "older", "later", "before", "after", "since", "more", "less", "longer"]))
            {
                return Scores.StrongPattern;
            }

            // "I am 58 years.", "I'm 30 yrs, female": the writer's own age without "old", when the
            // sentence ends there ("I'm 2 years behind on payments" goes on as a time).
            if (TokenText.IsAnyAt(text, tokens, i - 1, ["am", "m"]) && TokenText.IsAt(text, tokens, i - 2, "i")
                && (text[tokens[i + 1].End..].IsEmpty || text[tokens[i + 1].End] is '.' or ',' or '!' or ';' or '\n')
                && !(text[tokens[i + 1].End..].StartsWith(".") && text[tokens[i + 1].End..].Length > 1 && char.IsAsciiDigit(text[tokens[i + 1].End + 1])))
            {
                return Scores.PatternWithContext;
            }

            if (Joined(text, tokens, i + 1) && (TokenText.IsAnyAt(text, tokens, i + 2, ["old", "young"])
                || (TokenText.IsAt(text, tokens, i + 2, "of") && TokenText.IsAt(text, tokens, i + 3, "age"))))
            {
                return OldSubjectIsPerson(text, tokens, i) && !OldThing(text, tokens, i) ? Scores.PatternWithContext : 0;
            }

            return 0;
        }

        // "she's 8 months", "he is 3 weeks": a baby's age said of a person, when nothing follows that
        // makes it a time ("she's 5 months pregnant", "he's 3 weeks into the course").
        if (TokenText.IsAnyAt(text, tokens, i + 1, BabyUnits) && !TokenText.IsAt(text, tokens, i + 2, "old")
            && TokenText.IsAnyAt(text, tokens, i - 1, ["is", "s", "was"]) && IsPeopleAt(text, tokens, i - 2)
            && TokenText.Gap(text, tokens[i], tokens[i + 1]) is " " && EndsLikeAnAge(text, tokens, i + 1))
        {
            return Scores.PatternWithContext;
        }

        // "Mi bebé de 10 meses", "mon bébé de 3 mois": a baby and its age in months or weeks.
        if (TokenText.IsAnyAt(text, tokens, i + 1, ["meses", "mes", "mois", "semanas", "semaines", "monate", "wochen"])
            && TokenText.IsAnyAt(text, tokens, i - 1, ["de", "von"]) && TokenText.IsAnyAt(text, tokens, i - 2, Babies))
        {
            return Scores.PatternWithContext;
        }

        // "my 18 month old", "she is 6 months old", "my 6 week old": a baby's age, said of a person.
        if (TokenText.IsAnyAt(text, tokens, i + 1, BabyUnits) && Joined(text, tokens, i) && Joined(text, tokens, i + 1)
            && TokenText.IsAt(text, tokens, i + 2, "old"))
        {
            // After "my", what follows "old" must keep it a baby: "my 18 month old has had ...", not "my 6 month old puppy".
            var baby = TokenText.IsAnyAt(text, tokens, i - 1, Possessives) && BabyAfterOld(text, tokens, i + 2);
            var person = baby
                || (TokenText.IsAnyAt(text, tokens, i - 1, ["is", "was", "s"]) && (IsPeopleAt(text, tokens, i - 2) || IsPersonAt(text, tokens, i - 2)));
            return person && !OldThing(text, tokens, i) ? Scores.PatternWithContext : 0;
        }

        if (TokenText.IsAnyAt(text, tokens, i + 1, GermanYearsOld) && Joined(text, tokens, i))
        {
            return IsPeopleAt(text, tokens, i + 2) ? Scores.PatternWithContext : 0;
        }

        if (TokenText.IsAt(text, tokens, i + 1, "yo") && Joined(text, tokens, i)
            || (TokenText.IsAt(text, tokens, i + 1, "y") && TokenText.IsAt(text, tokens, i + 2, "o")
                && TokenText.Gap(text, tokens[i + 1], tokens[i + 2]) is "/"))
        {
            return Scores.PatternWithContext;
        }

        if (TokenText.IsAt(text, tokens, i + 1, "años") && Joined(text, tokens, i))
        {
            // "el portátil tiene 3 años": after "tiene", a noun after an article must name a person, and a
            // thing of the list is never one ("coche tiene 10 años").
            var thing = TokenText.IsAnyAt(text, tokens, i - 2, Things)
                || (TokenText.IsAnyAt(text, tokens, i - 3, ["el", "la", "mi", "su", "tu", "este", "esta", "nuestro", "nuestra"]) && !IsPersonAt(text, tokens, i - 2));
            return (TokenText.IsAnyAt(text, tokens, i - 1, SpanishHave) && !thing) || TokenText.IsAt(text, tokens, i + 2, "de") && TokenText.IsAt(text, tokens, i + 3, "edad")
                || (TokenText.IsAt(text, tokens, i - 1, "de") && IsPersonAt(text, tokens, i - 2)) // "mi hijo de 8 años"
                || AppositiveAfterPerson(text, tokens, i)
                ? Scores.PatternWithContext : 0;
        }

        if (TokenText.IsAt(text, tokens, i + 1, "ans") && Joined(text, tokens, i))
        {
            // "j'ai 42 ans", "il a 42 ans", "âgé de 42 ans"; not "il y a 42 ans" (42 years ago).
            // "j'ai bien 34 ans", "mon fils a presque 5 ans": one adverb may come between, after "ai" or
            // after a person's "a" ("le téléphone a déjà 3 ans" is not an age).
            var h = TokenText.IsAnyAt(text, tokens, i - 1, ["bien", "déjà", "deja", "presque", "seulement", "maintenant"])
                && (TokenText.IsAt(text, tokens, i - 2, "ai") || (TokenText.IsAt(text, tokens, i - 2, "a") && IsPeopleAt(text, tokens, i - 3)))
                ? i - 2 : i - 1;
            var has = TokenText.IsAnyAt(text, tokens, h, FrenchHave) && !TokenText.IsAt(text, tokens, h - 1, "y");
            var aged = TokenText.IsAt(text, tokens, i - 1, "de")
                && (TokenText.IsAnyAt(text, tokens, i - 2, AgeWords) || IsPeopleAt(text, tokens, i - 2)); // "ma fille de 8 ans"
            return has || aged || AppositiveAfterPerson(text, tokens, i) ? Scores.PatternWithContext : 0;
        }

        if (TokenText.IsAnyAt(text, tokens, i + 1, ["jahre", "jahren"]) && Joined(text, tokens, i))
        {
            // "der Laptop ist erst 2 Jahre alt": after "ist", the subject must be a person (German
            // capitalises every noun, so the case of the word says nothing).
            var link = TokenText.IsAnyAt(text, tokens, i - 1, ["erst", "schon", "fast", "gerade", "bereits", "knapp"]) ? i - 2 : i - 1;
            if (TokenText.IsAnyAt(text, tokens, link, ["ist", "war", "sind", "wird"]) && !IsPersonAt(text, tokens, link - 1)
                && !(TokenText.IsAnyAt(text, tokens, link - 1, ["frau", "herr"]) || (link >= 2 && TokenText.IsAnyAt(text, tokens, link - 2, ["frau", "herr"]))))
            {
                return 0;
            }

            return TokenText.IsAt(text, tokens, i + 2, "alt") || TokenText.IsAnyAt(text, tokens, i - 1, ["bin", "ist", "alter", "von"])
                || AppositiveAfterPerson(text, tokens, i)
                ? Scores.PatternWithContext : 0;
        }

        // "(81)" after a person: "my father Arjun Mehta (81)", "mein Sohn (4)", "dad (81) had a fall".
        if (InParentheses(text, tokens[i]) && value > 0 && PersonBefore(text, tokens, i))
        {
            return Scores.StrongPattern;
        }

        // "I (F, 48)", "(M, 34)": sex and age in parentheses.
        if (value > 0 && TokenText.IsAnyAt(text, tokens, i - 1, ["f", "m", "female", "male"]) && TokenText.Gap(text, tokens[i - 1], tokens[i]) is ", "
            && tokens[i].End < text.Length && text[tokens[i].End] == ')' && tokens[i - 1].Start > 0 && text[tokens[i - 1].Start - 1] == '('
            && (i == 1 || IsPersonAt(text, tokens, i - 2) || IsPeopleAt(text, tokens, i - 2) || TokenText.IsAnyAt(text, tokens, i - 2, ["me", "myself"])))
        {
            return Scores.StrongPattern;
        }

        // A form's "name, age": "Client: Winifred Ashby, 88.", "(Winston Achebe, 79)".
        if (value > 0 && AfterListedName(text, tokens, i) && EndsListItem(text, tokens[i].End))
        {
            return Scores.StrongPattern;
        }

        // Before the number: "aged 42", "age: 42", "at the age of 42", "my age is 42", "edad: 42".
        var p = i - 1;
        if (TokenText.IsAnyAt(text, tokens, p, AgeLinks))
        {
            p--;
        }

        if (TokenText.IsAnyAt(text, tokens, p, AgeWords) && Plain(text, tokens, i) && !IsUnitAfter(text, tokens, i))
        {
            return Scores.PatternWithContext;
        }

        // "I'm 42", "my son is 7", "she's 42", "I just turned 40": only when nothing makes it a quantity.
        p = i - 1;
        if (TokenText.IsAnyAt(text, tokens, p, Softeners) && p > 0)
        {
            p--;
        }

        if (p < 0 || value == 0)
        {
            return 0;
        }

        // "I turned 65 last month", "she turns 7 next week", "I'm turning 40 in May": a person's birthday, whatever follows.
        var turn = TokenText.IsAnyAt(text, tokens, i - 1, Turned) ? i - 1 : p;
        var subject = TokenText.IsAnyAt(text, tokens, turn - 1, Softeners) ? turn - 2 : turn - 1;
        if (TokenText.IsAnyAt(text, tokens, turn, Turned) && Joined(text, tokens, i) && TokenText.IsAnyAt(text, tokens, i + 1, ["last", "this", "next", "on", "in"])
            && !IsUnitAfter(text, tokens, i) && (IsPersonAt(text, tokens, subject) || IsBeAfterPerson(text, tokens, subject)))
        {
            return Scores.StrongPattern;
        }

        // "Meine Oma wird 90", "Oma wird nächste Woche 90": German "will be".
        var wird = TokenText.IsAnyAt(text, tokens, i - 1, ["woche", "monat", "jahr"]) && TokenText.IsAnyAt(text, tokens, i - 2, ["nächste", "nächsten", "nächstes", "diese", "diesen", "dieses"]) ? i - 3 : i - 1;
        if (TokenText.IsAt(text, tokens, wird, "wird") && IsPersonAt(text, tokens, wird - 1) && EndsLikeAnAge(text, tokens, i))
        {
            return Scores.StrongPattern;
        }

        // "my dad'll be 80 in June", "she will be 7 next week": a birthday to come, said of one person
        // and with when ("we'll be 6 on Saturday", "my wife will be 10, she's parking" are not ages).
        if (TokenText.IsAt(text, tokens, i - 1, "be") && TokenText.IsAnyAt(text, tokens, i - 2, ["will", "ll"]) && IsPersonAt(text, tokens, i - 3)
            && !TokenText.IsAnyAt(text, tokens, i - 3, ["i", "we", "they", "you", "kids", "children", "boys", "girls"])
            && !IsUnitAfter(text, tokens, i) && Joined(text, tokens, i) && IsWhenToCome(text, tokens, i + 1))
        {
            return Scores.StrongPattern;
        }

        // "aged 2, 5, 8 and 12", "my kids are 4 and 9": a number listed after an age. An item after a
        // comma must be followed by another item or end the list ("I'm 35, 2 and a half years" is no list).
        var listed = ListedAfter(text, tokens, i);
        var endsList = listed >= 0 && EndsLikeAnAge(text, tokens, i) && (listed == i - 2 || ListContinues(text, tokens, i));
        if (endsList && depth < 6 && Score(text, tokens, listed, TokenText.DigitValue(text, tokens[listed]), depth + 1) > 0)
        {
            return Scores.StrongPattern;
        }

        // "my daughter who is 16 wants a card": a relative's clause, whatever verb follows.
        if (TokenText.IsAt(text, tokens, p, "is") && TokenText.IsAt(text, tokens, p - 1, "who") && IsPeopleAt(text, tokens, p - 2)
            && !IsUnitAfter(text, tokens, i) && !TokenText.IsAnyAt(text, tokens, i + 1, ["feet", "ft", "foot", "cm", "kg", "lbs", "inches", "stone", "percent"]))
        {
            return Scores.StrongPattern;
        }

        if (!EndsLikeAnAge(text, tokens, i))
        {
            return 0;
        }

        var introduced = TokenText.IsAnyAt(text, tokens, p, Turned)
            || (TokenText.IsAt(text, tokens, p, "am") && TokenText.IsAt(text, tokens, p - 1, "i"))
            || (TokenText.IsAt(text, tokens, p, "bin") && TokenText.IsAt(text, tokens, p - 1, "ich"))
            || (TokenText.IsAt(text, tokens, p, "m") && Apostrophe(text, tokens, p) && TokenText.IsAt(text, tokens, p - 1, "i"))
            || (TokenText.IsAnyAt(text, tokens, p, ["is", "ist"]) && IsPeopleAt(text, tokens, p - 1))
            || (TokenText.IsAt(text, tokens, p, "was") && IsPeopleAt(text, tokens, p - 1) && value >= 18 && EndsAPastAge(text, tokens, i)) // "He was 77."
            || (TokenText.IsAt(text, tokens, p, "is") && TokenText.IsAt(text, tokens, p - 1, "who")
                && (IsPeopleAt(text, tokens, p - 2) || NamedPersonBefore(text, tokens, p - 1))) // "my son who is 18 now", "my son Ebo Quartey who is 19"
            || (TokenText.IsAnyAt(text, tokens, p, ["tiene", "tenía"]) && NamedPersonBefore(text, tokens, p)
                && TokenText.IsAt(text, tokens, i + 1, "y") && !TokenText.IsAnyAt(text, tokens, i + 2, ["medio", "media"])) // "mi padre Ignacio Zubizarreta tiene 84 y quiere…"
            || (TokenText.IsAt(text, tokens, p, "are") && IsPeopleAt(text, tokens, p - 1) && TokenText.IsAnyAt(text, tokens, p - 2, Possessives)) // "my twins are 4"
            || (TokenText.IsAt(text, tokens, p, "are") && TokenText.IsAnyAt(text, tokens, p - 1, Plurals) && TokenText.IsAt(text, tokens, p - 2, "the")) // "the twins are 4"
            || (TheyAre(text, tokens, p) && PluralsBefore(text, tokens, p) && !PricedAfter(text, tokens, i)) // "2 kids, theyre 7 and 11"
            || (i > 0 && TokenText.Gap(text, tokens[i - 1], tokens[i]) is " (" or "(" && TokenText.IsAnyAt(text, tokens, i - 1, Plurals)
                && AgesGoOnInParentheses(text, tokens, i)) // "two kids (7 and 4)"; not "Adults (2), Kids (3)", a count
            || (TokenText.IsAnyAt(text, tokens, p, ["is", "ist"]) && NamedPersonBefore(text, tokens, p)) // "Rowan is 7", "Meine Oma Hilde ist 90"
            || TokenText.IsAt(text, tokens, p, "tengo") // "tengo 19 y no quiero ..."
            || TokenText.IsAnyAt(text, tokens, p, ["hes", "shes"]) // "hes 79 and has COPD"
            || (TokenText.IsAt(text, tokens, p, "im") && (p == 0 || TokenText.IsAnyAt(text, tokens, p - 1, CasualOpeners)
                    || TokenText.Gap(text, tokens[p - 1], tokens[p]).Trim(' ') is "." or "?" or "!" or ",")
                && !(tokens[i].End < text.Length && text[tokens[i].End] == '.' && tokens[i].End + 1 < text.Length && text[tokens[i].End + 1] == ' '
                    && i + 1 < tokens.Length && (tokens[i + 1].Shape & TokenShape.Capitalized) != 0)) // "hi im 17, can i fly alone"; not German "Im 3. Stock"
            || (IntroducedByName(text, tokens, p))
            || (TokenText.IsAt(text, tokens, p, "s") && Apostrophe(text, tokens, p) && IsPeopleAt(text, tokens, p - 1));
        return introduced ? Scores.StrongPattern : 0;
    }

    /// <summary>"(7 and 4)", "(7, 4)": another number follows token <paramref name="i"/> before the parenthesis closes.</summary>
    private static bool AgesGoOnInParentheses(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var k = i + 1;
        if (TokenText.IsAnyAt(text, tokens, k, ["and", "&", "y", "et", "und"]))
        {
            k++;
        }

        return k < tokens.Length && tokens[k].Is(TokenShape.AllDigits) && tokens[k].Length <= 2
            && text[tokens[i].End..tokens[k].Start].IndexOf(')') < 0;
    }

    /// <summary>
    /// "He was 77.", "my mum was 79 when she moved": after "was" a number is an age only at the end of
    /// the sentence or before "when"; "was" gives sizes, weights and prices too ("she was 10, can I
    /// exchange?", "the baby was 7 and a half pounds"), so only adults' ages are taken.
    /// </summary>
    private static bool EndsAPastAge(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var end = tokens[i].End;
        if (!(end == text.Length || text[end] is '.' or '!' || TokenText.IsAt(text, tokens, i + 1, "when")))
        {
            return false;
        }

        // "I took his temperature and he was 102.", "she was 39 when I measured it": a reading, not an age.
        for (var k = Math.Max(0, i - 8); k < tokens.Length && k <= i + 4; k++)
        {
            if (TokenText.IsAny(text, tokens[k], Readings))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words of measuring a person: a number said with them is a reading.</summary>
    private static readonly string[] Readings =
    [
        "temperature", "temp", "fever", "degrees", "measured", "thermometer", "weighed", "weight", "pulse", "bp", "pressure",
        "sugar", "reading", "score", "oxygen", "sats",
    ];

    /// <summary>"kids meals, they are 5 and 7 each": a price word among the four tokens after the number.</summary>
    private static bool PricedAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        for (var k = i + 1; k < tokens.Length && k <= i + 4; k++)
        {
            if (TokenText.IsAny(text, tokens[k], ["each", "pounds", "dollars", "euros", "quid", "bucks"]) || (tokens[k].Context & ContextKinds.Amount) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"they're", "theyre", "they are" ending at token <paramref name="p"/>.</summary>
    private static bool TheyAre(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int p) =>
        TokenText.IsAt(text, tokens, p, "theyre")
        || (TokenText.IsAt(text, tokens, p, "are") && TokenText.IsAt(text, tokens, p - 1, "they"))
        || (TokenText.IsAt(text, tokens, p, "re") && Apostrophe(text, tokens, p) && TokenText.IsAt(text, tokens, p - 1, "they"));

    /// <summary>
    /// A word for several children (<see cref="Plurals"/>) among the eight tokens before "they" at
    /// <paramref name="p"/>, with no sentence break between: who "they" are ("booking for me and the 2
    /// kids, theyre 7 and 11"; not "the kids are fine. They're 10 minutes away").
    /// </summary>
    private static bool PluralsBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int p)
    {
        for (var k = p - 1; k >= 0 && k >= p - 8 && tokens[p].Start - tokens[k].Start <= ScanContext.MaxContextDistance; k--)
        {
            if (Payment.NumberText.HasSentenceBreak(text[tokens[k].End..tokens[k + 1].Start]))
            {
                return false;
            }

            if (TokenText.IsAny(text, tokens[k], Plurals))
            {
                // The children themselves or their tickets, not a thing they own: "2 kids, theyre 7 and
                // 11", "two kids tickets, they're 7 and 10"; not "the kids' shoes, they are 12 and 13".
                var after = TokenText.Gap(text, tokens[k], tokens[k + 1]);
                return !after.Contains('\'') && !after.Contains('\u2019');
            }
        }

        return false;
    }

    /// <summary>
    /// True when token <paramref name="i"/> follows ", " after one to three capitalised words that
    /// open the text, a form field ("Client: ") or a parenthesis, or follow a relative ("my dad
    /// (Winston Achebe, 79)", "Patient: Ravi Subramanian, 67"). A single word must be a known first name.
    /// </summary>
    private static bool AfterListedName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i < 1 || TokenText.Gap(text, tokens[i - 1], tokens[i]) is not ", " || text[tokens[i].Start] == '0')
        {
            return false;
        }

        var first = -1;
        var words = 0;
        for (var k = i - 1; k >= 0 && words < 3; k--)
        {
            if ((tokens[k].Shape & (TokenShape.Capitalized | TokenShape.HasDigit | TokenShape.AllUpper)) != TokenShape.Capitalized)
            {
                break;
            }

            first = k;
            words++;
            if (k == 0 || TokenText.Gap(text, tokens[k - 1], tokens[k]) is not (" " or "-"))
            {
                break; // the name's first word
            }
        }

        if (words == 0 || (words == 1 && (tokens[i - 1].Flags & WordFlags.FirstName) == 0) || StreetAfter(text, tokens, i))
        {
            return false;
        }

        for (var k = first; k < i; k++)
        {
            if ((tokens[k].Flags & (WordFlags.StreetSuffix | WordFlags.SpanishStreetType | WordFlags.UsState | WordFlags.Month)) != 0)
            {
                return false; // "Calle Alcalá, 45", "Park Road, 12"
            }
        }

        if (first == 0)
        {
            // "John Smith, 45, chest pain since this morning"; not "Harry Potter, 7, is my favourite book".
            return words >= 2 && (tokens[0].Flags & WordFlags.FirstName) != 0
                && i + 1 < tokens.Length && TokenText.Gap(text, tokens[i], tokens[i + 1]) is ", "
                && ((tokens[i + 1].Flags & WordFlags.HealthTerm) != 0 || (tokens[i + 1].Context & ContextKinds.Medical) != 0);
        }

        // After a field that holds a person ("Client:", "Patient:") or a relative's parenthesis
        // ("my dad (Winston Achebe, 79)"); not "Guests: John Smith, 2" or "Rooms (Deluxe Suite, 2)".
        var before = TokenText.Gap(text, tokens[first - 1], tokens[first]).Trim(' ');
        var holder = tokens[first - 1];
        return (before is ":" && (holder.Context & ContextKinds.Name) != 0)
            || (before is "(" && IsPeopleAt(text, tokens, first - 1))
            || (before.Length == 0 && IsPeopleAt(text, tokens, first - 1));
    }

    /// <summary>"Marie Dupont, 14, rue Lepic": a street word after the number makes it a house number.</summary>
    private static bool StreetAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var k = i + 1;
        if (k >= tokens.Length)
        {
            return false;
        }

        if ((tokens[k].Shape & TokenShape.HasDigit) != 0)
        {
            return text.Slice(tokens[k].Start, tokens[k].Length).ContainsAny('º', 'ª'); // "Calle Alcalá, 45, 2º izquierda"
        }

        return (tokens[k].Flags & (WordFlags.StreetSuffix | WordFlags.SpanishStreetType)) != 0
            || Contact.ContactWords.IsFrenchStreetType(text.Slice(tokens[k].Start, tokens[k].Length))
            || (k + 1 < tokens.Length && (tokens[k + 1].Flags & WordFlags.StreetSuffix) != 0 && (tokens[k].Shape & TokenShape.Capitalized) != 0);
    }

    /// <summary>True when a list item ends at <paramref name="end"/>: a comma, a full stop, a ')' or ';', or the end.</summary>
    private static bool EndsListItem(ReadOnlySpan<char> text, int end) =>
        end == text.Length || text[end] is ',' or ')' or ';' || (text[end] == '.' && (end + 1 == text.Length || text[end + 1] == ' '));

    /// <summary>"I'm Aisha, 31": a capitalised name (one or two words) right after "I'm" / "I am" / "im", then the number.</summary>
    private static bool IntroducedByName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int p)
    {
        if (p < 1 || (tokens[p].Shape & (TokenShape.Capitalized | TokenShape.HasDigit)) != TokenShape.Capitalized)
        {
            return false;
        }

        // "I'm Aisha, 31", "hi i'm DeShawn Miller, 34": one or two capitalised words, two only when the
        // first is a first name that is no everyday word ("I'm Gold Tier, 5", "I'm Chase Bank, 24" are not).
        var q = p - 1;
        if (q > 0 && (tokens[q].Shape & (TokenShape.Capitalized | TokenShape.HasDigit)) == TokenShape.Capitalized
            && TokenText.Gap(text, tokens[q], tokens[p]) is " ")
        {
            if (!TokenText.IsPlainFirstName(tokens[q]))
            {
                return false;
            }

            q--;
        }

        return (TokenText.Is(text, tokens[q], "m") && Apostrophe(text, tokens, q) && TokenText.IsAt(text, tokens, q - 1, "i"))
            || (TokenText.Is(text, tokens[q], "am") && TokenText.IsAt(text, tokens, q - 1, "i"))
            || TokenText.Is(text, tokens[q], "im");
    }

    /// <summary>
    /// A word for a person or relative at token <paramref name="k"/>: "son", "nan", the "law" of
    /// "mother-in-law" and the "one" of "my little one".
    /// </summary>
    private static bool IsPeopleAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k)
    {
        if ((uint)k >= (uint)tokens.Length)
        {
            return false;
        }

        if (TokenText.IsAny(text, tokens[k], People))
        {
            return true;
        }

        return (TokenText.Is(text, tokens[k], "law") && TokenText.IsAt(text, tokens, k - 1, "in") && TokenText.IsAnyAt(text, tokens, k - 2, ["mother", "father", "son", "daughter", "brother", "sister"]))
            || (TokenText.Is(text, tokens[k], "one") && TokenText.IsAt(text, tokens, k - 1, "little"));
    }

    /// <summary>"I", "you", "my son", "Sarah": a word that names a person (not "the account", "my phone").</summary>
    private static bool IsPersonAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k) =>
        IsPeopleAt(text, tokens, k) || TokenText.IsAnyAt(text, tokens, k, ["i", "we", "they", "you"])
        || (k >= 0 && (tokens[k].Shape & (TokenShape.Capitalized | TokenShape.AllUpper | TokenShape.HasDigit)) == TokenShape.Capitalized
            && (tokens[k].Flags & WordFlags.FirstName) != 0);

    private static bool InParentheses(ReadOnlySpan<char> text, in Token token) =>
        token.Start > 0 && text[token.Start - 1] == '(' && token.End < text.Length && text[token.End] == ')';

    /// <summary>
    /// True when the words just before the "(" name someone's relative: "my son", "mein Sohn", or one
    /// to three capitalised words after them ("my father Arjun Mehta").
    /// </summary>
    private static bool PersonBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        // "I (34) have two accounts": the speaker, then a verb; not "I (1) forgot" (a numbered point).
        if (TokenText.IsAt(text, tokens, i - 1, "i") && TokenText.DigitValue(text, tokens[i]) >= 13 && VerbAfterParenthesis(text, tokens, i))
        {
            return true;
        }

        var k = i - 1;
        for (var names = 0; k >= 0 && names <= 3; k--, names++)
        {
            if (IsPeopleAt(text, tokens, k))
            {
                if (TokenText.IsAny(text, tokens[k], Plurals)
                    || (TokenText.IsAny(text, tokens[k], Elders) && TokenText.DigitValue(text, tokens[i]) < 16))
                {
                    return false; // "Kids (2)", "Mum (4)": a count
                }

                // "my son (4)"; "dad (81) had a fall" opening a sentence and "client Bill Hargreaves (89)
                // has been", each with a verb after; not "Kind Regards Mike (3)" or "Patient Portal (3)".
                var start = TokenText.IsAt(text, tokens, k, "law") ? k - 2 : TokenText.IsAt(text, tokens, k, "one") ? k - 1 : k;
                var named = k + 1 < i && (tokens[k + 1].Flags & WordFlags.FirstName) != 0;
                return TokenText.IsAnyAt(text, tokens, start - 1, Possessives)
                    || (TokenText.IsAny(text, tokens[k], Holders) && (k == i - 1 || named) && VerbAfterParenthesis(text, tokens, i))
                    || (k == i - 1 && VerbAfterParenthesis(text, tokens, i)
                        && (start <= 0 || TokenText.Gap(text, tokens[start - 1], tokens[start]).Trim(' ') is [.., '.' or '!' or '?' or '\u2014' or '-']));
            }

            if ((tokens[k].Shape & (TokenShape.Capitalized | TokenShape.HasDigit)) != TokenShape.Capitalized)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A lower-case word right after the ")" that closes token <paramref name="i"/>: "dad (81) had a fall", not "Child (1)," or "(2) tickets".</summary>
    private static bool VerbAfterParenthesis(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        i + 1 < tokens.Length && TokenText.Gap(text, tokens[i], tokens[i + 1]) is ") " && char.IsLower(text[tokens[i + 1].Start])
        && (tokens[i + 1].Shape & TokenShape.HasDigit) == 0
        && !TokenText.IsAny(text, tokens[i + 1], ["tickets", "ticket", "items", "pack", "packs", "times", "x", "each", "left", "more", "seats"]);

    /// <summary>True when nothing but spaces or hyphens separate token i from the next ("42-year-old", "42 years").</summary>
    private static bool Joined(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Length)
        {
            return false;
        }

        var gap = TokenText.Gap(text, tokens[i], tokens[i + 1]);
        return gap is " " or "-" or "  " or " - ";
    }

    /// <summary>
    /// For "N years old": after "is" (or "is only"), the subject must be a person ("my laptop is
    /// 10 years old", "it's only 2 years old" are not ages).
    /// </summary>
    private static bool OldSubjectIsPerson(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var link = TokenText.IsAnyAt(text, tokens, i - 1, Softeners) ? i - 2 : i - 1;
        return !(TokenText.IsAnyAt(text, tokens, link, ["is", "was", "s"]) && link >= 1
            && (tokens[link - 1].Shape & TokenShape.Capitalized) == 0 && !IsPeopleAt(text, tokens, link - 1)
            && !TokenText.IsAnyAt(text, tokens, link - 1, ["i", "who", "that", "which", "they", "we", "you"]));
    }

    /// <summary>
    /// "a 100 year old teapot", "my 5-year-old laptop": the singular "year old" (or "month old")
    /// said of a thing named after it. "my 3 year old loves it" stays an age.
    /// </summary>
    private static bool OldThing(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var old = i + 2;
        if (!TokenText.IsAnyAt(text, tokens, i + 1, ["year", "yr", "month", "mo"]) || !TokenText.IsAt(text, tokens, old, "old")
            || !Joined(text, tokens, old))
        {
            return false;
        }

        var noun = tokens[old + 1];
        return TokenText.IsAny(text, noun, OldThings) || TokenText.IsAny(text, noun, Things);
    }

    /// <summary>
    /// "Ma mère, 85 ans, est ...", "mon père (78 ans)", "Lea (Klasse 3, 8 Jahre)": the number and its
    /// unit set off by a comma or parenthesis after a person or a first name in the same sentence.
    /// </summary>
    private static bool AppositiveAfterPerson(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i < 1 || !EndsListItem(text, tokens[i + 1].End) || TokenText.Gap(text, tokens[i - 1], tokens[i]).Trim(' ') is not ("(" or ","))
        {
            return false;
        }

        // The word the number is set off from: before the "(" ("mon père (78 ans)", "Lea (Klasse 3,
        // 8 Jahre)"), else before the comma ("Ma mère, 85 ans"). It must name the person, not a
        // thing ("un contrato (2 años)", "einen Vertrag, 2 Jahre") or a customer ("Soy cliente (15 años)").
        var anchor = i - 1;
        for (var k = i; k > 0 && i - k <= 4; k--)
        {
            if (TokenText.Gap(text, tokens[k - 1], tokens[k]).Contains('('))
            {
                anchor = k - 1;
                break;
            }
        }

        if (TokenText.IsAny(text, tokens[anchor], CustomerWords))
        {
            return false;
        }

        if (IsPeopleAt(text, tokens, anchor))
        {
            return true;
        }

        // A capitalised name run ending at the anchor with a first name in it: "Joaquín Herrera Lozano, 76 años".
        for (var k = anchor; k >= 0 && anchor - k < 3 && (tokens[k].Shape & (TokenShape.Capitalized | TokenShape.AllUpper | TokenShape.HasDigit)) == TokenShape.Capitalized; k--)
        {
            if ((tokens[k].Flags & WordFlags.FirstName) != 0 && (tokens[k].Flags & WordFlags.StopWord) == 0)
            {
                return true;
            }

            if (k == 0 || TokenText.Gap(text, tokens[k - 1], tokens[k]) is not (" " or "-"))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// "Rowan is 7", "my son Kofi is 11", "my grandma Hope Mabuza is 96": one to three capitalised
    /// words before "is" at <paramref name="p"/> that follow a relative, or that open a sentence
    /// with a known first name.
    /// </summary>
    private static bool NamedPersonBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int p)
    {
        var first = p;
        for (var k = p - 1; k >= 0 && p - k <= 3; k--)
        {
            if (k < p - 1 && IsPeopleAt(text, tokens, k) && !TokenText.IsAny(text, tokens[k], Holders))
            {
                return true; // "Meine Oma Hilde ist 90": German capitalises the relative too
            }

            if ((tokens[k].Shape & (TokenShape.Capitalized | TokenShape.HasDigit | TokenShape.AllUpper)) != TokenShape.Capitalized)
            {
                break;
            }

            first = k;
            if (k == 0 || TokenText.Gap(text, tokens[k - 1], tokens[k]) is not (" " or "-"))
            {
                break;
            }
        }

        if (first == p)
        {
            return false;
        }

        if (IsPeopleAt(text, tokens, first - 1))
        {
            return true;
        }

        // Opening a sentence, a first name that is no everyday word or company ("Mateo is 6"; not "Sky is 25").
        var opens = first == 0 || TokenText.Gap(text, tokens[first - 1], tokens[first]).IndexOfAny(".!?") >= 0;
        return opens && TokenText.IsPlainFirstName(tokens[first])
            && (tokens[first].Flags & (WordFlags.Month | WordFlags.StreetSuffix | WordFlags.UsState)) == 0;
    }

    /// <summary>"I'm turning 40", "she's turning 7": the token at <paramref name="k"/> is "'m", "am", "'s" or "is" after a person.</summary>
    private static bool IsBeAfterPerson(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k) =>
        (TokenText.IsAnyAt(text, tokens, k, ["m", "am"]) && TokenText.IsAt(text, tokens, k - 1, "i"))
        || TokenText.IsAt(text, tokens, k, "im")
        || (TokenText.IsAnyAt(text, tokens, k, ["s", "is"]) && (IsPeopleAt(text, tokens, k - 1) || IsPersonAt(text, tokens, k - 1)));

    /// <summary>
    /// The index of the number listed just before token <paramref name="i"/> ("2, 5", "4 and 9"),
    /// or -1.
    /// </summary>
    private static int ListedAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i >= 1 && IsSmallNumber(text, tokens[i - 1]) && TokenText.Gap(text, tokens[i - 1], tokens[i]) is ", ")
        {
            return i - 1;
        }

        return i >= 2 && TokenText.IsAnyAt(text, tokens, i - 1, ["and", "&", "und", "et", "y"]) && IsSmallNumber(text, tokens[i - 2])
            && TokenText.Gap(text, tokens[i - 2], tokens[i - 1]) is " " ? i - 2 : -1;
    }

    /// <summary>After a listed number: another number (", 8", " and 12") or the end of the list (")", ".", the end).</summary>
    private static bool ListContinues(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var end = tokens[i].End;
        if (end == text.Length || text[end] is ')' or '.' or ';'
            || (text[end] == ',' && i + 1 < tokens.Length && IsSmallNumber(text, tokens[i + 1]) && ListedAfter(text, tokens, i + 1) == i))
        {
            return true;
        }

        return i + 2 < tokens.Length && IsSmallNumber(text, tokens[i + 2]) && ListedAfter(text, tokens, i + 2) == i;
    }

    /// <summary>Words after "my 18 month old" that keep it a baby: a verb ("has", "keeps", "won't"), "and", or the end.</summary>
    private static bool BabyAfterOld(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int old)
    {
        if (old + 1 >= tokens.Length || !TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[old], tokens[old + 1])))
        {
            return true; // "my 9 month old." or "my 9 month old, ..."
        }

        return IsPeopleAt(text, tokens, old + 1) || TokenText.IsAny(text, tokens[old + 1],
        [
            "has", "had", "is", "was", "keeps", "kept", "won", "can", "cannot", "can't", "will", "wont", "doesn", "isn", "hasn",
            "needs", "gets", "got", "just", "still", "and", "who", "woke", "wakes", "threw", "throws", "started", "seems",
            "baby", "son", "daughter", "boy", "girl", "twins", "grandson", "granddaughter", "niece", "nephew", "with",
        ]);
    }

    private static bool IsSmallNumber(ReadOnlySpan<char> text, in Token token) =>
        (token.Shape & TokenShape.AllDigits) != 0 && token.Length <= 3 && TokenText.DigitValue(text, token) is > 0 and <= MaxAge
        && !IsPartOfNumber(text, token);

    /// <summary>True when the number is at the end, or followed by a space or sentence punctuation.</summary>
    private static bool Plain(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var end = tokens[i].End;
        return end == text.Length || text[end] is ' ' or '.' or ',' or '!' or '?' or ';' or ')' or '\n' or '\r';
    }

    /// <summary>"age 5 minutes" is not an age: a word right after the number that is a unit.</summary>
    private static bool IsUnitAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        i + 1 < tokens.Length && TokenText.Gap(text, tokens[i], tokens[i + 1]) is " "
        && TokenText.IsAny(text, tokens[i + 1], ["minutes", "min", "mins", "hours", "seconds", "days", "weeks", "months", "percent", "ago"]);

    /// <summary>Time words after "next" or "this" that say when a birthday comes: "next week", "this summer".</summary>
    private static readonly string[] ComingTimes = ["week", "month", "year", "weekend", "summer", "spring", "autumn", "fall", "winter", "christmas"];

    /// <summary>"in June", "next week", "this summer", "on 3 March": when, at token <paramref name="k"/>.</summary>
    private static bool IsWhenToCome(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Length)
        {
            return false;
        }

        var then = tokens[k + 1];
        return (TokenText.IsAnyAt(text, tokens, k, ["next", "this"]) && (TokenText.IsAny(text, then, ComingTimes) || (then.Flags & WordFlags.Month) != 0))
            || (TokenText.IsAnyAt(text, tokens, k, ["in", "on"]) && ((then.Flags & WordFlags.Month) != 0
                || ((then.Shape & TokenShape.AllDigits) != 0 && k + 2 < tokens.Length && (tokens[k + 2].Flags & WordFlags.Month) != 0)))
            || (TokenText.IsAt(text, tokens, k, "on") && TokenText.Is(text, then, "the") && k + 2 < tokens.Length
                && (tokens[k + 2].Shape & TokenShape.HasDigit) != 0); // "on the 9th", "on the 3rd of May"
    }

    /// <summary>For "I'm 42": the number ends the sentence or is followed by a word that keeps it an age.</summary>
    private static bool EndsLikeAnAge(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var end = tokens[i].End;
        if (end == text.Length)
        {
            return true;
        }

        var c = text[end];
        if (c is '.' or '!' or '?' or ',' or ';' or ')' or '\n' or '\r')
        {
            return true;
        }

        if (c != ' ')
        {
            return false;
        }

        var k = end;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        if (k == text.Length || text[k] is '.' or '!' or '?' or ',' or '\n' or ':' or ')' || char.IsSurrogate(text[k])
            || text[k] is >= '\u2600' and <= '\u27BF')
        {
            return true; // "... is 96 🎉 and": an emoji, not "39 °C"
        }

        return i + 1 < tokens.Length && tokens[i + 1].Start == k && (TokenText.IsAny(text, tokens[i + 1], Followers)
            || (TokenText.IsAny(text, tokens[i + 1], Auxiliaries) && TokenText.IsAnyAt(text, tokens, i + 2, ["he", "she", "they"]))
            || (TokenText.Is(text, tokens[i + 1], "if") && TokenText.IsAnyAt(text, tokens, i + 2, ["that", "it", "this"])
                && TokenText.IsAnyAt(text, tokens, i + 3, ["matters", "matter", "helps", "help"]))); // "I'm 58 if that matters"
    }

    /// <summary>
    /// Verbs that open a question about the person just aged: "my boy is 9 does he need his own
    /// passport", "my mum is 84 would she qualify"; not "my wife is 12 what is that in EU sizes" or
    /// "my baby is 38 is that a fever", where the number is a size or a temperature.
    /// </summary>
    private static readonly string[] Auxiliaries = ["does", "do", "did", "should", "would", "is", "was", "has", "needs", "wants"];

    /// <summary>
    /// A date-of-birth field right after the number, whose year agrees with it: "Imogen Clarke, 35,
    /// DOB 02/08/1989" is a person's record; "Tom Hale, 12, DOB 03/05/1980" and "Ward 7 - Peter
    /// Walsh, 7, DOB 01/01/1950" give a number that is no age. The age and the year of birth must
    /// add up to a year from six years ago to next year (messages are read some time after they
    /// are written).
    /// </summary>
    private static bool BirthFieldAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Length || (tokens[i + 1].Context & ContextKinds.Birth) == 0)
        {
            return false;
        }

        var age = TokenText.DigitValue(text, tokens[i]);
        for (var k = i + 2; k < tokens.Length && k <= i + 8; k++)
        {
            if (tokens[k].Length == 4 && (tokens[k].Shape & TokenShape.AllDigits) != 0)
            {
                var year = TokenText.DigitValue(text, tokens[k]);
                var now = DateTime.UtcNow.Year;
                return year + age >= now - 6 && year + age <= now + 1;
            }
        }

        return false;
    }

    /// <summary>
    /// True when token <paramref name="i"/> is the age of someone the name recognizer found just
    /// before it: "Rose is 9 and Hunter is 5", "Emily's 5 and has…", "Ava, 9.", "Hiroshi Tanaka,
    /// 78, has been…", "Tran Van Duc (67)", "My father Li Wei (李伟) is 70 and…". A number that goes
    /// on as a quantity ("Anna is 5 minutes away", "Tom, 3 more questions") is not one.
    /// </summary>
    private static bool AfterNamedPerson(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        if (i < 1)
        {
            return false;
        }

        var gap = TokenText.Gap(text, tokens[i - 1], tokens[i]);
        int nameEnd;
        if (gap is " " && TokenText.IsAny(text, tokens[i - 1], ["is", "was"]) && i >= 2)
        {
            nameEnd = tokens[i - 2].End;
            var link = TokenText.Gap(text, tokens[i - 2], tokens[i - 1]);
            if (link is " ) " or ") ")
            {
                // "Li Wei (李伟) is 70": the name may stand before its original in brackets.
                var open = text[..nameEnd].LastIndexOf('(');
                if (open < 0 || nameEnd - open > 24)
                {
                    return false;
                }

                nameEnd = open;
            }
            else if (link is not " ")
            {
                return false;
            }
        }
        else if (gap is " " && TokenText.Is(text, tokens[i - 1], "s") && i >= 2 && Apostrophe(text, tokens, i - 1))
        {
            nameEnd = tokens[i - 2].End;
        }
        else if (gap is ", " || (gap is " (" && InParentheses(text, tokens[i])))
        {
            nameEnd = tokens[i - 1].End;
        }
        else if (gap is " " && (tokens[i - 1].Flags & WordFlags.FirstName) != 0
            && ((i + 1 < tokens.Length && TokenText.Gap(text, tokens[i], tokens[i + 1]) is ", " or " and " or " & ")
                || text[tokens[i].End..].Trim().IsEmpty)
            && PeopleContext.HeadedByPeople(context, i))
        {
            nameEnd = tokens[i - 1].End; // "Kids: Amara 10, Kofi 8, Esi 5": a list headed by people, to its last item
        }
        else
        {
            return false;
        }

        if (!EndsLikeAnAge(text, tokens, i) || NumberGoesOn(text, tokens, i))
        {
            return false;
        }

        if (gap is " (" && text[(tokens[i].End + 1)..].Trim().IsEmpty && !PeopleContext.HeadedByPeople(context, i))
        {
            return false; // "Kind Regards Mike (3)": a count at the end of a sign-off (not "Dependants: …, Ruairi (2)")
        }

        if ((i + 1 < tokens.Length && (tokens[i + 1].Flags & (WordFlags.StreetSuffix | WordFlags.UnitDesignator)) != 0)
            || (gap is ", " && i + 1 < tokens.Length && TokenText.Gap(text, tokens[i], tokens[i + 1]) is ", " && (tokens[i + 1].Shape & TokenShape.Capitalized) != 0
                && !BirthFieldAfter(text, tokens, i)) // not "Imogen Clarke, 35, DOB 02/08/1989"
            || PeopleContext.ReferenceBefore(context, i) || PeopleContext.SpeaksOfCounts(context, i))
        {
            return false; // "Marie Dupont, 14, rue Lepic", "Guests: John Smith, 2.", "The table for David Brown is 14."
        }

        // A name in a message about relatives, children or health: "My father-in-law, Hiroshi Tanaka,
        // 78, has been coughing"; not "Reservation under Maria Garcia, 6." or "Final votes: Lucy Hale, 9."
        // Elsewhere only a full name with the number set off as an aside: "Hamid Rezaei, 34, a
        // pharmacist by trade", "Margaret Hollis (79), on warfarin".
        var fullNameOnly = !PeopleContext.SpeaksOfPeople(context) && !(gap is ", " && BirthFieldAfter(text, tokens, i));
        if (fullNameOnly && !IsAside(text, tokens, i, gap))
        {
            return false;
        }

        // The name ends where the link starts, a bracketed original of it and spaces aside.
        nameEnd = text[..nameEnd].TrimEnd(' ').Length;
        foreach (var candidate in context.Candidates)
        {
            if (candidate.Class == DataClasses.PersonName && candidate.Score >= Scores.Pattern && candidate.End == nameEnd)
            {
                var first = context.TokenIndexAt(candidate.Start);
                if (fullNameOnly && !text[candidate.Start..candidate.End].Contains(' '))
                {
                    return false;
                }

                return !AddressedOrTitled(context, candidate.Start, titleCounts: gap is " ") && !PeopleContext.InListOrAfterPreposition(context, first)
                    && !PeopleContext.ListsThings(context, first, i);
            }
        }

        return false;
    }

    /// <summary>
    /// "…, 34, a pharmacist", "…, 29, currently at …", "… (79), on warfarin": number token
    /// <paramref name="i"/> after a comma is followed by a comma and words that describe a person
    /// (not "Chloe Adams, 98, a new club record", "Taylor Swift, 13, is her lucky number"), or in
    /// parentheses by a comma, a semicolon or the end of the text.
    /// </summary>
    private static bool IsAside(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, ReadOnlySpan<char> gap)
    {
        if (gap is " (")
        {
            var rest = text[tokens[i].End..].TrimStart(' ');
            return rest.StartsWith(")") && rest[1..].TrimStart(' ') is var after && (after.IsEmpty || after[0] is ',' or ';');
        }

        if (gap is not ", " || i + 1 >= tokens.Length || TokenText.Gap(text, tokens[i], tokens[i + 1]) is not ", ")
        {
            return false;
        }

        var k = i + 1;
        if (TokenText.IsAny(text, tokens[k], PersonDescribers) || TokenText.IsAny(text, tokens[k], Occupations))
        {
            return true;
        }

        // "a pharmacist by trade", "a retired teacher", "an ICU nurse".
        return TokenText.IsAny(text, tokens[k], ["a", "an"])
            && (TokenText.IsAnyAt(text, tokens, k + 1, Occupations) || TokenText.IsAnyAt(text, tokens, k + 2, Occupations)
                || TokenText.IsAnyAt(text, tokens, k + 1, PersonNameRecognizer.Roles) || TokenText.IsAnyAt(text, tokens, k + 2, PersonNameRecognizer.Roles));
    }

    /// <summary>Words that go on to describe the person an aside gives the age of: "…, 29, currently at …", "…, 66, has multiple sclerosis".</summary>
    private static readonly string[] PersonDescribers =
    [
        "who", "lives", "living", "works", "working", "currently", "retired", "married", "single", "divorced", "widowed", "born",
        "reports", "presents", "has", "had", "suffers", "diagnosed", "unemployed", "pregnant", "originally",
        "formerly", "recently", "previously", "resident", "known",
    ];

    /// <summary>What people do, for an aside after a name and an age: "…, 27, rugby player", "…, 34, a pharmacist".</summary>
    private static readonly string[] Occupations =
    [
        "pharmacist", "teacher", "nurse", "doctor", "engineer", "student", "lawyer", "solicitor", "accountant", "farmer", "driver",
        "mechanic", "electrician", "plumber", "builder", "chef", "cook", "carer", "pensioner", "retiree", "mother", "father", "mum",
        "dad", "grandmother", "grandfather", "widow", "widower", "programmer", "developer", "designer", "consultant", "shopkeeper",
        "trader", "businessman", "businesswoman", "banker", "firefighter", "officer", "soldier", "veteran", "waiter", "waitress",
        "musician", "artist", "writer", "photographer", "lecturer", "professor", "researcher", "scientist", "technician", "analyst",
        "clerk", "cashier", "hairdresser", "barber", "baker", "butcher", "tailor", "pilot", "labourer", "laborer", "volunteer",
        "housewife", "homemaker", "rugby", "football", "footballer", "athlete", "freelancer", "contractor", "patient",
        "care", "support", "sales", "warehouse", "delivery", "taxi", "bus", "truck", "lorry", "postman", "midwife",
    ];

    /// <summary>
    /// True when the name starting at <paramref name="start"/> is spoken to ("Hi James, 2 and a half
    /// hours", "Thanks Priya, 10!") or, with <paramref name="titleCounts"/> (the name "is" or "'s"
    /// the number), follows a title ("Dr Patel is 10", "Mrs Okafor is 3"): what comes after such a
    /// name is seldom the age. A titled name set off by commas or given a bracket keeps its age:
    /// "Ms. Nakamura, 45, follow up for hypertension", "Mrs Beatrice Okonkwo-Hale, 84, lives alone".
    /// </summary>
    private static bool AddressedOrTitled(ScanContext context, int start, bool titleCounts)
    {
        var tokens = context.Tokens;
        var k = context.TokenIndexAt(start) - 1;
        return k >= 0 && ((titleCounts && (tokens[k].Flags & WordFlags.PersonTitle) != 0)
            || TokenText.IsAny(context.Text, tokens[k], ["hi", "hello", "hey", "dear", "thanks", "thank", "cheers", "hola", "gracias", "bonjour",
                "merci", "hallo", "danke", "tell", "ask", "ring", "call", "for", "under", "with", "to"]));
    }

    /// <summary>True when the number goes on as a range, a list, a fraction or a correction: "3 and 4", "2 y 3", "2 and a half", "5, not 10".</summary>
    private static bool NumberGoesOn(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        (TokenText.IsAt(text, tokens, i + 1, "not") && i + 2 < tokens.Length && (tokens[i + 2].Shape & TokenShape.AllDigits) != 0) ||
        TokenText.IsAnyAt(text, tokens, i + 1, ["and", "y", "et", "und", "or", "o", "ou", "oder", "to", "à", "a", "bis"])
        && i + 2 < tokens.Length && ((tokens[i + 2].Shape & TokenShape.AllDigits) != 0 || TokenText.IsAnyAt(text, tokens, i + 2, ["a", "half"]));

    private static bool Apostrophe(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        i > 0 && TokenText.Gap(text, tokens[i - 1], tokens[i]) is { Length: 1 } gap && TokenText.IsApostrophe(gap[0]);

    /// <summary>True when the digits belong to a longer number, amount, time, decimal, height or range.</summary>
    private static bool IsPartOfNumber(ReadOnlySpan<char> text, in Token token)
    {
        if (token.Start > 0)
        {
            var before = text[token.Start - 1];
            if (before is '$' or '€' or '£' or '#' or '+' or '/' or '\\' || (before is '.' or ',' or ':' or '-' && token.Start > 1 && char.IsAsciiDigit(text[token.Start - 2])))
            {
                return true;
            }
        }

        if (token.End < text.Length)
        {
            var after = text[token.End];
            if (after is '%' or '\'' or '"' or '\u2019' or '$' or '€' or '£')
            {
                return true;
            }

            if (after is '.' or ',' or ':' or '/' or '-' && token.End + 1 < text.Length && char.IsAsciiDigit(text[token.End + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
