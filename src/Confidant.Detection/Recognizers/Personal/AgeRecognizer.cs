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
internal sealed class AgeRecognizer : IRecognizer
{
    private const int MaxAge = 120;

    private static readonly string[] YearWords = ["years", "year", "yrs", "yr"];
    private static readonly string[] AgeWords = ["age", "aged", "edad", "âge", "alter", "âgé", "âgée", "agé", "agée"];
    private static readonly string[] AgeLinks = ["is", "of", "es", "de", "est", "ist", "was"];
    private static readonly string[] Softeners = ["only", "almost", "nearly", "just", "barely", "now", "about", "already", "turning"];
    private static readonly string[] Turned = ["turned", "turning", "turn", "turns", "cumplí", "cumplo", "cumple", "cumplió"];
    private static readonly string[] SpanishHave = ["tengo", "tiene", "tienes", "tenía", "tenia", "tenemos", "tienen", "cumplí", "cumplo", "cumple"];
    private static readonly string[] FrenchHave = ["ai", "as", "a", "avait", "avais"];

    private static readonly string[] People =
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
        ["my", "our", "his", "her", "their", "mein", "meine", "meinen", "meinem", "unser", "unsere", "mon", "ma", "notre", "mi", "nuestro", "nuestra"];

    private static readonly string[] Followers =
    [
        "and", "now", "this", "next", "today", "soon", "already", "but", "so", "too", "lol", "haha", "btw", "though",
        "yo", "y", "myself", "actually", "und", "et", "i",
    ];

    public string Id => "personal.age";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.Age];

    public void Recognize(ScanContext context)
    {
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
            if (score > 0)
            {
                context.Add(DataClasses.Age, token.Start, token.End, score, Id, context: ContextKinds.Age);
            }
        }
    }

    /// <summary>"36yo", "53F with eczema": digits glued to an age suffix; only the digits are reported.</summary>
    private void AgeWithSuffix(ScanContext context, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        var value = text.Slice(token.Start, token.Length);
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
            || (AfterListedName(text, tokens, i) && EndsListItem(text, token.End))); // "42F, migraines getting worse", not "3F, room 12"
        if ((yo || sex) && age is > 0 and <= MaxAge)
        {
            context.Add(DataClasses.Age, token.Start, token.Start + digits, Scores.PatternWithContext, Id, context: ContextKinds.Age);
        }
    }

    private static double Score(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int value)
    {
        // After the number: "years old", "-year-old", "years of age", "yo", "y/o", "años", "ans", "Jahre alt".
        if (Joined(text, tokens, i) && TokenText.IsAnyAt(text, tokens, i + 1, YearWords))
        {
            // "my father 72 yrs admitted": in note style, "yrs" after "my <person>" needs no "old".
            if (TokenText.IsAnyAt(text, tokens, i + 1, ["yrs", "yr"]) && TokenText.IsAnyAt(text, tokens, i - 1, People)
                && TokenText.IsAnyAt(text, tokens, i - 2, Possessives) && TokenText.Gap(text, tokens[i - 1], tokens[i]) is " "
                && !TokenText.IsAnyAt(text, tokens, i + 2, ["ago", "now", "younger", "older", "later", "before", "after", "since", "more", "less", "longer"]))
            {
                return Scores.StrongPattern;
            }

            if (Joined(text, tokens, i + 1) && (TokenText.IsAt(text, tokens, i + 2, "old")
                || (TokenText.IsAt(text, tokens, i + 2, "of") && TokenText.IsAt(text, tokens, i + 3, "age"))))
            {
                // "my laptop is 10 years old": after "is", the subject must be a person.
                var linked = TokenText.IsAnyAt(text, tokens, i - 1, ["is", "was", "s"]);
                if (linked && i >= 2 && (tokens[i - 2].Shape & TokenShape.Capitalized) == 0 && !TokenText.IsAny(text, tokens[i - 2], People)
                    && !TokenText.IsAnyAt(text, tokens, i - 2, ["i", "who", "that", "which", "they", "we", "you"]))
                {
                    return 0;
                }

                return Scores.PatternWithContext;
            }

            return 0;
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
                ? Scores.PatternWithContext : 0;
        }

        if (TokenText.IsAt(text, tokens, i + 1, "ans") && Joined(text, tokens, i))
        {
            // "j'ai 42 ans", "il a 42 ans", "âgé de 42 ans"; not "il y a 42 ans" (42 years ago).
            // "j'ai bien 34 ans", "mon fils a presque 5 ans": one adverb may come between, after "ai" or
            // after a person's "a" ("le téléphone a déjà 3 ans" is not an age).
            var h = TokenText.IsAnyAt(text, tokens, i - 1, ["bien", "déjà", "deja", "presque", "seulement", "maintenant"])
                && (TokenText.IsAt(text, tokens, i - 2, "ai") || (TokenText.IsAt(text, tokens, i - 2, "a") && TokenText.IsAnyAt(text, tokens, i - 3, People)))
                ? i - 2 : i - 1;
            var has = TokenText.IsAnyAt(text, tokens, h, FrenchHave) && !TokenText.IsAt(text, tokens, h - 1, "y");
            var aged = TokenText.IsAt(text, tokens, i - 1, "de")
                && (TokenText.IsAnyAt(text, tokens, i - 2, AgeWords) || TokenText.IsAnyAt(text, tokens, i - 2, People)); // "ma fille de 8 ans"
            return has || aged ? Scores.PatternWithContext : 0;
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
                ? Scores.PatternWithContext : 0;
        }

        // "(81)" after a person: "my father Arjun Mehta (81)", "mein Sohn (4)".
        if (InParentheses(text, tokens[i]) && value > 0 && PersonBefore(text, tokens, i))
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

        // "I turned 65 last month", "she turns 7 next week": a person's birthday, whatever follows.
        var subject = TokenText.IsAnyAt(text, tokens, p - 1, Softeners) ? p - 2 : p - 1;
        if (TokenText.IsAnyAt(text, tokens, p, Turned) && Joined(text, tokens, i) && TokenText.IsAnyAt(text, tokens, i + 1, ["last", "this", "next", "on", "in"])
            && !IsUnitAfter(text, tokens, i) && IsPersonAt(text, tokens, subject))
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
            || (TokenText.IsAnyAt(text, tokens, p, ["is", "ist"]) && TokenText.IsAnyAt(text, tokens, p - 1, People))
            || (TokenText.IsAnyAt(text, tokens, p, ["is", "ist"]) && p >= 3 && TokenText.IsAnyAt(text, tokens, p - 2, People)
                && TokenText.IsAnyAt(text, tokens, p - 3, Possessives)
                && (tokens[p - 1].Shape & (TokenShape.Capitalized | TokenShape.HasDigit | TokenShape.AllUpper)) == TokenShape.Capitalized) // "my son Kofi is 11"
            || TokenText.IsAnyAt(text, tokens, p, ["hes", "shes"]) // "hes 79 and has COPD"
            || (TokenText.IsAt(text, tokens, p, "im") && (p == 0 || TokenText.IsAnyAt(text, tokens, p - 1, CasualOpeners)
                    || TokenText.Gap(text, tokens[p - 1], tokens[p]).Trim(' ') is "." or "?" or "!" or ",")
                && !(tokens[i].End < text.Length && text[tokens[i].End] == '.' && tokens[i].End + 1 < text.Length && text[tokens[i].End + 1] == ' '
                    && i + 1 < tokens.Length && (tokens[i + 1].Shape & TokenShape.Capitalized) != 0)) // "hi im 17, can i fly alone"; not German "Im 3. Stock"
            || (IntroducedByName(text, tokens, p))
            || (TokenText.IsAt(text, tokens, p, "s") && Apostrophe(text, tokens, p) && TokenText.IsAnyAt(text, tokens, p - 1, People));
        return introduced ? Scores.StrongPattern : 0;
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
            || (before is "(" && TokenText.IsAny(text, holder, People))
            || (before.Length == 0 && TokenText.IsAny(text, holder, People));
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

    /// <summary>"I'm Aisha, 31": a capitalised name right after "I'm" / "I am" / "im", then the number.</summary>
    private static bool IntroducedByName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int p)
    {
        if (p < 1 || (tokens[p].Shape & (TokenShape.Capitalized | TokenShape.HasDigit)) != TokenShape.Capitalized)
        {
            return false;
        }

        var q = p - 1;
        return (TokenText.Is(text, tokens[q], "m") && Apostrophe(text, tokens, q) && TokenText.IsAt(text, tokens, q - 1, "i"))
            || (TokenText.Is(text, tokens[q], "am") && TokenText.IsAt(text, tokens, q - 1, "i"))
            || TokenText.Is(text, tokens[q], "im");
    }

    /// <summary>"I", "you", "my son", "Sarah": a word that names a person (not "the account", "my phone").</summary>
    private static bool IsPersonAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k) =>
        TokenText.IsAnyAt(text, tokens, k, People) || TokenText.IsAnyAt(text, tokens, k, ["i", "we", "they", "you"])
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
        var k = i - 1;
        for (var names = 0; k >= 0 && names <= 3; k--, names++)
        {
            if (TokenText.IsAny(text, tokens[k], People))
            {
                return TokenText.IsAnyAt(text, tokens, k - 1, Possessives);
            }

            if ((tokens[k].Shape & (TokenShape.Capitalized | TokenShape.HasDigit)) != TokenShape.Capitalized)
            {
                return false;
            }
        }

        return false;
    }

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

        if (k == text.Length || text[k] is '.' or '!' or '?' or ',' or '\n' or ':' or ')')
        {
            return true;
        }

        return i + 1 < tokens.Length && tokens[i + 1].Start == k && TokenText.IsAny(text, tokens[i + 1], Followers);
    }

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
