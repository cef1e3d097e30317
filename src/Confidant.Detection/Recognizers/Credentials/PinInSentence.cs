using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Credentials;

/// <summary>
/// PINs that no word announces right before them, in a sentence about a PIN or a keypad: "they
/// asked me to reply with my PIN so I sent 5092", "the atm keeps rejecting 4426 and thats definitely
/// my pin", "app pin is 73 51", "the key safe by the back door takes 4183", "entered 7289 three times
/// and now it's locked". Four digits (or 2 + 2,
/// or four single digits) standing alone, in a sentence holding "PIN", "NIP", "Geheimzahl" or a word
/// of a keypad or key safe, when no word near names them as something else: an amount, a time, an
/// order, a card's last four ("card ending 4417"), a year ("since 2019", "May 2024"), a store's
/// number; not in a sentence whose only PIN word is a "pin pad".
/// Scored below the PINs <see cref="AnnouncedSecretRecognizer"/> finds. Run by
/// <see cref="SecretsInSentencesRecognizer"/>, which walks the digits.
/// </summary>
internal static class PinInSentence
{
    private const double Score = 0.7;
    private const int NamingWords = 3;
    private const int NamingWordsAfter = 5;

    /// <summary>Words of keypads and key safes, whose codes are PINs the customer owns.</summary>
    private static readonly string[] KeypadWords =
    [
        "keypad", "keysafe", "lockbox", "alarm", "alarma", "alarme", "alarmanlage", "boîtier", "boitier",
        "schlüsseltresor", "schlüsselkasten", "schlüsselsafe", "tastenfeld", "digicode",
    ];

    /// <summary>Words right before four digits that make them a card's or account's last four, a place's or a store's number.</summary>
    private static readonly string[] OtherFours =
    [
        "ending", "ends", "last", "final", "últimos", "ultimos", "derniers", "letzten", "endet", "termina", "room", "flat",
        "apt", "suite", "unit", "floor", "bus", "route", "flight", "gate", "store", "shop", "branch", "tienda", "magasin",
        "filiale", "terminal", "till", "register", "lane",
    ];

    /// <summary>Words right before four digits that read as a year or a time that make them one: "since 2019", "at 1430", "May 2024".</summary>
    private static readonly string[] YearOrTimeWords =
    [
        "at", "um", "à", "las", "in", "since", "from", "until", "till", "by", "of", "for", "en", "desde", "depuis", "seit",
        "bis", "im", "de", "year", "año", "année", "jahr", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec",
    ];

    /// <summary>Verbs of money among the three words before four digits: "they charged me 2500", "I withdrew 2500".</summary>
    private static readonly string[] MoneyVerbs =
    [
        // not "sent": "they asked for my PIN so I sent 5092"
        "charged", "charge", "withdrew", "withdraw", "withdrawn", "withdrawal", "paid", "pay", "spent", "spend",
        "transferred", "transfer", "owe", "owed", "cost", "costs", "took", "limit", "balance", "deposited", "deposit",
        "cobraron", "retiré", "pagué", "payé", "abgehoben", "bezahlt", "überwiesen",
    ];

    /// <summary>Words right after the digits that count or time something: "4426 times", "1430 pm", "2000 dollars".</summary>
    private static readonly string[] Units =
    [
        "am", "pm", "h", "hrs", "hours", "hour", "mins", "minutes", "times", "points", "pts", "miles", "km", "kg", "m",
        "ft", "metres", "meters", "steps", "euros", "dollars", "pounds", "eur", "usd", "gbp", "rupees", "pesos", "uhr",
        "heures", "horas", "x",
    ];

    /// <summary>Words of the time of day after four digits that make them a time: "0930 this morning".</summary>
    private static readonly string[] TimeWords =
    [
        "morning", "afternoon", "evening", "night", "tonight", "today", "yesterday", "tomorrow", "mañana", "tarde",
        "noche", "matin", "soir", "morgen", "abend", "heute", "gestern",
    ];

    /// <summary>Words after a year that keep it one: "it's 2024 now", "2019 ago" is rare but "since 2019" is caught before.</summary>
    private static readonly string[] AfterYears = ["now", "ago", "already", "onwards", "onward", "yet"];

    /// <summary>Kinds of a word near the digits that name them as anything but a PIN: a phone's too ("call 0161 …").</summary>
    private const ContextKinds Naming = CodeSentence.OtherNumbers | ContextKinds.Phone;

    public const string Id = "credentials.pin-in-sentence";

    /// <summary>Reports the PIN from token <paramref name="first"/> to <paramref name="last"/>, already read as standing alone, when its sentence tells of one.</summary>
    public static void TryReport(ScanContext context, int first, int last)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var start = tokens[first].Start;
        var end = tokens[last].End;
        if (IsRoundThousand(text, tokens[first]) || NamedOtherwise(context, first, last)
            || !(CodeSentence.SentenceHolds(context, start, end, IsPinWord, ContextKinds.None) || LockedOutTrying(context, first, last)))
        {
            return;
        }

        context.Add(DataClasses.Pin, start, end, Score, Id, null, ContextKinds.Pin);
    }

    /// <summary>
    /// True when a word near the digits, in their sentence, names them as something else ("order
    /// 4471", "card ending 4417", "since 2019", "4426 times"); a PIN word nearer ends the look.
    /// </summary>
    private static bool NamedOtherwise(ScanContext context, int first, int last)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var previous = CodeSentence.PreviousInSentence(context, first);
        if (previous >= 0 && !IsPinWord(context, previous) && (Personal.TokenText.IsAny(text, tokens[previous], OtherFours)
            || ((IsYear(text, tokens[first]) || IsTime(text, tokens[first])) && Personal.TokenText.IsAny(text, tokens[previous], YearOrTimeWords))))
        {
            return true;
        }

        for (var k = previous; k >= 0 && k >= first - NamingWords; k--)
        {
            if (IsPinWord(context, k) || CodeSentence.IsSentenceEnd(text, tokens[k].End, tokens[k + 1].Start))
            {
                break;
            }

            if (Personal.TokenText.IsAny(text, tokens[k], MoneyVerbs))
            {
                return true; // "they charged me 2500"
            }
        }

        var next = CodeSentence.NextInSentence(context, last);
        if (next >= 0 && (Personal.TokenText.IsAny(text, tokens[next], Units)
            || (IsYear(text, tokens[first]) && Personal.TokenText.IsAny(text, tokens[next], AfterYears))))
        {
            return true; // "4426 times", "2024 now"
        }

        // "0930 this morning"
        for (var k = next; k >= 0 && k <= last + 3 && k < tokens.Length && IsTime(text, tokens[first])
            && !CodeSentence.IsSentenceEnd(text, tokens[k - 1].End, tokens[k].Start); k++)
        {
            if (Personal.TokenText.IsAny(text, tokens[k], TimeWords))
            {
                return true;
            }
        }

        return ((CodeSentence.KindsBefore(context, first, NamingWords, IsPinWord)
            | CodeSentence.KindsAfter(context, last, NamingWordsAfter, IsPinWord)) & Naming) != ContextKinds.None;
    }

    /// <summary>Verbs of trying a code right before it: "entered 7289", "typed 4471", "keyed in 0415" (not "put in", said of money).</summary>
    private static readonly string[] AttemptVerbs = ["entered", "typed", "tried", "keyed", "input", "in"]; // "in" after "typed", "keyed"

    /// <summary>How often a code was tried: "entered 7289 three times", "twice", "again".</summary>
    private static readonly string[] TriedCounts = ["twice", "again", "two", "three", "four", "five", "several", "3", "2", "4", "5", "x3", "3x"];

    /// <summary>Words of being locked out after wrong tries.</summary>
    private static readonly string[] LockWords = ["locked", "blocked", "lockout", "bloqueado", "bloqueada", "bloquée", "bloqué", "gesperrt"];

    /// <summary>
    /// "entered 7289 three times and now it's locked": four digits tried right after a verb of
    /// entering, in a sentence that ends in being locked out, are the PIN that was tried.
    /// </summary>
    private static bool LockedOutTrying(ScanContext context, int first, int last)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var previous = CodeSentence.PreviousInSentence(context, first);
        if (previous < 0 || !Personal.TokenText.IsAny(text, tokens[previous], AttemptVerbs)
            || (Personal.TokenText.Is(text, tokens[previous], "in") && !Personal.TokenText.IsAnyAt(text, tokens, previous - 1, ["typed", "keyed"])))
        {
            return false;
        }

        // What follows says how often it was tried, or the clause ends: not "entered 2019 as the year",
        // "entered 1430 for the time". A year needs the count.
        var next = CodeSentence.NextInSentence(context, last);
        var counted = next >= 0 && Personal.TokenText.IsAny(text, tokens[next], TriedCounts);
        var clauseEnds = next < 0 || Personal.TokenText.IsAny(text, tokens[next], ["and", "but"])
            || Personal.TokenText.Gap(text, tokens[last], tokens[next]).Trim(' ') is ",";
        if (!(counted || (clauseEnds && !IsYear(text, tokens[first]))))
        {
            return false;
        }

        for (var k = last + 1; k < tokens.Length && k <= last + 10 && tokens[k].Start - tokens[last].End <= CodeSentence.MaxSentenceReach
            && !CodeSentence.IsSentenceEnd(text, tokens[k - 1].End, tokens[k].Start); k++)
        {
            if ((tokens[k].Context & ContextKinds.Benign) != ContextKinds.None)
            {
                return false; // "I put 2500 in, but the payment was blocked"
            }

            if (Personal.TokenText.IsAny(text, tokens[k], LockWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"PIN", "NIP", "Geheimzahl" (not "PUK", eight digits), a keypad's or key safe's word, "key safe".</summary>
    private static bool IsPinWord(ScanContext context, int index)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        ref readonly var token = ref tokens[index];
        if ((token.Context & ContextKinds.Pin) != ContextKinds.None)
        {
            // "PUK" has eight digits; a "pin pad" is the card reader, not its code.
            return !Personal.TokenText.Is(text, token, "puk") && !Personal.TokenText.IsAnyAt(text, tokens, index + 1, ["pad", "pads"]);
        }

        return token.Is(TokenShape.HasLetter) && token.Length <= 16
            && (Personal.TokenText.IsAny(text, token, KeypadWords)
                || (Personal.TokenText.Is(text, token, "safe") && Personal.TokenText.IsAt(text, tokens, index - 1, "key")));
    }

    /// <summary>Four digits that read as a time of day, "0930", "2315".</summary>
    private static bool IsTime(ReadOnlySpan<char> text, in Token token) =>
        token.Length == 4 && (text[token.Start] - '0') * 10 + (text[token.Start + 1] - '0') < 24
        && (text[token.Start + 2] - '0') * 10 + (text[token.Start + 3] - '0') < 60;

    /// <summary>Four digits that read as a recent year, 1950 to 2039.</summary>
    private static bool IsYear(ReadOnlySpan<char> text, in Token token) =>
        token.Length == 4 && Personal.TokenText.DigitValue(text, token) is >= 1950 and <= 2039;

    /// <summary>A round thousand ("1000 daily limit", "2000"): an amount far more often than a PIN; "0000" stays.</summary>
    private static bool IsRoundThousand(ReadOnlySpan<char> text, in Token token) =>
        token.Length == 4 && text[token.Start] != '0' && text.Slice(token.Start + 1, 3) is "000";
}
