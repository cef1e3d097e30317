using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Credentials;

/// <summary>
/// One-time codes that no word announces right before them, in a sentence that says a code was
/// sent: "the text said 5 0 8 1 2 6 but it had expired", "got 2 codes, 381002 and then 449271",
/// "Die mobileTAN kam erst nach 10 Minuten: 39 11 57", "8 4 2 2 9 1, that's the code from the text".
/// Only the shapes codes come in (six digits, 3 + 3, 2 + 2 + 2, six single digits), standing alone,
/// in a sentence holding a word of one-time codes or of texting ("code" after no word such as
/// "promo" or "error", "2FA", "OTP", "sms", "texted") and naming no card, with no word right before
/// the number that names it as something else (an order, an amount, a phone, an account, a PIN).
/// Scored below the codes <see cref="AnnouncedSecretRecognizer"/> finds.
/// </summary>
internal sealed class SentCodeRecognizer : IRecognizer
{
    private const double Score = 0.7;

    /// <summary>How far from the number its sentence is read, each way.</summary>
    private const int MaxSentenceReach = 100;

    /// <summary>How many words right before the number may name it as something else.</summary>
    private const int NamingWords = 3;

    /// <summary>How many words right after the number may name it as something else.</summary>
    private const int NamingWordsAfter = 5;

    /// <summary>Words of texting, which say a number came by message: "the text said", "the one you texted me".</summary>
    private static readonly string[] TextingWords = ["sms", "text", "texts", "texted", "txt", "sicherheitscode"];

    /// <summary>Words after a number that count something: "250000 points", "123456 miles", "100000 views".</summary>
    private static readonly string[] Units =
    [
        "points", "pts", "miles", "km", "kg", "lbs", "steps", "people", "users", "times", "views", "followers", "rows",
        "records", "entries", "bytes", "words", "calories", "mg", "ml", "seconds", "secs", "minutes", "mins", "hours",
        "hrs", "days", "euros", "dollars", "pounds", "eur", "usd", "gbp", "yen", "rupees", "pesos", "punkte", "puntos",
    ];

    /// <summary>Kinds of a word before the number that name it as anything but a one-time code.</summary>
    private const ContextKinds Naming = ContextKinds.Benign | ContextKinds.Card | ContextKinds.Cvv | ContextKinds.Expiry
        | ContextKinds.Iban | ContextKinds.BankAccount | ContextKinds.Routing | ContextKinds.Swift | ContextKinds.Crypto
        | ContextKinds.Ssn | ContextKinds.Itin | ContextKinds.Passport | ContextKinds.DriverLicense
        | ContextKinds.NationalInsurance | ContextKinds.TaxId | ContextKinds.Pin | ContextKinds.Password
        | ContextKinds.Medical | ContextKinds.MedicalRecord | ContextKinds.HealthPlan | ContextKinds.Npi
        | ContextKinds.Medicare | ContextKinds.HealthCard | ContextKinds.Phone | ContextKinds.Address
        | ContextKinds.Postcode | ContextKinds.Ip | ContextKinds.Birth | ContextKinds.Age
        | ContextKinds.Number | ContextKinds.Identity;

    public string Id => "credentials.sent-code";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.OneTimeCode];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < 6)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        var read = 0; // text read as part of an earlier number
        foreach (var digits in context.DigitTokens)
        {
            if (digits.Start < read || digits.Length is not (1 or 2 or 3 or 6) || !digits.Is(TokenShape.AllDigits))
            {
                continue;
            }

            var last = LastGroup(text, tokens, digits.Index);
            read = last < 0 ? digits.End : tokens[last].End;
            if (last < 0 || !StandsAlone(text, digits.Start, tokens[last].End))
            {
                continue;
            }

            var start = digits.Start;
            var end = tokens[last].End;
            if (last == digits.Index + 1 && digits.Length == 3 && text.Slice(tokens[last].Start, 3) is "000")
            {
                continue; // "150 000": thousands of an amount
            }

            if (NamedOtherwise(context, digits.Index, last) || !SentenceTellsOfACode(context, start, end))
            {
                continue;
            }

            context.Add(DataClasses.OneTimeCode, start, end, Score, Id, null, ContextKinds.OneTimeCode);
        }
    }

    /// <summary>
    /// The index of the last token of a code that starts at token <paramref name="first"/>: six
    /// digits, "583 920" or "583-920", "39 11 57", "5 0 8 1 2 6"; -1 when the digits there are
    /// none of these.
    /// </summary>
    private static int LastGroup(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        var length = tokens[first].Length;
        var groups = length switch { 6 => 1, 3 => 2, 2 => 3, _ => 6 };
        var last = first;
        while (last - first + 1 < groups)
        {
            var next = last + 1;
            if (next >= tokens.Length || tokens[next].Length != length || !tokens[next].Is(TokenShape.AllDigits)
                || tokens[next].Start - tokens[last].End != 1 || !(text[tokens[last].End] == ' ' || (length == 3 && text[tokens[last].End] == '-')))
            {
                return -1;
            }

            last = next;
        }

        return last;
    }

    /// <summary>
    /// True when nothing joins the digits to a longer number, a word, an amount or a decimal:
    /// not "#583920", "G-640271", "$583920", "583920%", "583 920 117", "5839.20".
    /// </summary>
    private static bool StandsAlone(ReadOnlySpan<char> text, int start, int end)
    {
        if (start > 0)
        {
            var before = text[start - 1];
            if (char.IsLetterOrDigit(before) || before is '#' or '$' or '€' or '£' or '¥' or '+' or '/' or '-' or '.' or ','
                || (before == ' ' && start > 1 && char.IsAsciiDigit(text[start - 2])))
            {
                return false;
            }
        }

        if (end == text.Length)
        {
            return true;
        }

        var after = text[end];
        if (char.IsLetterOrDigit(after) || after is '%' || (after is ' ' or '.' or ',' or ':' or '/' or '-' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))
        {
            return false;
        }

        var rest = text[end..].TrimStart(' ');
        return rest.IsEmpty || rest[0] is not ('€' or '$' or '£' or '¥' or '%');
    }

    /// <summary>
    /// True when one of the few words right before or after the number, in its sentence, names it as
    /// something else: "order 583920", "my account 583920", "PIN code: 600004", "583920 points",
    /// "583920 was debited". A word of codes or texting nearer the number ends the look: it names the
    /// number itself.
    /// </summary>
    private static bool NamedOtherwise(ScanContext context, int first, int last)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var kinds = ContextKinds.None;
        for (var k = first - 1; k >= 0 && k >= first - NamingWords; k--)
        {
            if (IsSentenceEnd(text, tokens[k].End, tokens[k + 1].Start) || IsCodeWord(context, k))
            {
                break;
            }

            kinds |= tokens[k].Context;
        }

        if ((kinds & Naming) != ContextKinds.None)
        {
            return true;
        }

        // "583920 points"; "482913 or 558812 which is my order number": a word of the same sentence
        // after the number names it, unless a word of codes comes first ("582 913, the code you sent").
        kinds = ContextKinds.None;
        for (var k = last + 1; k < tokens.Length && k <= last + NamingWordsAfter; k++)
        {
            if (IsSentenceEnd(text, tokens[k - 1].End, tokens[k].Start) || IsCodeWord(context, k))
            {
                break;
            }

            if (k == last + 1 && Personal.TokenText.IsAny(text, tokens[k], Units))
            {
                return true;
            }

            kinds |= tokens[k].Context;
        }

        return (kinds & Naming) != ContextKinds.None;
    }

    /// <summary>True when the sentence around the number holds a word of one-time codes or texting, and names no card.</summary>
    private static bool SentenceTellsOfACode(ScanContext context, int start, int end)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var from = SentenceStart(text, start);
        var to = SentenceEnd(text, end);
        var told = false;
        for (var k = context.TokenIndexAt(from); k < tokens.Length && tokens[k].Start < to; k++)
        {
            if ((tokens[k].Context & ContextKinds.Card) != ContextKinds.None)
            {
                return false; // "the first 6 digits of my card are 411111"
            }

            told |= IsCodeWord(context, k);
        }

        return told;
    }

    /// <summary>
    /// A word of one-time codes ("OTP", "2FA", "mobileTAN", "codes" after no word such as "promo" or
    /// "error") or of texting ("sms", "texted").
    /// </summary>
    private static bool IsCodeWord(ScanContext context, int index)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        ref readonly var token = ref tokens[index];
        if ((token.Context & ContextKinds.OneTimeCode) != ContextKinds.None)
        {
            return !AnnouncedSecretRecognizer.IsBareCode(text.Slice(token.Start, token.Length))
                || index == 0 || tokens[index].Start - tokens[index - 1].End > 2
                || !AnnouncedSecretRecognizer.BlocksCode(text.Slice(tokens[index - 1].Start, tokens[index - 1].Length));
        }

        return token.Is(TokenShape.HasLetter) && token.Length <= 16 && Personal.TokenText.IsAny(text, token, TextingWords);
    }

    /// <summary>Where the sentence holding <paramref name="position"/> starts, at most <see cref="MaxSentenceReach"/> chars back.</summary>
    private static int SentenceStart(ReadOnlySpan<char> text, int position)
    {
        var limit = Math.Max(0, position - MaxSentenceReach);
        for (var p = position - 1; p >= limit; p--)
        {
            if (EndsSentenceAt(text, p))
            {
                return p + 1;
            }
        }

        return limit;
    }

    /// <summary>Where the sentence holding <paramref name="position"/> ends, at most <see cref="MaxSentenceReach"/> chars on.</summary>
    private static int SentenceEnd(ReadOnlySpan<char> text, int position)
    {
        var limit = Math.Min(text.Length, position + MaxSentenceReach);
        for (var p = position; p < limit; p++)
        {
            if (EndsSentenceAt(text, p))
            {
                return p;
            }
        }

        return limit;
    }

    /// <summary>True when a char from <paramref name="from"/> to <paramref name="to"/> ends a sentence.</summary>
    private static bool IsSentenceEnd(ReadOnlySpan<char> text, int from, int to)
    {
        for (var p = from; p < to; p++)
        {
            if (EndsSentenceAt(text, p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>'?', '!', a line break, or '.' before a space or the end of the text.</summary>
    private static bool EndsSentenceAt(ReadOnlySpan<char> text, int p) =>
        text[p] is '?' or '!' or '\n' || (text[p] == '.' && (p + 1 == text.Length || char.IsWhiteSpace(text[p + 1])));
}
