using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Personal;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Contact;

/// <summary>
/// Street addresses on the token stream, from the house number through the street type and an
/// optional unit ("42 Oak Rd Apt 5"), never the city, state or ZIP. English order (number, 1-4
/// name words, suffix) is the main form; French ("12 rue de la Paix"), Spanish ("Calle Mayor 5"),
/// German ("Hauptstraße 5") and PO boxes are recognised at lower scores. Every form starts from a
/// token the lexicon already classified, so a text without digits costs one comparison.
/// </summary>
internal sealed class StreetAddressRecognizer : IRecognizer
{
    public const string RecognizerId = "contact.street-address";

    private const int MaxNameWords = 4;
    private const int MaxForeignNameWords = 6;
    private const int MaxHouseNumberDigits = 6;

    private const double CapitalizedScore = Scores.StrongPattern;
    private const double LowerCaseScore = 0.55;
    private const double RareSuffixScore = 0.7;
    private const double ForeignScore = 0.7;
    private const double PoBoxScore = Scores.PatternWithContext;
    private const double ContextBonus = 0.15;
    private const double DetailBonus = 0.05;
    private const double MaxScore = Scores.Validated;

    /// <summary>Capitalised stop words that start street names: "2500 Old Lancaster Pike", "12 New Street".</summary>
    private static readonly string[] NameStopWords = ["new", "old", "upper", "lower", "great", "little", "high", "long", "north", "south", "east", "west", "bank", "good"];

    /// <summary>Words that number something other than a house: "Terminal 3 pickup point", "Route 1 coastal road".</summary>
    private static readonly WordSet NumberedThings = new(
    [
        "terminal", "route", "gate", "platform", "exit", "level", "floor", "pier", "bay", "zone", "stage", "phase", "season",
        "episode", "chapter", "page", "track", "highway", "hwy", "interstate", "junction", "bus", "flight", "room", "aisle",
        "row", "seat", "line", "week", "day", "year", "part", "step", "series", "vol", "volume",
    ]);

    /// <summary>Roads numbered rather than named: "1432 Route 9", "12 County Rd 7", "880 State Hwy 22".</summary>
    private static readonly string[] NumberedRoads = ["route", "rte", "highway", "hwy", "road", "rd"];

    public string Id => RecognizerId;

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.StreetAddress];

    /// <summary>Words that open an address without a number after them: "PO Box", "P.O. Box", "Post Office Box", "c/ Verdi 47".</summary>
    public static readonly string[] OpeningWords = ["p", "po", "post", "c"];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount == 0)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        var digits = context.DigitTokens;
        var words = context.StreetWords;
        var d = 0;
        var w = 0;
        var previous = -1;
        var next = 0; // first token a new address may use, so matches neither overlap nor rescan
        while (true)
        {
            // The tokens that can start an address, in order: each digit token and the token before
            // it, and the words listed by the tokenizer (street types, "PO", "c/"); every other
            // token fails the tests below.
            var fromDigits = d < digits.Length ? (digits[d].Index - 1 > previous ? digits[d].Index - 1 : digits[d].Index) : int.MaxValue;
            var fromWords = w < words.Length ? words[w] : int.MaxValue;
            var i = Math.Min(fromDigits, fromWords);
            if (i == int.MaxValue)
            {
                break;
            }

            previous = i;
            if (d < digits.Length && digits[d].Index <= i)
            {
                d++;
            }

            while (w < words.Length && words[w] <= i)
            {
                w++;
            }

            if (i < next)
            {
                continue;
            }

            // Addresses start at a house number ("42", "221B") or at a word (Calle, Hauptstraße, PO).
            // Which words can start one is checked here, on the token alone, because nearly every
            // word of a long text is asked.
            ref readonly var token = ref tokens[i];
            int last;
            if (token.Is(TokenShape.HasDigit))
            {
                last = TryNumberFirst(context, i);
            }
            else if ((token.Flags & WordFlags.SpanishStreetType) != 0
                || (i + 1 < tokens.Length && tokens[i + 1].Is(TokenShape.HasDigit))
                || (token.Length is 1 or 2 or 4 && (text[token.Start] | 0x20) == 'p')
                || (token.Length == 1 && (text[token.Start] | 0x20) == 'c' && token.End < text.Length && text[token.End] == '/'))
            {
                last = TryWordFirst(context, i);
            }
            else
            {
                continue;
            }

            if (last > i)
            {
                next = last + 1;
            }
        }
    }

    /// <summary>English and French forms starting at a house number; returns the last token used, or <paramref name="i"/>.</summary>
    private int TryNumberFirst(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        if (!IsHouseNumber(text, tokens[i]) || !StartBoundaryOk(text, tokens[i].Start))
        {
            return i;
        }

        // "Terminal 3 pickup point", "Route 1 coastal road": the number belongs to the word before.
        if (i > 0 && tokens[i - 1].End + 1 == tokens[i].Start && text[tokens[i - 1].End] == ' ' && TokenText.IsAny(text, tokens[i - 1], NumberedThings))
        {
            return i;
        }

        var j = i + 1;

        // "12-450 Queen St W": unit 12 at number 450, the Canadian way.
        if (j + 1 < tokens.Length && tokens[i].Is(TokenShape.AllDigits) && tokens[i].Length <= 4 && tokens[j].Start == tokens[i].End + 1
            && text[tokens[i].End] == '-' && tokens[j].Is(TokenShape.AllDigits) && IsHouseNumber(text, tokens[j]) && tokens[j].Length <= 5)
        {
            j++;
        }

        // "14/1 Meadow Street": unit 14 at number 1, the Australian way.
        if (j + 1 < tokens.Length && tokens[i].Is(TokenShape.AllDigits) && tokens[i].Length <= 4 && tokens[j].Start == tokens[i].End + 1
            && text[tokens[i].End] == '/' && IsHouseNumber(text, tokens[j]) && tokens[j].Length <= 4)
        {
            j++;
        }

        // "221-B Baker Street"
        if (j < tokens.Length && tokens[j].Length == 1 && tokens[j].Is(TokenShape.HasLetter) && tokens[j].Start == tokens[i].End + 1
            && text[tokens[i].End] == '-' && tokens[i].Is(TokenShape.AllDigits))
        {
            j++;
        }

        if (j >= tokens.Length || !Gap(text, tokens[j - 1].End, tokens[j].Start, allowComma: false))
        {
            return i;
        }

        // French first: its street type follows the number, which the English form would take for a name word.
        var french = TryFrench(context, i, j);
        if (french > i)
        {
            return french;
        }

        var numbered = TryNumberedRoad(context, i, j);
        if (numbered > i)
        {
            return numbered;
        }

        var spanish = TrySpanishAfterNumber(context, i, j);
        return spanish > i ? spanish : TryEnglish(context, i, j);
    }

    private int TryEnglish(ScanContext context, int numberToken, int j)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var names = 0;
        var capitalized = true;
        var suffix = -1;
        var commonSuffix = false;
        var unusual = false; // a stop word or a possessive in the name: "4 Old Street cafes", "2 Children's Place outfits"
        for (var k = j; k < tokens.Length && k - j <= MaxNameWords; k++)
        {
            if (k > j && !Gap(text, tokens[k - 1].End, tokens[k].Start, allowComma: false))
            {
                break;
            }

            var w = tokens[k];

            // A plain number only right before a common type and its quadrant: "1012 17 Ave SW" (Calgary).
            if (k == j && w.Is(TokenShape.AllDigits) && w.Length <= 3 && tokens[numberToken].Length >= 3 && k + 2 < tokens.Length
                && Gap(text, w.End, tokens[k + 1].Start, allowComma: false) && tokens[k + 1].Is(TokenShape.Capitalized)
                && (ContactWords.Kinds(text.Slice(tokens[k + 1].Start, tokens[k + 1].Length)) & StreetWordKinds.Suffix) != 0
                && (tokens[k + 2].Flags & WordFlags.Direction) != 0 && tokens[k + 2].Is(TokenShape.AllUpper))
            {
                names++;
                continue;
            }

            if ((w.Flags & (WordFlags.StopWord | WordFlags.Month | WordFlags.UnitDesignator)) != 0 || !w.Is(TokenShape.HasLetter))
            {
                // Checked before any lookup: most words after a number end here.
                if (!w.Is(TokenShape.Capitalized) || (w.Flags & (WordFlags.Month | WordFlags.UnitDesignator)) != 0 || !TokenText.IsAny(text, w, NameStopWords))
                {
                    break;
                }

                names++; // "Old Lancaster Pike"
                unusual = true;
                continue;
            }

            var word = text.Slice(w.Start, w.Length);
            if (w.Is(TokenShape.HasDigit))
            {
                if (!IsOrdinal(word))
                {
                    break;
                }

                names++;
                continue;
            }

            var kinds = ContactWords.Kinds(word);
            if (names >= 1 && ((w.Flags & WordFlags.StreetSuffix) != 0 || (kinds & StreetWordKinds.Suffix) != 0))
            {
                suffix = k;
                capitalized &= w.Is(TokenShape.Capitalized);
                commonSuffix = (kinds & StreetWordKinds.Suffix) != 0;
                if (!commonSuffix && CommonSuffixAhead(text, tokens, k, j + MaxNameWords) is var common and > 0)
                {
                    // "N Lake Shore Dr": a rare street type inside the name, the common one last.
                    for (var m = k + 1; m <= common; m++)
                    {
                        capitalized &= tokens[m].Is(TokenShape.Capitalized);
                    }

                    suffix = common;
                    commonSuffix = true;
                }

                break;
            }

            if (w.Length > 24)
            {
                break;
            }

            if ((kinds & StreetWordKinds.Measure) != 0)
            {
                return numberToken; // "5 days", "20 min drive": a quantity, whatever follows
            }

            capitalized &= w.Is(TokenShape.Capitalized);
            names++;

            // "7 Sunday's Well Rd": a possessive inside the name.
            if (k + 2 < tokens.Length && tokens[k + 1].Start == w.End + 1 && TokenText.IsApostrophe(text[w.End]) && IsWord(text, tokens[k + 1], "s"))
            {
                k++;
                unusual = true;
            }
        }

        // "Oak Crest Drive", "Forest Hill Avenue": a street type inside the name, then the street's own.
        while (suffix >= 0 && suffix + 1 < tokens.Length && Gap(text, tokens[suffix].End, tokens[suffix + 1].Start, allowComma: false)
            && !tokens[suffix + 1].Is(TokenShape.HasDigit) && tokens[suffix + 1].Is(TokenShape.Capitalized) == tokens[suffix].Is(TokenShape.Capitalized)
            && (ContactWords.Kinds(text.Slice(tokens[suffix + 1].Start, tokens[suffix + 1].Length)) & StreetWordKinds.Suffix) != 0
            && suffix - j < MaxNameWords)
        {
            suffix++;
            commonSuffix = true;
        }

        // The full USPS list has everyday words (club, station, light): written in lower case they
        // need a common street type or a word saying "address".
        if (suffix < 0 || (!capitalized && !commonSuffix
            && (context.ContextBefore(tokens[numberToken].Start) & ContextKinds.Address) == 0))
        {
            return numberToken;
        }

        // With a stop word or a possessive in the name, no noun may follow the street type: "88 New
        // Street please", not "4 Old Street cafes" or "2 Children's Place outfits".
        if (unusual && suffix + 1 < tokens.Length && TokenText.IsWordJoin(text[tokens[suffix].End..tokens[suffix + 1].Start], 1)
            && ((char.IsLower(text[tokens[suffix + 1].Start]) && (tokens[suffix + 1].Flags & WordFlags.StopWord) == 0
                    && !TokenText.IsAny(text, tokens[suffix + 1], ["pls", "thx", "asap", "tomorrow", "today", "instead", "near", "by"]))
                || text[tokens[suffix].End] == '-'))
        {
            return numberToken;
        }

        var last = suffix;
        var details = false;

        // "Avenue NW"
        if (last + 1 < tokens.Length && (tokens[last + 1].Flags & WordFlags.Direction) != 0 && tokens[last + 1].Is(TokenShape.AllUpper)
            && tokens[last + 1].Length <= 2 && Gap(text, tokens[last].End, tokens[last + 1].Start, allowComma: false)
            && EndsWord(text, tokens[last + 1].End))
        {
            last++;
            details = true;
        }

        var unit = UnitAfter(text, tokens, last);
        if (unit > last)
        {
            last = unit;
            details = true;
        }

        var score = !capitalized ? LowerCaseScore : commonSuffix ? CapitalizedScore : RareSuffixScore;
        if (details || FollowedByPlace(text, tokens, last))
        {
            score += DetailBonus;
        }

        Report(context, tokens[numberToken].Start, tokens[last].End, score);
        return last;
    }

    /// <summary>
    /// The index of a common street type within the next words up to <paramref name="limit"/>,
    /// each a plain word, or -1: "Lake Shore Dr" after the rare type "Lake".
    /// </summary>
    private static int CommonSuffixAhead(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k, int limit)
    {
        for (var m = k + 1; m < tokens.Length && m <= limit; m++)
        {
            var w = tokens[m];
            if (!Gap(text, tokens[m - 1].End, w.Start, allowComma: false) || !w.Is(TokenShape.HasLetter) || w.Is(TokenShape.HasDigit)
                || (w.Flags & (WordFlags.StopWord | WordFlags.Month | WordFlags.UnitDesignator)) != 0)
            {
                return -1;
            }

            if ((ContactWords.Kinds(text.Slice(w.Start, w.Length)) & StreetWordKinds.Suffix) != 0)
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>"1432 Route 9", "12 County Rd 7", "880 State Hwy 22": a house on a numbered road, written with capitals.</summary>
    private int TryNumberedRoad(ScanContext context, int numberToken, int j)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var k = j;
        if (k + 1 < tokens.Length && tokens[k].Is(TokenShape.Capitalized) && (IsWord(text, tokens[k], "county") || IsWord(text, tokens[k], "state")
            || IsWord(text, tokens[k], "us")) && Gap(text, tokens[k].End, tokens[k + 1].Start, allowComma: false))
        {
            k++;
        }

        if (k + 1 >= tokens.Length || !tokens[k].Is(TokenShape.Capitalized) || !TokenText.IsAny(text, tokens[k], NumberedRoads)
            || ((IsWord(text, tokens[k], "road") || IsWord(text, tokens[k], "rd")) && k == j))
        {
            return numberToken;
        }

        // The road's number ends the address: "1432 Route 9, Clifton Park"; not "the 45 Route 9 bus".
        var number = tokens[k + 1];
        if (!Gap(text, tokens[k].End, number.Start, allowComma: false) || !IsHouseNumber(text, number) || number.Length > 4
            || !EndsWord(text, number.End) || !(number.End == text.Length || text[number.End] is ',' or '.' or ';' or '\n' or ')'))
        {
            return numberToken;
        }

        Report(context, tokens[numberToken].Start, number.End, RareSuffixScore);
        return k + 1;
    }

    /// <summary>"1733 Calle Cadiz": a Spanish street type after the number, as Spanish-named US streets are written.</summary>
    private int TrySpanishAfterNumber(ScanContext context, int numberToken, int j)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        if ((tokens[j].Flags & WordFlags.SpanishStreetType) == 0 || !tokens[j].Is(TokenShape.Capitalized))
        {
            return numberToken;
        }

        var lastName = -1;
        for (var n = j + 1; n < tokens.Length && n - j <= 3 && NameGap(text, tokens[n - 1].End, tokens[n].Start); n++)
        {
            if (tokens[n].Is(TokenShape.Capitalized) && !tokens[n].Is(TokenShape.HasDigit))
            {
                lastName = n;
            }
            else if (!ContactWords.IsNameParticle(text.Slice(tokens[n].Start, tokens[n].Length)))
            {
                break;
            }
        }

        // "I booked 3 Plaza Premium passes", "my 2016 Carrera Cabriolet": only in an address.
        if (lastName < 0 || !(AddressBefore(context, tokens[numberToken].Start) || FollowedByPlace(text, tokens, lastName)))
        {
            return numberToken;
        }

        var last = UnitAfter(text, tokens, lastName);
        Report(context, tokens[numberToken].Start, tokens[last].End, ForeignScore);
        return last;
    }

    /// <summary>"12 rue de la Paix", "5 bis, avenue Victor Hugo".</summary>
    private int TryFrench(ScanContext context, int numberToken, int j)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var k = j;
        if (IsWord(text, tokens[k], "bis") || IsWord(text, tokens[k], "ter"))
        {
            k++;
        }

        // French street types are 2-10 letters starting with one of a few letters: test that before the lookup.
        if (k >= tokens.Length || tokens[k].Length > 10 || (text[tokens[k].Start] | 0x20) is not ('r' or 'a' or 'b' or 'p' or 'i' or 'c' or 'q' or 's' or 'f' or 'v' or 'e')
            || (k > j && !Gap(text, tokens[k - 1].End, tokens[k].Start, allowComma: true))
            || !ContactWords.IsFrenchStreetType(text.Slice(tokens[k].Start, tokens[k].Length)))
        {
            return numberToken;
        }

        var lastName = -1;
        var lower = !tokens[k].Is(TokenShape.Capitalized) && AddressBefore(context, tokens[numberToken].Start);
        for (var n = k + 1; n < tokens.Length && n - k <= MaxForeignNameWords; n++)
        {
            // "boul. René-Lévesque": an abbreviated type keeps its dot.
            if (!NameGap(text, tokens[n - 1].End, tokens[n].Start)
                && !(n == k + 1 && text[tokens[k].End..tokens[n].Start] is ". " && IsAbbreviatedType(text, tokens[k])))
            {
                break;
            }

            var w = tokens[n];
            var word = text.Slice(w.Start, w.Length);
            if (!w.Is(TokenShape.HasDigit) && (w.Is(TokenShape.Capitalized)
                || (lower && char.IsLower(word[0]) && !ContactWords.IsNameParticle(word) && (w.Flags & WordFlags.StopWord) == 0)))
            {
                lastName = n;
            }
            else if (!ContactWords.IsNameParticle(word))
            {
                break;
            }
        }

        if (lastName < 0)
        {
            return numberToken;
        }

        Report(context, tokens[numberToken].Start, tokens[lastName].End, ForeignScore);
        return lastName;
    }

    /// <summary>
    /// Spanish or Italian street type first, German or Dutch street word, or a PO box; returns the last token used.
    /// <see cref="Recognize"/> asks only about words that can start one of these.
    /// </summary>
    private int TryWordFirst(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var t = tokens[i];
        var word = text.Slice(t.Start, t.Length);

        // "PO", "P.O." or "Post Office" (lengths tested first: this runs for every word).
        if (t.Length switch
            {
                1 => (word[0] | 0x20) == 'p',
                2 => (word[0] | 0x20) == 'p' && (word[1] | 0x20) == 'o',
                4 => word.Equals("post", StringComparison.OrdinalIgnoreCase),
                _ => false,
            })
        {
            return TryPoBox(context, i);
        }

        // Lower case ("vivo en calle mayor 5", "ich wohne in der lindenstraße 8") only with a word
        // saying "address" before it, or for an unmistakable "-straße" compound.
        var lower = !t.Is(TokenShape.Capitalized);
        if (lower && (!char.IsLower(word[0]) || t.Is(TokenShape.HasDigit)))
        {
            return i;
        }

        // "c/ Verdi 47": the Spanish abbreviation of "calle".
        if (t.Length == 1 && t.End < text.Length && text[t.End] == '/')
        {
            return TrySpanish(context, i, lower: false);
        }

        // The lexicon flags Spanish and Italian street types; a German or Dutch street word is followed by its house number.
        if ((t.Flags & WordFlags.SpanishStreetType) != 0 && (!lower || AddressBefore(context, t.Start)))
        {
            return TrySpanish(context, i, lower);
        }

        if (i + 1 < tokens.Length && tokens[i + 1].Is(TokenShape.HasDigit) && ContactWords.IsCompoundStreetWord(word)
            && (!lower || IsStrasse(word) || AddressBefore(context, t.Start)))
        {
            return TryGerman(context, i);
        }

        if (!lower && i + 1 < tokens.Length && tokens[i + 1].Is(TokenShape.HasDigit))
        {
            return TryGermanPlace(context, i);
        }

        return i;
    }

    /// <summary>"Calle Mayor 5", "Avenida de la Constitución, 12".</summary>
    private int TrySpanish(ScanContext context, int i, bool lower)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var lastName = -1;
        var slash = tokens[i].Length == 1 && tokens[i].End < text.Length && text[tokens[i].End] == '/';
        for (var n = i + 1; n < tokens.Length && n - i <= MaxForeignNameWords + 1; n++)
        {
            // After the type, an abbreviation's dot or slash may come first: "Avda. de América 24", "c/ Verdi 47".
            var gapOk = NameGap(text, tokens[n - 1].End, tokens[n].Start)
                || (n == i + 1 && ((text[tokens[i].End..tokens[n].Start] is ". " && IsAbbreviatedType(text, tokens[i]))
                    || (slash && text[tokens[i].End..tokens[n].Start] is "/ " or "/")));
            var w = tokens[n];
            if (lastName > 0 && w.Is(TokenShape.AllDigits) && w.Length <= 4
                && (gapOk || Gap(text, tokens[n - 1].End, tokens[n].Start, allowComma: true)) && EndsWord(text, w.End)
                && !(n + 1 < tokens.Length && (ContactWords.Kinds(text.Slice(tokens[n + 1].Start, tokens[n + 1].Length)) & StreetWordKinds.Measure) != 0) // "Avda. Juan 10 minutos"
                && (!slash || (w.Length <= 3 && (w.End == text.Length || text[w.End] is ',' or '.' or ';' or ')')))) // "c/" is also "con": "pagué c/ Bizum 2 veces"
            {
                Report(context, tokens[i].Start, w.End, ForeignScore);
                return n;
            }

            if (!gapOk)
            {
                break;
            }

            var word = text.Slice(w.Start, w.Length);
            if (!w.Is(TokenShape.HasDigit) && (w.Is(TokenShape.Capitalized) || (lower && char.IsLower(word[0]) && !ContactWords.IsNameParticle(word)
                && (w.Flags & WordFlags.StopWord) == 0)))
            {
                lastName = n;
            }
            else if (!ContactWords.IsNameParticle(word))
            {
                break;
            }
        }

        return i;
    }

    /// <summary>"Hauptstraße 5", "Berliner Straße 12a", "Hauptstr. 7".</summary>
    private int TryGerman(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var t = tokens[i];
        var word = text.Slice(t.Start, t.Length);
        if (word.EndsWith("str", StringComparison.OrdinalIgnoreCase) && (t.End >= text.Length || text[t.End] != '.'))
        {
            return i; // "-str" only as the abbreviation "Hauptstr."
        }

        if (i + 1 >= tokens.Length)
        {
            return i;
        }

        var number = tokens[i + 1];
        if (!Gap(text, t.End, number.Start, allowComma: false) || !IsHouseNumber(text, number) || number.Length > 5
            || !EndsWord(text, number.End))
        {
            return i;
        }

        // A separate "Straße" takes its adjective: "Berliner Straße".
        var start = t.Start;
        if (i > 0 && IsStandaloneGermanWord(word) && tokens[i - 1].Is(TokenShape.HasLetter) && !tokens[i - 1].Is(TokenShape.HasDigit)
            && (tokens[i - 1].Is(TokenShape.Capitalized) || (!t.Is(TokenShape.Capitalized) && AddressBefore(context, tokens[i - 1].Start)))
            && Gap(text, tokens[i - 1].End, t.Start, allowComma: false))
        {
            start = tokens[i - 1].Start;
        }

        // "Friedrich-Ebert-Straße 5": the hyphenated name belongs to the street.
        for (var k = i; k > 0 && k > i - 4 && tokens[k - 1].End + 1 == tokens[k].Start && text[tokens[k - 1].End] == '-'
            && tokens[k - 1].Is(TokenShape.Capitalized) && !tokens[k - 1].Is(TokenShape.HasDigit); k--)
        {
            start = tokens[k - 1].Start;
        }

        Report(context, start, number.End, ForeignScore);
        return i + 1;
    }

    /// <summary>
    /// "Am Markt 3a", "An der Alster 12", "Im Winkel 4": a German street named with a preposition
    /// and no street word, taken only in an address line (a postcode and town after it, or a word
    /// saying "address" before it), since "Am Montag 3 Termine" has the same shape.
    /// </summary>
    private int TryGermanPlace(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var first = i - 1;
        if (TokenText.IsAnyAt(text, tokens, first, ["der", "dem", "den"]))
        {
            first--;
            if (!TokenText.IsAnyAt(text, tokens, first, ["An", "Auf", "In", "Unter", "Hinter", "Vor"]))
            {
                return i;
            }
        }
        else if (!TokenText.IsAnyAt(text, tokens, first, ["Am", "Im", "Zum", "Zur", "Auf", "An"]))
        {
            return i;
        }

        var number = tokens[i + 1];
        if (!tokens[first].Is(TokenShape.Capitalized) || (tokens[i].Flags & (WordFlags.Month | WordFlags.StopWord)) != 0
            || TokenText.IsAny(text, tokens[i], ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag", "Wochenende", "Abend", "Morgen", "Mittag"])
            || !Gap(text, tokens[i].End, number.Start, allowComma: false) || !IsHouseNumber(text, number) || number.Length > 4
            || !EndsWord(text, number.End))
        {
            return i;
        }

        // ", 04109 Leipzig" after it, or "Lieferadresse:" before it.
        var k = i + 2;
        var postcodeAfter = k + 1 < tokens.Length && text[number.End..tokens[k].Start] is ", " or " "
            && tokens[k].Is(TokenShape.AllDigits) && tokens[k].Length == 5 && tokens[k + 1].Is(TokenShape.Capitalized);
        if (!postcodeAfter && !AddressBefore(context, tokens[first].Start))
        {
            return i;
        }

        Report(context, tokens[first].Start, number.End, ForeignScore);
        return i + 1;
    }

    /// <summary>"PO Box 123", "P.O. Box 123", "Post Office Box 123".</summary>
    private int TryPoBox(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var k = i;
        if (IsWord(text, tokens[k], "po"))
        {
            k++;
        }
        else if (IsWord(text, tokens[k], "p") && k + 1 < tokens.Length && IsWord(text, tokens[k + 1], "o"))
        {
            k += 2;
        }
        else if (IsWord(text, tokens[k], "post") && k + 1 < tokens.Length && IsWord(text, tokens[k + 1], "office"))
        {
            k += 2;
        }
        else
        {
            return i;
        }

        if (k + 1 >= tokens.Length || !IsWord(text, tokens[k], "box") || tokens[k].Start - tokens[k - 1].End > 3)
        {
            return i;
        }

        var number = tokens[k + 1];
        if (!number.Is(TokenShape.AllDigits) || number.Length > 10 || number.Start - tokens[k].End > 3)
        {
            return i;
        }

        Report(context, tokens[i].Start, number.End, PoBoxScore);
        return k + 1;
    }

    private void Report(ScanContext context, int start, int end, double score)
    {
        var kinds = context.ContextAround(start, end, 6, 3);
        if ((kinds & ContextKinds.Address) != 0)
        {
            score += ContextBonus;
        }

        context.Add(DataClasses.StreetAddress, start, end, Math.Min(score, MaxScore), Id, null, kinds & ContextKinds.Address);
    }

    /// <summary>Index of the last token of a unit after <paramref name="last"/> ("Apt 5", "Suite 200", "#5"), or <paramref name="last"/>.</summary>
    private static int UnitAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last)
    {
        var k = last + 1;
        if (k >= tokens.Length)
        {
            return last;
        }

        var gap = text[tokens[last].End..tokens[k].Start];
        if (gap.Length <= 4 && gap.Trim(" ,.").Length == 1 && gap.Trim(" ,.")[0] == '#' && tokens[k].Is(TokenShape.HasDigit)
            && tokens[k].Length <= 6)
        {
            return k; // "42 Oak Rd #5"
        }

        if (!Gap(text, tokens[last].End, tokens[k].Start, allowComma: true) || (tokens[k].Flags & WordFlags.UnitDesignator) == 0
            || IsWord(text, tokens[k], "po") || IsWord(text, tokens[k], "box") || IsWord(text, tokens[k], "lot")
            || k + 1 >= tokens.Length)
        {
            return last;
        }

        var value = tokens[k + 1];
        var between = text[tokens[k].End..value.Start];
        if (between.Length > 3 || !between.Trim(" .#").IsEmpty || value.Length > 6
            || !(value.Is(TokenShape.HasDigit) || (value.Length == 1 && value.Is(TokenShape.AllUpper))))
        {
            return last;
        }

        return k + 1;
    }

    /// <summary>", Springfield" or ", CA" after the street raises confidence a little.</summary>
    private static bool FollowedByPlace(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last)
    {
        var k = last + 1;
        return k < tokens.Length && text[tokens[last].End] == ',' && tokens[k].Start - tokens[last].End <= 2
            && tokens[k].Is(TokenShape.Capitalized);
    }

    private static bool IsHouseNumber(ReadOnlySpan<char> text, Token t)
    {
        var value = text.Slice(t.Start, t.Length);
        if (t.Is(TokenShape.AllDigits))
        {
            return t.Length <= MaxHouseNumberDigits && (t.Length > 1 || value[0] != '0') && !(value[0] == '0' && AllZeros(value));
        }

        // "12B", "221b": digits and one letter, but not the ordinal "5th".
        return t.Length >= 2 && t.Length <= MaxHouseNumberDigits && char.IsAsciiLetter(value[^1]) && value[0] != '0'
            && AllDigits(value[..^1]);
    }

    private static bool StartBoundaryOk(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return true;
        }

        var before = text[start - 1];
        if (before is '$' or '€' or '£' or '#' or '+' or '@' or '_' or '%' or '&' or '=')
        {
            return false;
        }

        // "1.5 Main..." or "10/2 ..." continue another number.
        return !(before is '.' or ',' or '/' or '-' or ':' && start > 1 && char.IsAsciiDigit(text[start - 2]));
    }

    // A plain loop: ContainsAnyExceptInRange allocates on some short inputs.
    private static bool AllDigits(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllZeros(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (c != '0')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOrdinal(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        var suffix = word[^2..];
        return AllDigits(word[..^2])
            && (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase));
    }

    private static bool AddressBefore(ScanContext context, int start) =>
        (context.ContextBefore(start, 4) & ContextKinds.Address) != 0;

    private static bool IsStrasse(ReadOnlySpan<char> word) =>
        word.Length > 6 && (word.EndsWith("straße", StringComparison.OrdinalIgnoreCase) || word.EndsWith("strasse", StringComparison.OrdinalIgnoreCase));

    private static bool IsStandaloneGermanWord(ReadOnlySpan<char> word) =>
        word.Equals("straße", StringComparison.OrdinalIgnoreCase) || word.Equals("strasse", StringComparison.OrdinalIgnoreCase)
        || word.Equals("str", StringComparison.OrdinalIgnoreCase) || word.Equals("weg", StringComparison.OrdinalIgnoreCase)
        || word.Equals("platz", StringComparison.OrdinalIgnoreCase) || word.Equals("allee", StringComparison.OrdinalIgnoreCase)
        || word.Equals("gasse", StringComparison.OrdinalIgnoreCase) || word.Equals("ufer", StringComparison.OrdinalIgnoreCase);

    private static bool IsWord(ReadOnlySpan<char> text, Token t, string word) =>
        text.Slice(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Abbreviated street types written with a dot: "Avda.", "boul.", "bd.", "pza.".</summary>
    private static bool IsAbbreviatedType(ReadOnlySpan<char> text, Token t) =>
        TokenText.IsAny(text, t, ["avda", "avd", "av", "pza", "pl", "ctra", "cl", "pso", "bd", "bld", "boul", "blvd", "ch", "imp", "rte", "fbg"]);


    private static bool EndsWord(ReadOnlySpan<char> text, int end) =>
        end >= text.Length || !(Tokenizer.IsTokenChar(text[end]) || (text[end] is '.' or ',' or '/' or ':' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])));

    /// <summary>Between two words of one address: spaces, an abbreviation dot, and a comma when allowed; at most three chars.</summary>
    private static bool Gap(ReadOnlySpan<char> text, int from, int to, bool allowComma)
    {
        if (to - from is < 1 or > 3)
        {
            return false;
        }

        var spaces = 0;
        for (var p = from; p < to; p++)
        {
            var c = text[p];
            if (c == ' ')
            {
                spaces++;
            }
            else if (!(c == '.' && p == from) && !(c == ',' && allowComma))
            {
                return false;
            }
        }

        return spaces >= 1;
    }

    /// <summary>Between words of a French or Spanish street name: a space, a hyphen (Saint-Honoré) or an apostrophe (l'Église).</summary>
    private static bool NameGap(ReadOnlySpan<char> text, int from, int to) =>
        to - from == 1 && text[from] is ' ' or '-' or '\'' or '’';
}
