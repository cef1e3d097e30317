using System.Collections.Frozen;
using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Personal;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Contact;

/// <summary>
/// Postcodes. UK postcodes are distinctive (the outward code starts with one of the ~120 postal
/// areas, the inward code avoids C, I, K, M, O and V) and are reported on their own when written
/// in capitals; Canadian ones likewise. A five-digit US ZIP (or ZIP+4), or any European five-digit
/// code, is only a postcode right after a state ("Springfield, IL 62704") or near a postcode word.
/// </summary>
internal sealed class PostcodeRecognizer : IRecognizer
{
    public const string RecognizerId = "location.postcode";

    private const double UkScore = Scores.StrongPattern;
    private const double GluedUkScore = Scores.Pattern;
    private const double CanadaScore = Scores.StrongPattern - 0.05;
    private const double ContextScore = Scores.Validated;
    private const double LowerCaseWithContextScore = Scores.PatternWithContext;
    private const double ZipScore = Scores.PatternWithContext;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UkAreas = new[]
    {
        "AB", "AL", "B", "BA", "BB", "BD", "BF", "BH", "BL", "BN", "BR", "BS", "BT", "BX", "CA", "CB", "CF", "CH", "CM",
        "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E", "EC", "EH", "EN", "EX",
        "FK", "FY", "G", "GL", "GU", "GY", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG", "IM", "IP", "IV", "JE",
        "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS", "LU", "M", "ME", "MK", "ML", "N", "NE", "NG",
        "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH", "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG",
        "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW",
        "UB", "W", "WA", "WC", "WD", "WF", "WN", "WR", "WS", "WV", "YO", "ZE",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public string Id => RecognizerId;

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.Postcode];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < 2)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        var resume = 0; // first token after the last postcode read
        foreach (var digitToken in context.DigitTokens)
        {
            var i = digitToken.Index;
            if (i < resume || !digitToken.Is(TokenShape.AsciiOnly))
            {
                continue;
            }

            if (digitToken.Is(TokenShape.AllDigits))
            {
                if (digitToken.Length == 5)
                {
                    resume = TryZip(context, i) + 1;
                }
                else if (digitToken.Length is 3 or 4 or 6)
                {
                    resume = TryOtherNumeric(context, i) + 1;
                }

                continue;
            }

            // Letters and digits: a UK outward code (2-4 chars), a whole UK postcode without its
            // space (5-7) or half a Canadian one (3).
            if (digitToken.Length is < 2 or > 7)
            {
                continue;
            }

            var t = tokens[i];
            var word = text.Slice(t.Start, t.Length);
            var spaced = i + 1 < tokens.Length && tokens[i + 1].Start == t.End + 1 && text[t.End] == ' ';
            if (spaced && IsUkOutward(word) && IsUkInward(text.Slice(tokens[i + 1].Start, tokens[i + 1].Length)))
            {
                // After an address line ("14 Penlan Road, Swansea SA4 6DX Items: ..."), a word after it
                // that names an order or parcel does not make it some other code.
                Report(context, t.Start, tokens[i + 1].End, UkScore, AfterPlace(context, i), AddressLineBefore(context, i, lowerCase: true));
                resume = i + 2;
            }
            else if (word.Length is >= 5 and <= 7 && IsUkOutward(word[..^3]) && IsUkInward(word[^3..]))
            {
                Report(context, t.Start, t.End, GluedUkScore, false); // without its space it could be any product code
            }
            else if (spaced && IsCanadianHalf(word, true) && IsCanadianHalf(text.Slice(tokens[i + 1].Start, tokens[i + 1].Length), false))
            {
                Report(context, t.Start, tokens[i + 1].End, CanadaScore, false);
                resume = i + 2;
            }
            else if (spaced && word.Length == 3 && IsEircodeRoutingKey(word) && IsEircodeIdentifier(text.Slice(tokens[i + 1].Start, tokens[i + 1].Length))
                && (AddressLineBefore(context, i, lowerCase: false) || (context.ContextAround(t.Start, tokens[i + 1].End, 4, 3) & (ContextKinds.Postcode | ContextKinds.Address)) != 0))
            {
                // An Irish Eircode ("D03 X2K7"): only in an address or named, as it looks like any code.
                Report(context, t.Start, tokens[i + 1].End, Scores.PatternWithContext, false);
                resume = i + 2;
            }
        }
    }

    private void Report(ScanContext context, int start, int end, double score, bool afterPlace, bool afterAddressLine = false)
    {
        var kinds = context.ContextAround(start, end, 4, 2);
        var value = context.Text[start..end];
        var upper = !value.ContainsAny(AsciiSets.Lower);
        var hasContext = afterAddressLine || (kinds & (ContextKinds.Postcode | ContextKinds.Address)) != 0;
        if (!upper)
        {
            // "sw1a 1aa" in lower case is a postcode only when the text says so, or right after a
            // town as the last line of an address ("Leeds, ls1 4ap").
            if (!(hasContext || afterPlace) || value.ContainsAny(AsciiSets.Upper))
            {
                return;
            }

            score = LowerCaseWithContextScore;
        }
        else if (hasContext)
        {
            score = ContextScore;
        }

        if ((kinds & ContextKinds.Benign) != 0 && !hasContext)
        {
            score -= Scores.BenignContextPenalty;
        }

        context.Add(DataClasses.Postcode, start, end, score, Id, null, kinds & (ContextKinds.Postcode | ContextKinds.Address));
    }

    /// <summary>A five-digit code (ZIP+4 too) after a US state or near a postcode word. Returns the last token used.</summary>
    private int TryZip(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var t = tokens[i];
        var start = t.Start;
        var end = t.End;
        var last = i;
        if (FollowsNumberPunctuation(text, start))
        {
            return i;
        }

        if (i + 1 < tokens.Length && tokens[i + 1].Start == end + 1 && text[end] == '-')
        {
            var next = tokens[i + 1];
            if (next.Is(TokenShape.AllDigits) && next.Length == 4)
            {
                end = next.End;
                last = i + 1;
            }
            else
            {
                return i; // 12345-678: not a ZIP+4
            }
        }

        if (end < text.Length && (Tokenizer.IsTokenChar(text[end]) || (text[end] is '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            return last;
        }

        // "IL 62704"; in lower case ("chicago il 60610") only after a street.
        var afterState = i > 0 && IsBlank(text[tokens[i - 1].End..start]) && (IsState(text, tokens[i - 1])
            || (tokens[i - 1].Length == 2 && !tokens[i - 1].Is(TokenShape.AllUpper) && ContactWords.IsUsStateCode(text.Slice(tokens[i - 1].Start, 2))
                && !IsWordLikeStateCode(text.Slice(tokens[i - 1].Start, 2)) && AddressLineBefore(context, i - 1, lowerCase: true)));
        var kinds = context.ContextAround(start, end, 4, 2);
        var hasContext = (kinds & ContextKinds.Postcode) != 0;
        if (!afterState && !hasContext)
        {
            // "12 rue de la Paix, 75002 Paris", "Hauptstraße 5, 10115 Berlin": a European code
            // between the street and the town.
            if (last == i && BeforeTown(context, i) && (HasStreetBefore(context, i)
                || (context.ContextBefore(start, 8) & ContextKinds.Address) != 0))
            {
                context.Add(DataClasses.Postcode, start, end, ZipScore, Id, null, kinds & ContextKinds.Address);
            }

            return last;
        }

        var score = afterState && hasContext ? ContextScore : ZipScore;
        if (!hasContext && (kinds & ContextKinds.Benign) != 0)
        {
            score -= Scores.BenignContextPenalty;
        }

        context.Add(DataClasses.Postcode, start, end, score, Id, null, kinds & ContextKinds.Postcode);
        return last;
    }

    /// <summary>
    /// Four- and six-digit postcodes, which are ordinary numbers unless the text places them: right
    /// after a postcode word ("postcode 3000", "PIN code 560001" in India), after an Australian
    /// state ("Parramatta NSW 2150"), or (six digits, India) after the town closing an address
    /// ("12 MG Road, Bengaluru - 560001"). Five-digit European codes go through <see cref="TryZip"/>.
    /// </summary>
    private int TryOtherNumeric(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var t = tokens[i];
        var start = t.Start;
        var end = t.End;
        var last = i;
        if (FollowsNumberPunctuation(text, start))
        {
            return i;
        }

        // "560 001": an Indian PIN code written in two halves.
        if (t.Length == 3)
        {
            if (i + 1 >= tokens.Length || tokens[i + 1].Start != end + 1 || text[end] != ' ' || !tokens[i + 1].Is(TokenShape.AllDigits)
                || tokens[i + 1].Length != 3)
            {
                return i;
            }

            last = i + 1;
            end = tokens[last].End;
        }

        if (end < text.Length && (Tokenizer.IsTokenChar(text[end]) || (text[end] is '.' or ',' or '-' or '/' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            return last;
        }

        var six = end - start - (last - i) == 6;
        var named = IsPostcodeWordBefore(context, i) || (six && IsPinCodeBefore(context, i));
        double score;
        if (IsDutchPostcode(text, tokens, i) && (named || AddressLineBefore(context, i, lowerCase: false)))
        {
            // "Kerkstraat 12, 1017 GC Amsterdam": four digits and two capitals.
            last = i + 1;
            end = tokens[last].End;
            score = named ? ContextScore : ZipScore;
        }
        else if (named)
        {
            score = ContextScore;
        }
        else if (t.Length == 4 && i > 0 && IsAustralianState(text, tokens[i - 1]) && IsBlank(text[tokens[i - 1].End..start]))
        {
            score = ZipScore;
        }
        else if (t.Length == 4 && AfterPlace(context, i) && AddressLineBefore(context, i, lowerCase: false)
            && (ContactWords.Kinds(text.Slice(tokens[i - 1].Start, tokens[i - 1].Length)) & StreetWordKinds.Suffix) == 0
            && (tokens[i - 1].Flags & WordFlags.UnitDesignator) == 0 && EndsAddress(context, i)
            && TokenText.DigitValue(text, t) is < 1950 or > 2039) // "Napier 2019." is more often a year
        {
            score = ZipScore; // "17 Ponsonby Rd, Grey Lynn, Auckland 1011": New Zealand, Australia, and others after the town
        }
        else if (six && text[start] is >= '1' and <= '8' && AfterPlace(context, i) && (HasStreetBefore(context, i) 
            || (context.ContextBefore(start, 10) & ContextKinds.Address) != 0))
        {
            score = ZipScore;
        }
        else
        {
            return last;
        }

        context.Add(DataClasses.Postcode, start, end, score, Id, null, context.ContextBefore(start, 4) & (ContextKinds.Postcode | ContextKinds.Address));
        return last;
    }

    /// <summary>
    /// A Dutch postcode from token <paramref name="i"/>: four digits from 1000, a space and two capital
    /// letters other than SA, SD and SS, ending there ("1017 GC", "3511 LX").
    /// </summary>
    private static bool IsDutchPostcode(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (tokens[i].Length != 4 || text[tokens[i].Start] == '0' || i + 1 >= tokens.Length || tokens[i + 1].Length != 2
            || tokens[i + 1].Start != tokens[i].End + 1 || text[tokens[i].End] != ' ')
        {
            return false;
        }

        var letters = text.Slice(tokens[i + 1].Start, 2);
        var end = tokens[i + 1].End;
        return char.IsAsciiLetterUpper(letters[0]) && char.IsAsciiLetterUpper(letters[1]) && letters is not ("SA" or "SD" or "SS")
            && (end == text.Length || !Tokenizer.IsTokenChar(text[end]));
    }

    /// <summary>"postcode 3000", "postcode is 3000", "post code: 3000": a postcode word one or two tokens before.</summary>
    private static bool IsPostcodeWordBefore(ScanContext context, int i)
    {
        var tokens = context.Tokens;
        for (var k = i - 1; k >= 0 && k >= i - 2; k--)
        {
            if ((tokens[k].Context & ContextKinds.Postcode) != 0)
            {
                return context.Text[tokens[k].End..tokens[i].Start].Trim(" :#-").IsEmpty
                    || (k == i - 2 && (IsWord(context.Text, tokens[k + 1], "code") || IsWord(context.Text, tokens[k + 1], "is")));
            }
        }

        return false;
    }

    /// <summary>"PIN code 560001" with delivery or address words about: India's postal code.</summary>
    private static bool IsPinCodeBefore(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        if (i < 2 || !IsWord(text, tokens[i - 1], "code") || !IsWord(text, tokens[i - 2], "pin")
            || !text[tokens[i - 1].End..tokens[i].Start].Trim(" :#-").IsEmpty)
        {
            return false;
        }

        var k = i + 1;
        for (var n = 0; n < 8 && k < tokens.Length; n++, k++)
        {
            var word = text.Slice(tokens[k].Start, tokens[k].Length);
            if (word.StartsWith("deliver", StringComparison.OrdinalIgnoreCase) || IsWord(text, tokens[k], "area")
                || IsWord(text, tokens[k], "ship") || IsWord(text, tokens[k], "shipping"))
            {
                return true;
            }
        }

        return (context.ContextAround(tokens[i - 2].Start, tokens[i].End, 6, 6) & (ContextKinds.Address | ContextKinds.Tracking)) != 0
            || AddressLineBefore(context, i - 2, lowerCase: false);
    }

    /// <summary>A capitalised town right after: "75002 Paris", "10115 Berlin".</summary>
    private static bool BeforeTown(ScanContext context, int i)
    {
        var tokens = context.Tokens;
        return i + 1 < tokens.Length && tokens[i + 1].Start == tokens[i].End + 1 && context.Text[tokens[i].End] == ' '
            && tokens[i + 1].Is(TokenShape.Capitalized) && !tokens[i + 1].Is(TokenShape.HasDigit)
            && (tokens[i + 1].Flags & (WordFlags.StopWord | WordFlags.Month)) == 0;
    }

    /// <summary>A town right before: "Leeds ls1 4ap", "Leeds, ls1 4ap", "Pune - 411001".</summary>
    private static bool AfterPlace(ScanContext context, int i)
    {
        var tokens = context.Tokens;
        if (i == 0 || !tokens[i - 1].Is(TokenShape.Capitalized) || tokens[i - 1].Is(TokenShape.HasDigit)
            || (tokens[i - 1].Flags & (WordFlags.StopWord | WordFlags.Month)) != 0)
        {
            return false;
        }

        var gap = context.Text[tokens[i - 1].End..tokens[i].Start];
        return gap.Length is >= 1 and <= 3 && gap.Trim(" ,-").IsEmpty && gap.Contains(' ');
    }

    /// <summary>
    /// True when the words before token <paramref name="i"/> close an address line: place names
    /// (and a district number, "Dublin 3") back to a street type that follows a house number
    /// ("22 Marine Pde Napier", "7 Sunday's Well Rd, Cork", "1420 n lake shore dr apt 1907
    /// chicago" when <paramref name="lowerCase"/>). Any other word ("card", "ticket") breaks it.
    /// </summary>
    private static bool AddressLineBefore(ScanContext context, int i, bool lowerCase)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        for (var k = i - 1; k >= 0 && k >= i - 8; k--)
        {
            var t = tokens[k];
            var gap = text[t.End..tokens[k + 1].Start];
            if (gap.Length is 0 or > 3 || !gap.Trim(" ,#").IsEmpty)
            {
                return false;
            }

            if (k == 0 && (t.Is(TokenShape.HasDigit) || !tokens[k + 1].Is(TokenShape.HasDigit) || !ContactWords.IsCompoundStreetWord(text.Slice(t.Start, t.Length))))
            {
                return false; // the first token: only a street word of letters opening the text ("Kerkstraat 12, 1017 GC") is read there
            }

            if (t.Is(TokenShape.HasDigit))
            {
                // "Dublin 3," a district; "apt 1907", "#12" a unit.
                if ((t.Is(TokenShape.AllDigits) && t.Length <= 2 && tokens[k - 1].Is(TokenShape.Capitalized))
                    || (t.Length <= 4 && ContactWords.IsCompoundStreetWord(text.Slice(tokens[k - 1].Start, tokens[k - 1].Length))) // "Keizersgracht 123, "
                    || (tokens[k - 1].Flags & WordFlags.UnitDesignator) != 0 || text[tokens[k - 1].End..t.Start].Contains('#'))
                {
                    continue;
                }

                return false;
            }

            if (!t.Is(TokenShape.HasLetter))
            {
                return false;
            }

            if (StreetAt(text, tokens, k)
                || (tokens[k + 1].Is(TokenShape.HasDigit) && ContactWords.IsCompoundStreetWord(text.Slice(t.Start, t.Length)))) // "Kerkstraat 12, "
            {
                return true;
            }

            // Place names; in lower case ("chicago", "new york") only when asked. Words that name
            // something else in an address line ("Invoice 4521", "Locker 2231", "Christmas 2023") end it.
            var capital = t.Is(TokenShape.Capitalized);
            if ((t.Flags & WordFlags.UnitDesignator) != 0 && tokens[k + 1].Is(TokenShape.HasDigit))
            {
                continue; // "apt 2"
            }

            if ((t.Flags & (WordFlags.Month | WordFlags.UnitDesignator)) != 0 || TokenText.IsAny(text, t, NotPlaces)
                || (!capital && (!lowerCase || ((t.Flags & WordFlags.StopWord) != 0 && !IsWord(text, t, "new")))))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A street type (or the direction after it) at token <paramref name="k"/> with a house number one to five words before it.</summary>
    private static bool StreetAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k)
    {
        if ((ContactWords.Kinds(text.Slice(tokens[k].Start, tokens[k].Length)) & StreetWordKinds.Suffix) == 0
            && (tokens[k].Flags & WordFlags.Direction) == 0)
        {
            return false;
        }

        for (var n = k - 1; n >= 0 && n >= k - 5; n--)
        {
            if (tokens[n].Is(TokenShape.AllDigits))
            {
                return true;
            }

            var word = text.Slice(tokens[n].Start, tokens[n].Length);
            if (tokens[n].Is(TokenShape.HasDigit) && !(word.Length >= 3 && char.IsAsciiDigit(word[0]) && char.IsAsciiLetter(word[^1])))
            {
                return false; // a code, not a house number or an ordinal ("42nd", "221B")
            }
        }

        return false;
    }

    /// <summary>
    /// The number closes the address: the end, punctuation, or a sign-off ("Wellington 6011
    /// cheers"); not "Leeds 1430 today".
    /// </summary>
    private static bool EndsAddress(ScanContext context, int i)
    {
        var text = context.Text;
        var end = context.Tokens[i].End;
        if (end == text.Length || text[end] is ',' or '.' or ';' or '/' or ')' or '!' or '\n' or '\r')
        {
            return true;
        }

        return i + 1 < context.Tokens.Length && text[end] == ' '
            && TokenText.IsAny(text, context.Tokens[i + 1], ["cheers", "thanks", "thx", "ta", "pls", "please", "nz", "australia", "new"]);
    }

    private static readonly string[] NotPlaces =
    [
        "invoice", "locker", "bay", "christmas", "easter", "xmas", "box", "gate", "platform", "ticket", "order", "ref",
        "reference", "seat", "store", "shop", "code", "pin", "account", "card", "no", "number", "door", "bin", "spot", "desk",
        "counter", "till", "aisle", "row", "exit", "terminal", "pier", "dock", "lot", "stand", "model", "version", "since", "until",
    ];

    /// <summary>State codes that are everyday words in lower case ("in", "me", "ok"): not read as states when typed so.</summary>
    private static bool IsWordLikeStateCode(ReadOnlySpan<char> code) =>
        code.Equals("in", StringComparison.OrdinalIgnoreCase) || code.Equals("me", StringComparison.OrdinalIgnoreCase)
        || code.Equals("ok", StringComparison.OrdinalIgnoreCase) || code.Equals("or", StringComparison.OrdinalIgnoreCase)
        || code.Equals("oh", StringComparison.OrdinalIgnoreCase) || code.Equals("hi", StringComparison.OrdinalIgnoreCase)
        || code.Equals("id", StringComparison.OrdinalIgnoreCase) || code.Equals("de", StringComparison.OrdinalIgnoreCase);

    /// <summary>A street type among the few words before: "... Residency Road, Howrah, Kolkata 700001".</summary>
    private static bool HasStreetBefore(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        for (var k = i - 1; k >= 0 && k >= i - 8; k--)
        {
            var word = text.Slice(tokens[k].Start, tokens[k].Length);
            if (tokens[k].Is(TokenShape.HasLetter) && !tokens[k].Is(TokenShape.HasDigit) && word.Length <= 16
                && (ContactWords.Kinds(word) & (StreetWordKinds.Suffix | StreetWordKinds.SpanishType | StreetWordKinds.FrenchType)) != 0
                || ContactWords.IsCompoundStreetWord(word)
                || (word is "c" or "C" && tokens[k].End < text.Length && text[tokens[k].End] == '/' && k + 2 < i
                    && tokens[k + 1].Is(TokenShape.Capitalized) && tokens[k + 2].Is(TokenShape.AllDigits))) // "c/ Verdi 47"; not "pagué c/ Bizum"
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAustralianState(ReadOnlySpan<char> text, Token token) =>
        token.Is(TokenShape.AllUpper) && token.Length is >= 2 and <= 3 && text.Slice(token.Start, token.Length) is
            "NSW" or "VIC" or "QLD" or "SA" or "WA" or "TAS" or "NT" or "ACT";

    private static bool IsWord(ReadOnlySpan<char> text, Token t, string word) =>
        text.Slice(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsState(ReadOnlySpan<char> text, Token token)
    {
        var word = text.Slice(token.Start, token.Length);
        if (token.Length == 2)
        {
            // Two-letter codes only in capitals: "in 62704" is not Indiana.
            return token.Is(TokenShape.AllUpper) && ((token.Flags & WordFlags.UsState) != 0 || ContactWords.IsUsStateCode(word));
        }

        return token.Is(TokenShape.Capitalized) && ((token.Flags & WordFlags.UsState) != 0 || ContactWords.IsUsStateName(word));
    }

    private static bool IsBlank(ReadOnlySpan<char> gap) => gap.Length is >= 1 and <= 2 && gap.Trim(' ').IsEmpty;

    /// <summary>A9, A99, AA9, AA99, A9A, AA9A with a real postal area.</summary>
    private static bool IsUkOutward(ReadOnlySpan<char> w)
    {
        if (w.Length is < 2 or > 4 || !char.IsAsciiLetter(w[0]))
        {
            return false;
        }

        var letters = char.IsAsciiLetter(w[1]) ? 2 : 1;
        if (!UkAreas.Contains(w[..letters]) || letters >= w.Length || !char.IsAsciiDigit(w[letters]))
        {
            return false;
        }

        var rest = w[(letters + 1)..];
        return rest.Length switch
        {
            0 => true,
            1 when char.IsAsciiDigit(rest[0]) => true,
            1 when letters == 1 => "ABCDEFGHJKPSTUW".Contains(char.ToUpperInvariant(rest[0])),
            1 => "ABEHMNPRVWXY".Contains(char.ToUpperInvariant(rest[0])),
            _ => false,
        };
    }

    /// <summary>9AA where the letters are not C, I, K, M, O or V.</summary>
    private static bool IsUkInward(ReadOnlySpan<char> w) =>
        w.Length == 3 && char.IsAsciiDigit(w[0]) && IsInwardLetter(w[1]) && IsInwardLetter(w[2]);

    private static bool IsInwardLetter(char c) =>
        char.IsAsciiLetter(c) && !"CIKMOV".Contains(char.ToUpperInvariant(c));

    /// <summary>The forward sortation area (A9A) or local delivery unit (9A9) of a Canadian postal code.</summary>
    private static bool IsCanadianHalf(ReadOnlySpan<char> w, bool first)
    {
        if (w.Length != 3)
        {
            return false;
        }

        return first
            ? IsCanadianLetter(w[0]) && !(w[0] is 'W' or 'Z' or 'w' or 'z') && char.IsAsciiDigit(w[1]) && IsCanadianLetter(w[2])
            : char.IsAsciiDigit(w[0]) && IsCanadianLetter(w[1]) && char.IsAsciiDigit(w[2]);
    }

    /// <summary>An Eircode routing key: one of its letters and two digits ("D03", "T23"), or Dublin's "D6W".</summary>
    private static bool IsEircodeRoutingKey(ReadOnlySpan<char> w) =>
        w is "D6W" || (IsEircodeLetter(w[0]) && char.IsAsciiDigit(w[1]) && char.IsAsciiDigit(w[2]));

    /// <summary>
    /// An Eircode's unique identifier: four of its letters and digits ("X2K7"). Both a letter and a
    /// digit are required here, so "D12 WHAT" or four plain digits after a routing key are left alone.
    /// </summary>
    private static bool IsEircodeIdentifier(ReadOnlySpan<char> w)
    {
        if (w.Length != 4)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in w)
        {
            if (IsEircodeLetter(c))
            {
                letters++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return letters is > 0 and < 4;
    }

    private static bool IsEircodeLetter(char c) => c is 'A' or 'C' or 'D' or 'E' or 'F' or 'H' or 'K' or 'N' or 'P' or 'R' or 'T' or 'V' or 'W' or 'X' or 'Y';

    private static bool IsCanadianLetter(char c) =>
        char.IsAsciiLetter(c) && !"DFIOQU".Contains(char.ToUpperInvariant(c));

    /// <summary>True when the digits at <paramref name="start"/> continue an amount, a reference or a longer number ("$", "#", "1.", "-", "/").</summary>
    private static bool FollowsNumberPunctuation(ReadOnlySpan<char> text, int start) =>
        start > 0 && text[start - 1] is '$' or '#' or '.' or ',' or '-' or '/' or '+' or ':';
}
