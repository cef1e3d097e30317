using Confidant.Detection.Lexicon;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// Where a name in a form or a signature ends and how it may start: the next field's label on the
/// same line ("Keisha  Middle: Renée", "Evans  Date of birth:"), post-nominal letters ("Tom
/// Brannigan MRCVS"), and an initial after a label ("Account name: O Adeyemi", "Signed: R Evans").
/// ReadName and ReadLoose stop where <see cref="StartsFieldLabel"/> says a field starts.
/// </summary>
internal sealed partial class PersonNameRecognizer
{
    /// <summary>Letters after a name for a degree, a licence or an honour, written in capitals.</summary>
    private static readonly WordSet PostNominals = new(
    [
        "md", "rn", "np", "pt", "ot", "dds", "dmd", "dvm", "mrcvs", "frcs", "frcp", "mrcp", "mrcgp", "mbbs", "mbchb", "bds",
        "phd", "dphil", "ea", "cpa", "cfa", "esq", "jp", "mbe", "obe", "cbe", "qc", "kc", "face", "facp", "facs", "dpt",
        "lpn", "aprn", "cnm", "pharmd", "rph", "mph", "mba", "fca", "aca", "acca", "frcgp", "frcpath", "mrpharms", "hcpc",
        "frcophth", "frcr", "frcog", "frcpch", "frcpsych", "frcem", "rgn", "rmn", "facc", "bsc", "msc",
    ]);

    /// <summary>The verbs of a quoted reply's line: "… Emily Post wrote:" is no form's field.</summary>
    private static readonly string[] ReplyVerbs = ["wrote", "schrieb", "écrit", "escribió"];

    /// <summary>Openers of a field for part of a name, whose value is a name ("Middle: Renée").</summary>
    private static readonly string[] NamePartOpeners = ["middle", "last", "first", "given", "family", "maiden", "preferred"];

    /// <summary>Post-nominal letters as written: in capitals, or with two capitals or more ("PhD", "MBChB", "FRCOphth").</summary>
    private static bool IsPostNominal(ReadOnlySpan<char> text, in Token token)
    {
        if (token.Length is < 2 or > 8 || (token.Shape & TokenShape.Capitalized) == 0)
        {
            return false;
        }

        var word = text.Slice(token.Start, token.Length);
        return ((token.Shape & TokenShape.AllUpper) != 0 || word[1..].ContainsAny(AsciiSets.Upper)) && PostNominals.Contains(word);
    }

    /// <summary>
    /// First words of a form's fields that may stand after a name on its line ("Date of birth:",
    /// "Place of birth:", "Middle:"). Keywords among them ("DOB", "email") stop a name by
    /// themselves in most readings; they are listed for the readings that take any capitalised word.
    /// </summary>
    private static readonly WordSet FieldOpeners = new(
    [
        "date", "place", "country", "city", "town", "home", "mobile", "work", "middle", "last", "first", "given", "family",
        "full", "maiden", "preferred", "email", "e", "phone", "tel", "post", "zip", "sex", "gender", "age", "nationality",
        "occupation", "relationship", "signature", "id", "dob", "nhs", "mrn", "fecha", "lugar", "teléfono", "correo", "edad",
        "sexo", "né", "née", "adresse", "geburtsdatum", "geboren", "telefon", "anschrift", "geschlecht", "reg", "adres",
        "subject", "sent", "cc", "bcc", "fax", "betreff", "gesendet", "datum", "objet", "envoyé", "asunto", "enviado",
        "oggetto", "inviato",
    ]);

    /// <summary>The headers of a forwarded mail after "To:" in English, German, French, Spanish and Italian mail programs; their values are text.</summary>
    private static readonly WordSet MailHeaders = new(["subject", "cc", "bcc", "betreff", "objet", "asunto", "oggetto"]);

    /// <summary>
    /// Whether token <paramref name="k"/> opens the next field of a form on the same line, so a
    /// name read before it ends there: a field's first word up to two words before a colon
    /// ("Evans  Date of birth:", "Keisha  Middle: Renée"), or a word before "name" and a colon
    /// ("Kowalczyk First name:"). Post-nominal letters in capitals end a name too ("Tom Brannigan
    /// MRCVS"). Any other word before a colon may be a surname ("Rhiannon Pughe: thanks").
    /// </summary>
    private static bool StartsFieldLabel(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k)
    {
        var token = tokens[k];
        if (IsPostNominal(text, token))
        {
            return true; // "Tom Brannigan MRCVS", "Amara Obi MD"
        }

        // A colon up to three words on, with single spaces between (two spaces end a form's field).
        var m = k;
        ReadOnlySpan<char> after;
        while (true)
        {
            after = m + 1 < tokens.Length ? TokenText.Gap(text, tokens[m], tokens[m + 1]) : text[tokens[m].End..];
            if (after.TrimStart(' ').StartsWith(":"))
            {
                break;
            }

            if (after is not " " || m == k + 2 || m + 1 >= tokens.Length)
            {
                return false;
            }

            m++;
        }

        if (m == k + 1 && (tokens[m].Context & ContextKinds.Name) != 0)
        {
            return true; // "Kowalczyk First name:"
        }

        // The opener must start the label, and the label must be one: in "Emily Post  DOB:" the
        // label is the next word and the opener a surname; in "Emily Post wrote:" and in a chat
        // log's "Emily Post: thanks" nothing is a form's field.
        if (!FieldOpeners.Contains(text.Slice(token.Start, token.Length)))
        {
            return false;
        }

        if (m > k && (tokens[k + 1].Context != ContextKinds.None || FieldOpeners.Contains(text.Slice(tokens[k + 1].Start, tokens[k + 1].Length))))
        {
            return false; // "Raj Date Email:": the label is the next word
        }

        for (var w = k + 1; w <= m; w++)
        {
            if (TokenText.IsAny(text, tokens[w], ReplyVerbs))
            {
                return false;
            }
        }

        // "To: Anneliese Becker Betreff: Rechnung ...": a mail header's value is text.
        if (m == k && TokenText.IsAny(text, token, MailHeaders) && (token.Shape & TokenShape.Capitalized) != 0)
        {
            return true;
        }

        // A one-word label needs a field's value after it: a number, or a name after a name part's
        // label ("Middle: Renée"); not a chat log's line ("Mark Post: Hello", "Chris Work: I'll check").
        var value = text[(tokens[m].End + after.IndexOf(':') + 1)..].TrimStart(' ');
        return m > k || (value.Length > 0 && (char.IsDigit(value[0]) || value[0] is '+' or '('
            || (char.IsUpper(value[0]) && TokenText.IsAny(text, token, NamePartOpeners))));
    }

    /// <summary>A lower-case word follows token <paramref name="k"/> after one space: a sentence goes on ("Signature: Will follow").</summary>
    private static bool SentenceGoesOn(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k) =>
        k + 1 < tokens.Length && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[k], tokens[k + 1])) && char.IsLower(text[tokens[k + 1].Start]);

    /// <summary>
    /// "J. Park", "R Evans": a capital initial, with or without a dot, one space, and a capitalised
    /// dictionary name (not in capitals: "K OBI" may be a code).
    /// </summary>
    private static bool StartsWithInitial(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j)
    {
        if (j + 1 >= tokens.Length || tokens[j].Length != 1 || (tokens[j].Shape & TokenShape.Capitalized) == 0)
        {
            return false;
        }

        // Without a dot, "M" and "D" are Monsieur and Don ("Client : M Bernard"), and "I" and "A"
        // are words unless the name ends after the next word ("Member: A Smith"; not "Provider: A
        // Ford dealership", "Doctor: I Will call back"); "M. Thierry N'Diaye" is Monsieur too, and
        // "D." before a first name Don.
        var next = tokens[j + 1];
        var gap = TokenText.Gap(text, tokens[j], next);
        var letter = text[tokens[j].Start];
        var aWord = letter is 'I' or 'A' && SentenceGoesOn(text, tokens, j + 1);
        return ((gap is " " && letter is not ('M' or 'D') && !aWord)
                || (gap is ". " && letter != 'M' && !(letter == 'D' && (next.Flags & WordFlags.FirstName) != 0))) // "D. Antonio Gil" is Don
            && next.Length > 1 && (next.Flags & Known) != 0
            && (next.Shape & TokenShape.Capitalized) != 0 && (next.Shape & TokenShape.AllUpper) == 0 && IsNameWord(next, false);
    }

    /// <summary>
    /// "surname Nakamura", "last name Foster", "my maiden name, Evans": a name-part field written
    /// without its colon, right before a capitalised dictionary name that is no everyday word; a
    /// capitalised word after it only after a first name (not "Surname Change Form", "last name field").
    /// </summary>
    private static bool NamePartFollows(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int j, ReadOnlySpan<char> gap) =>
        (TokenText.IsAny(text, tokens[i], NamePartFields) || (TokenText.Is(text, tokens[i], "name") && TokenText.IsAnyAt(text, tokens, i - 1, NamePartOpeners)))
        && (TokenText.IsSpaceJoin(gap) || gap is ", ") && j < tokens.Length && IsUpperStart(text, tokens[j])
        && (tokens[j].Flags & Known) != 0 && (tokens[j].Flags & Unsure) == 0
        && !(j + 1 < tokens.Length && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[j], tokens[j + 1])) && IsUpperStart(text, tokens[j + 1])
            && !TokenText.IsPlainFirstName(tokens[j])); // "Surname Change Form"; "first name John Paul" goes on

    /// <summary>
    /// "Contact: Jarrah Collins": a capitalised word no dictionary knows right before a capitalised
    /// family name that is no everyday word. A field that also holds firms ("Client:", "Contact:")
    /// takes such a name as well as one that opens with a dictionary first name.
    /// </summary>
    private static bool UnknownGivenNameBeforeSurname(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j) =>
        j + 1 < tokens.Length && tokens[j].Entry < 0 && tokens[j].Length > 1
        && (tokens[j].Shape & (TokenShape.Capitalized | TokenShape.AllUpper | TokenShape.HasDigit)) == TokenShape.Capitalized
        && TokenText.Gap(text, tokens[j], tokens[j + 1]) is " "
        && (tokens[j + 1].Shape & (TokenShape.Capitalized | TokenShape.AllUpper)) == TokenShape.Capitalized
        && (tokens[j + 1].Flags & WordFlags.Surname) != 0 && (tokens[j + 1].Flags & Unsure) == 0;
}
