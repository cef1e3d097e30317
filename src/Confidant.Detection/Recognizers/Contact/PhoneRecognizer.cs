using System.Collections.Frozen;
using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Government;
using Confidant.Detection.Recognizers.Personal;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;
using PhoneNumbers;

namespace Confidant.Detection.Recognizers.Contact;

/// <summary>
/// Phone numbers. Candidates are found cheaply (runs of digit groups joined by phone punctuation,
/// 7-15 digits, that are not dates, amounts, IPs, SSNs, card numbers or references) and only
/// then confirmed by libphonenumber, which is slow and allocates, for the configured regions
/// (numbers written with '+' are parsed as international).
/// </summary>
internal sealed class PhoneRecognizer : IRecognizer
{
    public const string RecognizerId = "contact.phone";

    private const int MinDigits = 7;
    private const int MaxDigits = 15;
    private const int MaxGroups = 16;

    /// <summary>A valid bare run of digits with nothing around it: as likely an account or order number.</summary>
    private const double BareScore = 0.5;
    private const double BareUnlikelyScore = 0.45;
    /// <summary>Formatted, but valid only in a plan where almost any digits are (7-digit local numbers, Indian mobiles).</summary>
    private const double FormattedUnlikelyScore = Scores.StrongPattern;

    /// <summary>
    /// Formatted, with no word about phones or numbers, and valid only where it would be written
    /// with a trunk prefix it lacks ("472 749 613" is a French number only as "04 72 74 96 13"):
    /// more likely an id (a Canadian SIN has this layout), below the default threshold.
    /// </summary>
    private const double FormattedWithoutTrunkScore = Scores.Weak;
    private const double BareWithNumberWordScore = Scores.PatternWithContext;

    /// <summary>Phone-shaped, rejected by libphonenumber (fictional 555 numbers, local numbers) but announced as a phone.</summary>
    private const double InvalidWithContextScore = Scores.PatternWithContext;

    // Other number classes whose words make a bare number unlikely to be a phone.
    private const ContextKinds OtherNumberKinds = ContextKinds.Card | ContextKinds.BankAccount | ContextKinds.Routing
        | ContextKinds.Iban | ContextKinds.Ssn | ContextKinds.Itin | ContextKinds.Passport | ContextKinds.DriverLicense
        | ContextKinds.TaxId | ContextKinds.Pin | ContextKinds.OneTimeCode | ContextKinds.Password
        | ContextKinds.MedicalRecord | ContextKinds.HealthPlan | ContextKinds.Npi | ContextKinds.Medicare
        | ContextKinds.Identity | ContextKinds.NationalInsurance | ContextKinds.Postcode | ContextKinds.Address;

    private readonly PhoneNumberUtil _util = PhoneNumberUtil.GetInstance();

    /// <summary>The configured regions of the North American plan (US, CA), where a number is likely without a trunk prefix.</summary>
    private readonly PhoneRegion[] _northAmerican;

    /// <summary>The other configured regions.</summary>
    private readonly PhoneRegion[] _others;

    public PhoneRecognizer(DetectionOptions options)
    {
        PhoneRegion[] regions = [.. options.PhoneRegions.Select(r => r.Trim().ToUpperInvariant()).Where(r => r.Length == 2).Distinct().Select(PhoneRegion.Of)];
        _northAmerican = [.. regions.Where(r => IsNorthAmerican(r.Code))];
        _others = [.. regions.Where(r => !IsNorthAmerican(r.Code))];
    }

    private static bool IsNorthAmerican(string region) => region is "US" or "CA";

    public string Id => RecognizerId;

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.Phone];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < MinDigits)
        {
            return;
        }

        var text = context.Text;
        Span<int> groups = stackalloc int[MaxGroups];
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAny(AsciiSets.Digits);
            if (next < 0)
            {
                return;
            }

            var first = i + next;
            var run = ScanRun(text, first, groups);
            i = Math.Max(run.End, first + 1);
            if (run.Digits is >= MinDigits and <= MaxDigits)
            {
                Consider(context, run, groups[..Math.Min(run.Groups, MaxGroups)]);
            }
        }
    }

    /// <summary>Separators seen between digit groups.</summary>
    [Flags]
    private enum Separators : byte
    {
        None = 0,
        Space = 1,
        Dash = 2,
        Dot = 4,
        Slash = 8,
        Paren = 16,
    }

    private readonly record struct Run(int Start, int End, int Digits, int Groups, Separators Separators, bool Plus);

    /// <summary>Reads digit groups from <paramref name="first"/> joined by at most three separator chars (one of -./ and one paren).</summary>
    private static Run ScanRun(ReadOnlySpan<char> text, int first, Span<int> groups)
    {
        var start = first;
        if (start > 0 && text[start - 1] == '(')
        {
            start--;
        }

        var plus = start > 0 && text[start - 1] == '+';
        if (plus)
        {
            start--;
        }

        var e = first;
        var digits = 0;
        var groupCount = 0;
        var seps = Separators.None;
        var open = start < first && text[first - 1] == '(' ? 1 : 0;
        while (true)
        {
            var groupStart = e;
            while (e < text.Length && char.IsAsciiDigit(text[e]))
            {
                e++;
            }

            if (groupCount < MaxGroups)
            {
                groups[groupCount] = e - groupStart;
            }

            groupCount++;
            digits += e - groupStart;
            if (digits > MaxDigits + 4)
            {
                break; // too long for a phone: the caller skips it, no need to read on
            }

            var k = e;
            var punct = 0;
            var parens = 0;
            var kinds = Separators.None;
            while (k < text.Length && k - e < 3)
            {
                var c = text[k];
                var kind = c switch
                {
                    ' ' => Separators.Space,
                    '-' => Separators.Dash,
                    '.' => Separators.Dot,
                    '/' => Separators.Slash,
                    '(' or ')' => Separators.Paren,
                    _ => Separators.None,
                };
                if (kind == Separators.None)
                {
                    break;
                }

                punct += kind is Separators.Dash or Separators.Dot or Separators.Slash ? 1 : 0;
                parens += kind == Separators.Paren ? 1 : 0;
                if (c == '(')
                {
                    open++;
                }
                else if (c == ')')
                {
                    open--;
                }

                kinds |= kind;
                k++;
            }

            if (k == e || k >= text.Length || !char.IsAsciiDigit(text[k]) || punct > 1 || parens > 1 || open is < 0 or > 1)
            {
                break;
            }

            seps |= kinds;
            e = k;
        }

        return new Run(start, e, digits, groupCount, seps, plus);
    }

    private void Consider(ScanContext context, Run run, ReadOnlySpan<int> groups)
    {
        var text = context.Text;
        var start = run.Start;
        var end = run.End;

        // A '(' we took must be closed inside the run; otherwise it is prose punctuation.
        if (text[start] == '(' && text[start..end].IndexOf(')') < 0)
        {
            start++;
        }
        else if (run.Plus && text[start + 1] == '(' && text[start..end].IndexOf(')') < 0)
        {
            return;
        }

        if (!BoundariesOk(text, start, end, out var hash))
        {
            return;
        }

        var shape = Classify(text[start..end], groups, run);
        if (shape == Shape.NotPhone)
        {
            return;
        }

        var after = context.ContextAfter(end, 3);
        if ((after & ContextKinds.Phone) != 0 && PhoneWordAfterAnnouncesAnother(context, end))
        {
            after &= ~ContextKinds.Phone; // "Paseo de Gracia 80 46005 Valencia phone 962256815": the word is the next number's
        }

        var kinds = context.ContextBefore(start, 6) | after;
        var phoneContext = (kinds & ContextKinds.Phone) != 0;
        var numberWord = (kinds & ContextKinds.Number) != 0;
        // "my other # (503) 284-7716": '#' says "number", and an area code in parentheses is a phone's own layout.
        if (hash && text[start] == '(' && shape != Shape.Bare)
        {
            hash = false;
        }

        // "order #389501234", "tracking 123456789012", "version 10.0.19041"; a reference named right
        // before the number even after a phone word ("call ref 8841-2290", "customer no. 912447301").
        // An international number ('+' and a country code) is silenced by such a word only when it is
        // the nearest one: "update emergency contact on my booking: Mei-Ling Cheng ✈️ +61 438 217 906"
        // is hers ("booking ref +61 438 217 906" is not).
        var benign = (kinds & ContextKinds.Benign) != 0
            && !(run.Plus && (NearestContext(context, start, ContextKinds.Benign) & ContextKinds.Benign) == 0
                && (after & ContextKinds.Benign) == 0); // not "+44 7911 123456 is my order number"
        if ((!phoneContext && (hash || benign))
            || (IsNamedReference(context, start) && !PhoneWordRightBefore(context, start)))
        {
            return;
        }

        // The nearest words decide when they name another kind of number ("NY license 455 002 394"
        // in a chat that mentioned a phone earlier); card-style 4-4-4 groups are a card's, and a
        // lone check digit at the end ("3222-7162-7") is a routing number's layout, never a phone's.
        // A phone word right before the number overrules the layout: "Handy: 0157 3841 2296" is a
        // German mobile ("Phone bill reference 1234 5678 9012" is not).
        // An international number ('+' and a country code) is a phone's own layout whatever is named
        // near ("update the mobile on the account to +44 7823 119054"), and no card starts with 0
        // ("Rückruf unter 0176 2291 4483" is a German mobile).
        var near = NearestContext(context, start, OtherNumberKinds | ContextKinds.Phone);
        if ((!run.Plus && (near & OtherNumberKinds & ~ContextKinds.Address) != 0 && (near & ContextKinds.Phone) == 0)
            || (!run.Plus && groups.Length >= 3 && !PhoneWordRightBefore(context, start)
                && ((AllFour(groups) && !StartsWithZero(text[start..end])) || groups[^1] == 1)))
        {
            return;
        }

        // Without a phone word: a number named as something else (card, account, passport...), a
        // code wrapped in parentheses ("the lamp (631-496-3933)") or a local number too short to
        // dial from anywhere (7-8 digits: "it's 4738-6151") is not reported as a phone.
        if (!phoneContext
            && ((shape == Shape.Bare && (kinds & OtherNumberKinds) != 0) || run.Digits < 9
                || (start > 0 && text[start - 1] == '(' && end < text.Length && text[end] == ')' && !AfterPersonName(context, start))))
        {
            return;
        }

        var otherClass = !phoneContext && (kinds & OtherNumberKinds) != 0;

        if (shape == Shape.Bare && !phoneContext && !numberWord && !(run.Digits == 10 || (run.Digits == 11 && text[start] is '0' or '1')))
        {
            return; // a bare 7-9 or 12+ digit run without a word saying "phone" is some other number
        }

        // Whether a trunk prefix the number lacks matters only to a formatted number no word explains.
        var askTrunkPrefix = shape != Shape.Bare && !phoneContext && !numberWord;
        var validity = Validate(text[start..end], run.Plus, askTrunkPrefix);
        double score;
        if (validity == Validity.Invalid)
        {
            if (!phoneContext || shape == Shape.Bare)
            {
                return;
            }

            score = InvalidWithContextScore;
        }
        else if (shape == Shape.Bare)
        {
            score = phoneContext ? Scores.Validated
                : numberWord ? BareWithNumberWordScore
                : validity == Validity.Likely ? BareScore : BareUnlikelyScore;
        }
        else
        {
            score = phoneContext || numberWord ? Scores.ValidatedWithContext
                : validity == Validity.Likely ? Scores.Validated
                : validity == Validity.Unlikely ? FormattedUnlikelyScore
                : FormattedWithoutTrunkScore;
        }

        if (otherClass)
        {
            score -= Scores.BenignContextPenalty;
        }

        context.Add(DataClasses.Phone, start, end, score, Id, validity == Validity.Invalid ? null : "libphonenumber",
            kinds & (ContextKinds.Phone | ContextKinds.Number));
    }

    /// <summary>The key before the '=' at <paramref name="equals"/> names a phone field: "phone=", "mobile=", "tel=".</summary>
    private static bool AfterPhoneKey(ReadOnlySpan<char> text, int equals)
    {
        var keyStart = equals;
        while (keyStart > 0 && (char.IsAsciiLetter(text[keyStart - 1]) || text[keyStart - 1] == '_'))
        {
            keyStart--;
        }

        return PhoneKeys.Contains(text[keyStart..equals]);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhoneKeys = FrozenSet.ToFrozenSet(
        ["phone", "tel", "telephone", "mobile", "cell", "phone_number", "phonenumber", "mobile_number", "msisdn", "whatsapp", "telefon", "telefono", "telefone"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool BoundariesOk(ReadOnlySpan<char> text, int start, int end, out bool hash)
    {
        hash = false;
        if (start > 0)
        {
            var before = text[start - 1];
            if (Tokenizer.IsTokenChar(before) || before is '$' or '€' or '£' or '¥' or '_' or '@' or '&'
                || (before is '=' && !AfterPhoneKey(text, start - 1)))
            {
                return false; // part of a word, an amount, a URL parameter (not "phone=+46 70 482 19 36")
            }

            if (before is '.' or ',' or ':' or '/' or '-' or '+' && start > 1 && char.IsAsciiDigit(text[start - 2]))
            {
                return false; // the tail of a longer number, decimal or time
            }

            if (before is '-' or '/' && start > 1 && char.IsLetter(text[start - 2]))
            {
                return false; // glued to a code prefix: "TXN-20251021-7179", "INV-2025-45941"
            }

            hash = before == '#' || (before == ' ' && start > 1 && text[start - 2] == '#');
        }

        if (end < text.Length)
        {
            var after = text[end];
            if (Tokenizer.IsTokenChar(after) && !(after is 'x' or 'X' && end + 1 < text.Length && !char.IsAsciiLetter(text[end + 1])))
            {
                return false;
            }

            if (after is '%' or '€' or '$' or '£' or '@' or '_')
            {
                return false;
            }

            if (after is '.' or ',' or ':' or '/' or '-' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
            {
                return false; // continues as a decimal, time or longer number
            }
        }

        return true;
    }

    private enum Shape
    {
        NotPhone,
        Bare,
        Formatted,
    }

    private static Shape Classify(ReadOnlySpan<char> value, ReadOnlySpan<int> groups, Run run)
    {
        var seps = run.Separators;
        if (run.Groups == 1)
        {
            if (run.Plus)
            {
                return Shape.Formatted;
            }

            return run.Digits is >= 13 and <= 19 && Luhn.IsValid(value) ? Shape.NotPhone : Shape.Bare;
        }

        if (run.Groups > MaxGroups)
        {
            return Shape.NotPhone;
        }

        // Card-length Luhn-valid groups belong to the card recognizer; no card is written after a '+'
        // ("+234 803 412 7788" passes Luhn as one in ten numbers do).
        if (!run.Plus && run.Digits >= 13 && Luhn.IsValid(value))
        {
            return Shape.NotPhone;
        }

        if (!run.Plus)
        {
            // Dotted quads are IP addresses.
            if (seps == Separators.Dot && groups.Length == 4 && AllAtMost(groups, 3))
            {
                return Shape.NotPhone;
            }

            // 123-45-6789 is the SSN layout.
            if (groups.Length == 3 && groups[0] == 3 && groups[1] == 2 && groups[2] == 4 && (seps & Separators.Paren) == 0)
            {
                return Shape.NotPhone;
            }

            // 1234567.89: a decimal amount.
            if (seps == Separators.Dot && groups.Length == 2 && groups[1] <= 2)
            {
                return Shape.NotPhone;
            }

            // 1.250.000 or 1 250 000: thousands groups.
            if (groups.Length >= 3 && AllThree(groups[1..])
                && (seps == Separators.Dot || (seps == Separators.Space && groups[0] <= 2)))
            {
                return Shape.NotPhone;
            }

            // 94107-1234 is a ZIP+4.
            if (groups.Length == 2 && groups[0] == 5 && groups[1] == 4 && seps == Separators.Dash)
            {
                return Shape.NotPhone;
            }

            if (IsDate(value, groups, seps))
            {
                return Shape.NotPhone;
            }
        }

        return Shape.Formatted;
    }

    /// <summary>
    /// The phone word among the three tokens after a number ending at <paramref name="end"/> stands
    /// right before another number ("phone 962256815", "tel: 0161 …", "mobile is 07…"): it announces
    /// that one, not the number before it.
    /// </summary>
    private static bool PhoneWordAfterAnnouncesAnother(ScanContext context, int end)
    {
        var tokens = context.Tokens;
        var first = context.TokenIndexAt(end);
        for (var k = first; k < tokens.Length && k < first + 3 && tokens[k].Start - end <= ScanContext.MaxContextDistance; k++)
        {
            if ((tokens[k].Context & ContextKinds.Phone) == 0)
            {
                continue;
            }

            for (var n = k + 1; n < tokens.Length && n <= k + 3 && tokens[n].Start - tokens[k].End <= ScanContext.MaxContextDistance; n++)
            {
                if (tokens[n].Is(TokenShape.HasDigit))
                {
                    return true;
                }

                if ((tokens[n].Context & ContextKinds.Number) == 0 && !Personal.TokenText.IsAny(context.Text, tokens[n], ["is", "es", "est", "ist"]))
                {
                    break;
                }
            }
        }

        return false;
    }

    /// <summary>yyyy-mm-dd, dd.mm.yyyy, mm/dd/yyyy and friends, alone or followed by a time group; a range of months.</summary>
    private static bool IsDate(ReadOnlySpan<char> value, ReadOnlySpan<int> groups, Separators seps)
    {
        // "09/2017 – 07/2020", "08.2020 - 06.2023": a range of months, as CVs write them.
        if (groups.Length == 4 && groups[0] <= 2 && groups[1] == 4 && groups[2] <= 2 && groups[3] == 4
            && (seps & (Separators.Slash | Separators.Dot)) != 0 && (seps & Separators.Paren) == 0)
        {
            var months = new GroupReader(value);
            return months.Next() is >= 1 and <= 12 && months.Next() is >= 1900 and <= 2100
                && months.Next() is >= 1 and <= 12 && months.Next() is >= 1900 and <= 2100;
        }

        if (groups.Length < 3 || (seps & Separators.Paren) != 0 || (groups.Length > 3 && groups[0] != 4 && groups[2] != 4))
        {
            return false; // "06 12 34 56 78" has too many groups for a date without a four-digit year
        }

        var numbers = new GroupReader(value);
        var a = numbers.Next();
        var b = numbers.Next();
        var c = numbers.Next();
        if (groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2)
        {
            return a is >= 1900 and <= 2100 && b is >= 1 and <= 12 && c is >= 1 and <= 31;
        }

        if (groups[0] <= 2 && groups[1] <= 2 && groups[2] is 4 or 2)
        {
            return a is >= 1 and <= 31 && b is >= 1 and <= 31 && (a <= 12 || b <= 12)
                && (groups[2] == 2 || c is >= 1900 and <= 2100);
        }

        return false;
    }

    private static bool AllAtMost(ReadOnlySpan<int> groups, int max)
    {
        foreach (var g in groups)
        {
            if (g > max)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words that say "number" and name no kind: "phone no. 0157…", "license number 718…".</summary>
    private static readonly string[] NumberWords = ["no", "nr", "number", "nummer", "numero", "número", "num"];

    /// <summary>"Handy: 0157…", "mobile 0157…", "phone no. 0157…": the token just before the number (or before "no"/"number") is a phone word.</summary>
    private static bool PhoneWordRightBefore(ScanContext context, int start)
    {
        var tokens = context.Tokens;
        var k = context.TokenIndexAt(start) - 1;
        var valueAt = start;
        if (k > 0 && TokenText.IsAny(context.Text, tokens[k], NumberWords) && context.Text[tokens[k].End..start].Trim(" :.#").IsEmpty)
        {
            valueAt = tokens[k].Start; // "phone no. 0157…": the phone word stands before "no."
            k--;
        }

        return k >= 0 && (tokens[k].Context & ContextKinds.Phone) != 0 && (tokens[k].Context & ContextKinds.Benign) == 0
            && context.Text[tokens[k].End..valueAt].Trim(" :.#").IsEmpty;
    }

    private static readonly string[] LicenceWords = ["license", "licence", "licencia"];

    /// <summary>
    /// "my NY license number is 718 204 593", "licence no: 4471 2390", "Re my Ohio license: 614 555
    /// 0101": a licence's number, named right before the value (only number words and "is" between).
    /// "license" alone is no context word (a software licence, "licence 0300 790 6801 is the number
    /// they gave me", "Florida license renewal 305 …"), nor is it with a comma, '!' or '?' before the
    /// value ("Texas license expired! 512-…", "the licence, no rush, 07700 …"), or a licence the
    /// driver-licence recognizer names as another kind (a TV, fishing or premises licence).
    /// </summary>
    private static bool IsLicenceNumberWords(ScanContext context, int i, int start)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        if (!TokenText.IsAny(text, tokens[i], LicenceWords) || text[tokens[i].End..start].ContainsAny(',', '!', '?')
            || (i > 0 && TokenText.IsAny(text, tokens[i - 1], DriverLicenseRecognizer.OtherLicences)))
        {
            return false;
        }

        var numberWord = false;
        for (var k = i + 1; k < tokens.Length && tokens[k].End <= start; k++)
        {
            if (TokenText.IsAny(text, tokens[k], NumberWords))
            {
                numberWord = true;
            }
            else if (!TokenText.IsAny(text, tokens[k], ["is", "es", "ist", "est"]))
            {
                return false;
            }
        }

        return numberWord || (i > 0 && (tokens[i - 1].Flags & WordFlags.UsState) != 0);
    }

    /// <summary>
    /// The context of the closest of the three tokens before <paramref name="start"/> (within
    /// <see cref="ScanContext.MaxContextDistance"/> chars) that has one of <paramref name="kinds"/>:
    /// a phone word or another number's word ("card no 3477-773606" is the card's), or an order,
    /// amount or reference word. Words of no such kind ("no", "number", "id") are passed over; the
    /// look stops at a person's name or a form's field separator.
    /// </summary>
    private static ContextKinds NearestContext(ScanContext context, int start, ContextKinds kinds)
    {
        var tokens = context.Tokens;
        var gapEnd = start;
        for (var (i, seen) = (context.TokenIndexAt(start) - 1, 0); i >= 0 && seen < 3 && tokens[i].End >= start - ScanContext.MaxContextDistance; i--, seen++)
        {
            if (context.SeparatesFields(tokens[i].End, gapEnd) || IsCapitalizedName(tokens[i]))
            {
                break; // the words before a person's name are about the person: "Other driver: Marcus Bell, (323) ..."
            }

            if ((tokens[i].Context & kinds) != 0)
            {
                return tokens[i].Context;
            }

            if ((kinds & ContextKinds.DriverLicense) != 0 && IsLicenceNumberWords(context, i, start))
            {
                return ContextKinds.DriverLicense;
            }

            gapEnd = tokens[i].Start;
        }

        return ContextKinds.None;
    }

    private static bool IsCapitalizedName(in Token token) =>
        (token.Flags & (WordFlags.FirstName | WordFlags.Surname)) != 0 && token.Is(TokenShape.Capitalized);

    /// <summary>
    /// "Mehmet Yıldız (07856 302117)", "my wife Anna (07700 ...)", "Dr Patel (020 ...)": a number in
    /// parentheses right after a person is that person's phone. A first name that is also a word
    /// ("Hope (555 ...)") or ends a product's name ("Nike Air Max (...)") is not enough.
    /// </summary>
    private static bool AfterPersonName(ScanContext context, int start)
    {
        var tokens = context.Tokens;
        var i = context.TokenIndexAt(start) - 1;
        if (i < 0 || !IsCapitalizedName(tokens[i]) || tokens[i].End < start - 3)
        {
            return false;
        }

        var before = i > 0 ? tokens[i - 1] : default;
        var plainFirstName = TokenText.IsPlainFirstName(tokens[i]);
        return i == 0
            ? plainFirstName
            : (before.Flags & WordFlags.PersonTitle) != 0
                || (IsCapitalizedName(before) && (TokenText.IsPlainFirstName(before)
                    || ((before.Flags & WordFlags.FirstName) != 0 && (tokens[i].Flags & WordFlags.Surname) != 0))) // "John Smith (07911 ...)"
                || (plainFirstName && !before.Is(TokenShape.Capitalized));
    }

    /// <summary>
    /// Nouns of a reference number, only with a number word: "customer number 904 118 273",
    /// "Incidencia nº 2024/118/4471", "N° de relevé : 2024-10-448172".
    /// </summary>
    private static readonly string[] ReferenceNouns =
    [
        "customer", "client", "application", "claim", "cliente", "solicitud", "reclamación", "kunden", "antrags",
        "lab", "case", "ticket", "order", "invoice", "booking", "statement", "membership", "incidencia", "expediente",
        "pedido", "factura", "relevé", "releve", "dossier", "commande", "facture", "vorgang", "rechnung",
        "product", "acknowledgement", "acknowledgment", "comercio", "sinistro", "siniestro", "sinistre", "auftrags", "fall",
    ];

    /// <summary>Words that name a reference by themselves, right before it: "call ref 8841-2290", "Referencia: 2024/118".</summary>
    private static readonly string[] ReferenceWords = ["ref", "reference", "referencia", "référence", "aktenzeichen", "rx"];

    /// <summary>
    /// True when the value comes right after "customer number", "claim no.", "client id",
    /// "Kundennummer", "ref" and the like: a reference the business gave, not a phone. The nouns
    /// alone are not enough ("my claim was denied, my number is 415-829-2671"); "ref" and
    /// "reference" are ("call ref 8841-2290").
    /// </summary>
    private static bool IsNamedReference(ScanContext context, int start)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var i = context.TokenIndexAt(start) - 1;
        if (i < 0 || tokens[i].End > start || text[tokens[i].End..start].Trim(" .:#-").Length > 0)
        {
            return false;
        }

        // "my customer number is 904 218 337", "el número de comercio es 341882077": the name, then a verb.
        if (i >= 1 && TokenText.IsAny(text, tokens[i], ["is", "was", "es", "est", "ist", "war", "è", "era"])
            && TokenText.Gap(text, tokens[i - 1], tokens[i]) is " ")
        {
            i--;
        }

        var word = text.Slice(tokens[i].Start, tokens[i].Length);
        if (word.Equals("kundennummer", StringComparison.OrdinalIgnoreCase) || word.Equals("antragsnummer", StringComparison.OrdinalIgnoreCase)
            || TokenText.IsAny(text, tokens[i], ReferenceWords))
        {
            return true;
        }

        // "Incidencia nº 2024/118/4471": a reference noun and "nº".
        if (word.Equals("nº", StringComparison.OrdinalIgnoreCase) && i >= 1 && IsReferenceNoun(text.Slice(tokens[i - 1].Start, tokens[i - 1].Length)))
        {
            return true;
        }

        // "número de cliente 912447301", "N° de relevé : 2024-10-448172": the number word comes first.
        if (i >= 2 && IsReferenceNoun(word) && TokenText.IsAny(text, tokens[i - 1], ["de", "di"])
            && ((tokens[i - 2].Context & ContextKinds.Number) != 0
                || (TokenText.Is(text, tokens[i - 2], "n") && TokenText.Gap(text, tokens[i - 2], tokens[i - 1]) is "° ")))
        {
            return true;
        }

        if ((tokens[i].Context & ContextKinds.Number) == 0 && !word.Equals("id", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var noun = i - 1; // "customer number", "Auftrags-Nr."
        if (noun < 0 || text[tokens[noun].End..tokens[i].Start].Trim(" -").Length > 0)
        {
            return false;
        }

        return IsReferenceNoun(text.Slice(tokens[noun].Start, tokens[noun].Length));
    }

    private static bool IsReferenceNoun(ReadOnlySpan<char> word)
    {
        foreach (var reference in ReferenceNouns)
        {
            if (word.Equals(reference, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the first digit of <paramref name="value"/> is 0 (a trunk prefix; no card starts so).</summary>
    private static bool StartsWithZero(ReadOnlySpan<char> value)
    {
        var i = value.IndexOfAnyInRange('0', '9');
        return i >= 0 && value[i] == '0';
    }

    private static bool AllFour(ReadOnlySpan<int> groups)
    {
        foreach (var g in groups)
        {
            if (g != 4)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllThree(ReadOnlySpan<int> groups)
    {
        foreach (var g in groups)
        {
            if (g != 3)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads the successive digit groups of a value as numbers.</summary>
    private ref struct GroupReader(ReadOnlySpan<char> value)
    {
        private readonly ReadOnlySpan<char> _value = value;
        private int _position;

        public int Next()
        {
            while (_position < _value.Length && !char.IsAsciiDigit(_value[_position]))
            {
                _position++;
            }

            var n = 0;
            while (_position < _value.Length && char.IsAsciiDigit(_value[_position]))
            {
                n = (n * 10) + (_value[_position] - '0');
                _position++;
            }

            return n;
        }
    }

    private enum Validity
    {
        Invalid,

        /// <summary>Valid only in regions whose own people would write it with a trunk prefix it lacks.</summary>
        MissingTrunkPrefix,

        /// <summary>Valid in a region's plan as typed, outside North America (any 10 digits from 6-9 are an Indian mobile number).</summary>
        Unlikely,
        Likely,
    }

    /// <summary>
    /// Asks libphonenumber. Likely: international, or valid in North America or with a national
    /// trunk prefix; Unlikely: valid as typed in another region's plan (a Spanish number, which has
    /// no trunk prefix, or an Indian mobile, written without one); MissingTrunkPrefix: valid only
    /// in regions that write a trunk prefix before it, told apart from Unlikely only when
    /// <paramref name="askTrunkPrefix"/> (it costs asking every region).
    /// </summary>
    private Validity Validate(ReadOnlySpan<char> value, bool plus, bool askTrunkPrefix)
    {
        Span<char> buffer = stackalloc char[MaxDigits + 2];
        var n = 0;
        if (plus)
        {
            buffer[n++] = '+';
        }

        for (var i = 0; i < value.Length; i++)
        {
            // "+44 (0)20 ...": the bracketed trunk prefix is not dialled from abroad.
            if (plus && value[i] == '(' && i + 2 < value.Length && value[i + 1] == '0' && value[i + 2] == ')')
            {
                i += 2;
                continue;
            }

            if (char.IsAsciiDigit(value[i]) && n < buffer.Length)
            {
                buffer[n++] = value[i];
            }
        }

        var number = new string(buffer[..n]);
        if (plus)
        {
            return IsValid(number, null) ? Validity.Likely : Validity.Invalid;
        }

        // Likely when valid in a North American region, or valid anywhere with a trunk prefix;
        // Unlikely when valid elsewhere only. The answer does not depend on the order the regions
        // are asked in, so each number stops at the first region that settles it: with a trunk
        // prefix any valid region does (North America's last, as a leading 0 is rarely theirs);
        // without one, North America is asked first and then the first other valid region.
        if (number[0] == '0')
        {
            return AnyValid(number, _others) || AnyValid(number, _northAmerican) ? Validity.Likely : Validity.Invalid;
        }

        if (AnyValid(number, _northAmerican))
        {
            return Validity.Likely;
        }

        // Other regions are asked until one takes the number as typed: when the trunk prefix is
        // asked about, one that only takes it with a trunk prefix does not settle it.
        var result = Validity.Invalid;
        foreach (var region in _others)
        {
            if (TryParseValid(number, region, out var parsed))
            {
                if (!askTrunkPrefix || WrittenWithoutTrunkPrefix(number, parsed, region.Code))
                {
                    return Validity.Unlikely;
                }

                result = Validity.MissingTrunkPrefix;
            }
        }

        return result;
    }

    /// <summary>
    /// True when <paramref name="typed"/> is written as <paramref name="region"/>'s own people
    /// write it: it carries a prefix the parse took off (a Russian "8 912 ..."), the region has no
    /// trunk prefix (Spain), or its format for such numbers marks the prefix optional (Indian
    /// mobiles), as libphonenumber's metadata says.
    /// </summary>
    private bool WrittenWithoutTrunkPrefix(string typed, PhoneNumber number, string region)
    {
        var national = _util.GetNationalSignificantNumber(number);
        return national != typed || TrunkPrefixFormat.WrittenWithout(region, national);
    }

    private bool AnyValid(string number, PhoneRegion[] regions)
    {
        foreach (var region in regions)
        {
            if (IsValid(number, region))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsValid(string number, PhoneRegion? region) => TryParseValid(number, region, out _);

    /// <summary>
    /// Whether libphonenumber takes <paramref name="number"/> as a valid number read in
    /// <paramref name="region"/> (international when null). Lengths the region's numbers cannot
    /// have are turned down without a parse, and a number valid in the main region of its calling
    /// code without asking every other region that shares the code (the US shares +1 with some
    /// twenty); the answer is libphonenumber's either way.
    /// </summary>
    private bool TryParseValid(string number, PhoneRegion? region, out PhoneNumber parsed)
    {
        parsed = null!;
        if (region is not null && region.CannotBeValid(number))
        {
            return false;
        }

        try
        {
            parsed = _util.Parse(number, region?.Code);
            return (region is { IsMain: true } && _util.IsValidNumberForRegion(parsed, region.Code)) || _util.IsValidNumber(parsed);
        }
        catch (NumberParseException)
        {
            return false;
        }
    }
}
