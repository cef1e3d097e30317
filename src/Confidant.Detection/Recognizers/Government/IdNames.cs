using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// The words that name one country's id, looked for in the text next to a match instead of in
/// the lexicon: names that only one recognizer needs ("Aadhaar"), names of two words that mean
/// little alone ("social insurance", "codice fiscale"), and acronyms that are ordinary words in
/// another language ("sin" is Spanish for "without", "nas" Portuguese for "in the", "pan" is
/// bread), which count in capitals, not in a shouted sentence ("ENVÍO SIN COSTO"), and in lower
/// case only as a label: followed by ':' or '#' (or, capitalised, by " - " right before the value), or by "is",
/// "was", "number", "no" or "nr" as the next word ("my sin is ...").
/// </summary>
/// <remarks>
/// Going back from the value (up to ten tokens, within <see cref="ScanContext.MaxContextDistance"/>
/// chars, not across a field separator or the end of a sentence), the search stops at a context
/// word of another kind: "Aadhaar linked bank account number 258621899349" is an account number.
/// An acronym counts only when the words between it and the value are fillers ("my", "is",
/// "number", "no.", "est le", "mera ... hai"): "Llevo dos días SIN internet, llamadme al 612 004
/// 358", "Our NAS backup job 987654324" and "SIN: ___ Employee #: 987654324" name no SIN, while
/// "my Aadhaar was rejected when I typed 3998 7654 3211" names an Aadhaar. A name may also follow
/// the value ("130 692 544 (that's my SIN)"), and a word of another kind after the value and its
/// fillers ("130 692 544 is my order number") takes the value from any name.
/// </remarks>
internal sealed class IdNames
{
    private const int TokensBefore = 10;
    private const int TokensAfter = 5;

    /// <summary>Context kinds of words that are fillers too ("number", "id").</summary>
    private const ContextKinds Neutral = ContextKinds.Number | ContextKinds.Identity;

    /// <summary>Context kinds that do not say a number is something else ("it", "my husband", "age", a diagnosis).</summary>
    private const ContextKinds NotAnnouncing = Neutral | ContextKinds.Name | ContextKinds.Age | ContextKinds.Medical;

    /// <summary>Words that may stand between a name and its value, in the languages customers write.</summary>
    private static readonly Personal.WordSet Fillers = new(
    [
        "is", "was", "are", "am", "it", "its", "s", "my", "mine", "his", "her", "hers", "their", "our", "your", "the", "a", "of",
        "on", "that", "thats", "this", "which", "here", "below", "please", "pls", "plz", "new", "correct", "full", "no", "nr", "num", "nbr", "number",
        "est", "c", "mon", "ma", "son", "sa", "le", "la", "du", "de", "d", "voici", "mes",
        "ist", "das", "lautet", "meine", "mein", "seine", "sein", "ihre", "ihr", "die", "der", "unsere", "hier",
        "es", "el", "mi", "su", "aquí", "aqui",
        "è", "il", "mio", "mia", "suo", "sua", "ecco", "del",
        "hai", "mera", "meri", "mere", "ka", "ki", "ke", "ye", "yeh", "hain", "wala", "diya", "tha", "नंबर", "नम्बर", "मेरा",
        "me",
    ]);

    /// <summary>The last words of names written as abbreviations, whose dot ends no sentence ("IdNr. ", "C.F. ", "cod. fisc. ").</summary>
    private static readonly Personal.WordSet Abbreviations = new(["idnr", "steueridnr", "identifikationsnr", "f", "fisc"]);

    /// <summary>Words after which a name that counts in capitals counts in lower case too: it is a label there.</summary>
    private static readonly Personal.WordSet LabelWords = new(["is", "was", "number", "no", "nr"]);

    private readonly Name[] _names;

    /// <summary>" - " or " – " between a capitalised name and its value, as a list of ids writes a label ("Aadhar - 8436 …, Pan - ERTPS4471B"; not "frying pan - ...").</summary>
    private static bool IsDashLabel(ReadOnlySpan<char> gap) => gap is " - " or " – ";

    /// <param name="anyCase">Names of one or two words (one space between them), in any case.</param>
    /// <param name="capitals">One-word names that count only in capitals.</param>
    public IdNames(string[] anyCase, string[] capitals)
    {
        _names =
        [
            .. anyCase.Select(n => new Name(n, ignoreCase: true)),
            .. capitals.Select(n => new Name(n, ignoreCase: false)),
        ];
        foreach (var name in _names)
        {
            _lastInitials |= InitialBit(name.Last[0]);
        }
    }

    /// <summary>One bit per initial (lower-cased, folded into 64) of the names' last words: most tokens start no name.</summary>
    private readonly ulong _lastInitials;

    private static ulong InitialBit(char c) => 1UL << (char.ToLowerInvariant(c) & 63);

    /// <summary>True when a token starting with <paramref name="c"/> may be the last word of a name (a quick test; <see cref="NameAt"/> decides).</summary>
    private bool MayEndName(char c) => (_lastInitials & InitialBit(c)) != 0;

    /// <summary>An acronym in capitals at token <paramref name="index"/>, not shouted, after "my", "your"...: "my SIN"; null otherwise.</summary>
    private string? OwnAcronymAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        if (index == 0 || !Personal.TokenText.IsAny(text, tokens[index - 1], OwnPossessives) || Shouted(text, tokens, index))
        {
            return null;
        }

        foreach (var name in _names)
        {
            if (name.IsAcronym && name.First is null && Is(text, tokens[index], name.Last, StringComparison.Ordinal))
            {
                return name.Explanation;
            }
        }

        return null;
    }

    /// <summary>
    /// The name that announces the value from <paramref name="start"/> to <paramref name="end"/>,
    /// in a new array as an explanation lists it; null when none does.
    /// </summary>
    public string[]? Near(ScanContext context, int start, int end)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        string? found = null;
        var first = context.TokenIndexAt(start);
        var gapEnd = start;
        var onlyFillers = true; // an acronym counts only with fillers between it and the value
        for (var i = first - 1; i >= 0 && i >= first - TokensBefore; i--)
        {
            var gap = text[tokens[i].End..gapEnd];
            var question = gap.IndexOfAny('?', '!') >= 0;
            if (tokens[i].Start < start - ScanContext.MaxContextDistance || context.SeparatesFields(tokens[i].End, gapEnd)
                || (question && i < first - 1)
                || (EndsWithFullStop(gap, tokens[i], text) && !Personal.TokenText.IsAny(text, tokens[i], Abbreviations)))
            {
                break;
            }

            // A name right before the value may ask for it ("Steuer-ID? 52403912868") or end in an
            // abbreviation's dot ("IdNr. ", "C.F. "). An acronym in lower case is a label only with
            // ':' or '#' right after it, or "is", "number"... as the next word ("sin: ...", "my sin is ...").
            var label = gap.IndexOfAny(':', '#') >= 0 || (i + 1 == first && IsDashLabel(gap) && char.IsUpper(text[tokens[i].Start]))
                || (i + 1 < first && Personal.TokenText.IsAny(text, tokens[i + 1], LabelWords));
            if (NameAt(text, tokens, i, endingThere: true, anyCase: label, acronyms: onlyFillers) is { } name)
            {
                found = name;
                break;
            }

            if (question || (tokens[i].Context & ~NotAnnouncing) != ContextKinds.None)
            {
                break;
            }

            onlyFillers &= IsFiller(text, tokens[i]) || ListsAnEarlierValue(text, tokens[i]);
            gapEnd = tokens[i].Start;
        }

        var nameAfter = ReadAfter(context, end, lookForName: found is null, out var toldOther);
        if (toldOther)
        {
            return null;
        }

        return found is not null ? [found] : nameAfter is not null ? [nameAfter] : null;
    }

    /// <summary>
    /// Reads the words right after a value, within its clause: the name of the id there ("130 692
    /// 544 (that's my SIN)") when <paramref name="lookForName"/>, or, with
    /// <paramref name="toldOther"/>, a word of another kind after fillers ("130 692 544 is my order
    /// number": the value is told to be something else). What comes first decides.
    /// </summary>
    private string? ReadAfter(ScanContext context, int end, bool lookForName, out bool toldOther)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        toldOther = false;
        var after = context.TokenIndexAt(end);
        if (after < tokens.Length && tokens[after].Start < end)
        {
            after++;
        }

        var gapStart = end;
        var fillers = 0;
        for (var i = after; i < tokens.Length && i < after + TokensAfter; i++)
        {
            // Within the clause: "592 304 935. Mon courriel", "341409124239 hai, PAN ..." end it.
            var gap = text[gapStart..tokens[i].Start];
            if (tokens[i].End > end + ScanContext.MaxContextDistance || context.SeparatesFields(gapStart, tokens[i].Start)
                || !IsWithinClause(gap))
            {
                break;
            }

            if (lookForName && NameAt(text, tokens, i, endingThere: false, anyCase: false, acronyms: true) is { } name)
            {
                return name;
            }

            if (IsFiller(text, tokens[i]))
            {
                fillers++;
                gapStart = tokens[i].End;
                continue;
            }

            toldOther = fillers > 0 && (tokens[i].Context & ~NotAnnouncing) != ContextKinds.None;
            break;
        }

        return null;
    }

    /// <summary>Most filler words between a name and a value <see cref="RightBefore"/> takes ("my SIN number is …").</summary>
    private const int FillersRightBefore = 3;

    /// <summary>
    /// The name of the id right before a value, with at most <see cref="FillersRightBefore"/>
    /// filler words or a colon between ("my SIN is …", "Aadhaar: …", "aadhar number …"): so
    /// announced, a value whose check digits fail is still reported. An acronym counts in capitals
    /// or as a label. Null when there is none.
    /// </summary>
    public string[]? RightBefore(ScanContext context, int start)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        var first = context.TokenIndexAt(start);
        var gapEnd = start;
        for (var i = first - 1; i >= 0 && i >= first - FillersRightBefore - 1; i--)
        {
            var gap = text[tokens[i].End..gapEnd];
            if (gap.ContainsAnyExcept(LabelGapChars))
            {
                return null;
            }

            var label = gap.IndexOfAny(':', '#') >= 0 || (i + 1 < first && Personal.TokenText.IsAny(text, tokens[i + 1], LabelWords));
            if (NameAt(text, tokens, i, endingThere: true, anyCase: label, acronyms: true) is { } name)
            {
                return [name];
            }

            if (!IsFiller(text, tokens[i]))
            {
                return null;
            }

            gapEnd = tokens[i].Start;
        }

        return null;
    }

    /// <summary>What may stand between the words of a name, its fillers and its value: spaces, a colon, '#', '-' or '.' ("no."), an apostrophe ("SIN's").</summary>
    private static readonly System.Buffers.SearchValues<char> LabelGapChars = System.Buffers.SearchValues.Create(" \u00A0:#-.'\u2019");

    /// <summary>Farthest back, in chars, <see cref="EarlierInMessage"/> looks: within the streaming scanner's reach.</summary>
    public const int MessageReach = 300;

    /// <summary>Possessives that make an acronym far from its value the writer's own id ("my SIN starts with a 9: …"; not "Our NAS backup job …").</summary>
    private static readonly Personal.WordSet OwnPossessives = new(["my", "your", "his", "her", "mon", "ma", "votre", "son", "mein", "meine", "mi", "tu"]);

    /// <summary>
    /// The name of the id earlier in the message than a value its check digits confirm, beyond
    /// <see cref="Near"/>'s sentence: "Ich brauche eine neue Mitteilung über meine Steuer-ID, die
    /// alte ist weg. Die Nummer müsste 13740611896 sein", "my SIN starts with a 9: 923 044 184".
    /// Up to <see cref="MessageReach"/> chars back and within the fields of a form, never past a
    /// word of another kind (an account, an order, a phone...), and an acronym only after a
    /// possessive; not when the value is told to be something else after it or the name's sentence
    /// denies having the id. Null when there is none.
    /// </summary>
    public string[]? EarlierInMessage(ScanContext context, int start, int end)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        ReadAfter(context, end, lookForName: false, out var toldOther);
        if (toldOther)
        {
            return null; // "I lost my SIN. 612 004 358 is my new phone"
        }

        var first = context.TokenIndexAt(start);
        if (NamedAsReference(text, tokens, first))
        {
            return null;
        }

        for (var i = first - 1; i >= 0 && tokens[i].Start >= start - MessageReach; i--)
        {
            if (context.SeparatesFields(tokens[i].End, tokens[i + 1].Start))
            {
                break;
            }

            if (MayEndName(text[tokens[i].Start]) && (NameAt(text, tokens, i, endingThere: true, anyCase: true, acronyms: false)
                    ?? OwnAcronymAt(text, tokens, i)) is { } found)
            {
                return Denied(text, tokens, i, first, start - MessageReach - DenialReach) ? null : [found];
            }

            if ((tokens[i].Context & ~NotAnnouncing) != ContextKinds.None)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>Words that deny having the id named: "Steuer-ID habe ich nicht", "I don't have a SIN", "je n'ai pas de NAS".</summary>
    private static readonly Personal.WordSet Negations = new(
        ["not", "never", "dont", "don", "doesn", "didn", "haven", "hasn", "nicht", "kein", "keine", "keinen", "keinem", "nie", "pas", "jamais", "nunca", "non"]);

    /// <summary>How far before the farthest name <see cref="Denied"/> reads: with <see cref="MessageReach"/>, within the streaming scanner's reach.</summary>
    private const int DenialReach = 60;

    /// <summary>
    /// True when the word right before the value at token <paramref name="first"/> (fillers aside)
    /// names it as a reference of some other kind: "Can you look at claim 930388368?", "my student
    /// ID is 441672110", "error 580206621", "txn 988577598773", "Vorgang 13740611896". (Words of a
    /// kind, "order", "account", already stop the look back for the name.)
    /// </summary>
    private static bool NamedAsReference(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        for (var i = first - 1; i >= 0 && i >= first - 4; i--)
        {
            if ((tokens[i].Context & ContextKinds.Identity) != ContextKinds.None || Personal.TokenText.IsAny(text, tokens[i], ReferenceNouns))
            {
                return true;
            }

            if (!IsFiller(text, tokens[i]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Nouns of references, records and promotion codes that no context kind covers.</summary>
    private static readonly Personal.WordSet ReferenceNouns = new(
    [
        "claim", "claims", "error", "errors", "application", "applications", "app", "job", "jobs", "payment", "payments", "txn", "utr",
        "ticket", "case", "ref", "reference", "request", "requests", "serial", "model", "member", "membership", "customer",
        "employee", "student", "policy", "file", "batch", "build", "version", "device", "imei", "meter", "recharge", "upi",
        "vorgang", "aktenzeichen", "kundennummer", "rechnung", "dossier", "demande", "solicitud", "expediente",
        // codes a promotion gives, which a PAN's shape also fits ("Use promo HAPPY5000X at checkout")
        "promo", "promocode", "code", "coupon", "voucher", "discount", "referral", "offer",
    ]);

    /// <summary>
    /// True when the sentence of the name at token <paramref name="name"/> denies having it: a
    /// negation up to six words before the name or after it, before the value's token
    /// <paramref name="value"/> ("I don't have a SIN", "Steuer-ID habe ich nicht"); never read
    /// before <paramref name="from"/>.
    /// </summary>
    private static bool Denied(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int name, int value, int from)
    {
        for (var k = name - 1; k >= 0 && k >= name - 6 && tokens[k].Start >= from
            && text[tokens[k].End..tokens[k + 1].Start].IndexOfAny(SentenceEnds) < 0; k--)
        {
            if (Personal.TokenText.IsAny(text, tokens[k], Negations))
            {
                return true;
            }
        }

        for (var k = name + 1; k < value && text[tokens[k - 1].End..tokens[k].Start].IndexOfAny(SentenceEnds) < 0; k++)
        {
            if (Personal.TokenText.IsAny(text, tokens[k], Negations))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".?!\n");

    /// <summary>True when <paramref name="gap"/> between two words keeps them in one clause: spaces, a bracket, an apostrophe, a hyphen or an arrow ("<- das ist meine IdNr").</summary>
    private static bool IsWithinClause(ReadOnlySpan<char> gap) =>
        !gap.ContainsAnyExcept(ClauseChars);

    private static readonly System.Buffers.SearchValues<char> ClauseChars = System.Buffers.SearchValues.Create(" \u00A0(\'\u2019-<>=");

    /// <summary>
    /// A number or a list's joiner between an acronym and a later value: "my wife's SIN is 622 884
    /// 930 and mine is 519 623 516", "SINs: 130 692 544, 046 454 286" name each value.
    /// </summary>
    private static bool ListsAnEarlierValue(ReadOnlySpan<char> text, in Token token) =>
        token.Is(TokenShape.AllDigits) || Personal.TokenText.IsAny(text, token, ListJoiners);

    private static readonly Personal.WordSet ListJoiners = new(["and", "or", "et", "ou", "und", "oder", "y", "o", "e", "aur"]);

    private static bool IsFiller(ReadOnlySpan<char> text, in Token token) =>
        (token.Context & Neutral) != ContextKinds.None || Personal.TokenText.IsAny(text, token, Fillers);

    /// <summary>True when <paramref name="gap"/>, the text after <paramref name="before"/>, is a full stop and a space ("No. " and "A. " are none).</summary>
    private static bool EndsWithFullStop(ReadOnlySpan<char> gap, in Token before, ReadOnlySpan<char> text) =>
        gap.Length > 1 && gap[0] == '.' && char.IsWhiteSpace(gap[1]) && (before.Context & ContextKinds.Number) == ContextKinds.None
        && !(before.Length == 1 && char.IsAsciiLetterUpper(text[before.Start]));

    /// <summary>
    /// The name (as explanations list it) that ends at token <paramref name="index"/>, or with
    /// <paramref name="endingThere"/> false starts there. With <paramref name="anyCase"/> a name
    /// that counts in capitals counts in any case, as when it stands right before the value; with
    /// <paramref name="acronyms"/> false only names that count in any case are looked for.
    /// </summary>
    private string? NameAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, bool endingThere, bool anyCase, bool acronyms)
    {
        foreach (var name in _names)
        {
            if (name.IsAcronym && !acronyms)
            {
                continue;
            }

            if (name.First is null)
            {
                // An acronym in capitals counts unless the words next to it are capitals too.
                var inCapitals = name.IsAcronym && !anyCase;
                if (Is(text, tokens[index], name.Last, inCapitals ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)
                    && !(inCapitals && Shouted(text, tokens, index)))
                {
                    return name.Explanation;
                }

                continue;
            }

            // A name of two words: the other word must be the next token over (see IsJoin).
            var (a, b) = endingThere ? (index - 1, index) : (index, index + 1);
            if (a >= 0 && b < tokens.Length && IsJoin(text[tokens[a].End..tokens[b].Start])
                && Is(text, tokens[a], name.First, name.Comparison) && Is(text, tokens[b], name.Last, name.Comparison))
            {
                return name.Explanation;
            }
        }

        return null;
    }

    /// <summary>What joins the two words of a name: one space, '-' or '.', or a dot and a space ("cod. fisc.").</summary>
    private static bool IsJoin(ReadOnlySpan<char> gap) =>
        gap is [' ' or '-' or '.'] or ['.', ' '];

    private static bool Is(ReadOnlySpan<char> text, in Token token, string word, StringComparison comparison) =>
        text.Slice(token.Start, token.Length).Equals(word, comparison);

    /// <summary>True when a word one space from token <paramref name="index"/> is in capitals too: a capital acronym there says nothing.</summary>
    private static bool Shouted(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index) =>
        (index > 0 && IsCapitalWord(tokens[index - 1]) && IsSpace(text[tokens[index - 1].End..tokens[index].Start]))
        || (index + 1 < tokens.Length && IsCapitalWord(tokens[index + 1]) && IsSpace(text[tokens[index].End..tokens[index + 1].Start]));

    /// <summary>True when <paramref name="token"/> is a word of two or more capitals.</summary>
    private static bool IsCapitalWord(in Token token) =>
        token.Length > 1 && token.Is(TokenShape.AllUpper) && !token.Is(TokenShape.HasDigit);

    private static bool IsSpace(ReadOnlySpan<char> gap) => gap is [' '];

    private sealed class Name
    {
        public Name(string name, bool ignoreCase)
        {
            var space = name.IndexOf(' ', StringComparison.Ordinal);
            First = space < 0 ? null : name[..space];
            Last = space < 0 ? name : name[(space + 1)..];
            IsAcronym = !ignoreCase;
            Comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            Explanation = ignoreCase ? name.ToLowerInvariant() : name;
        }

        /// <summary>The first word of a two-word name; null for one word.</summary>
        public string? First { get; }

        public string Last { get; }

        /// <summary>A one-word name that counts in capitals, or in lower case as a label ("SIN", "sin:").</summary>
        public bool IsAcronym { get; }

        public StringComparison Comparison { get; }

        /// <summary>The name as explanations list it.</summary>
        public string Explanation { get; }
    }
}
