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
/// the number that names it as something else (an order, an amount, an account, a PIN, a sender).
/// Scored below the codes <see cref="AnnouncedSecretRecognizer"/> finds. Run by
/// <see cref="SecretsInSentencesRecognizer"/>, which walks the digits.
/// </summary>
internal static class SentCode
{
    private const double Score = 0.7;

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

    /// <summary>
    /// Words right before the number that make it an amount or a sender: "OTP for Rs 250000", "texts
    /// from 729725" (a short code), "text STOP to 887766".
    /// </summary>
    private static readonly string[] WordsBefore = ["rs", "inr", "kr", "sek", "chf", "mxn", "from", "to", "de", "von", "an"];

    /// <summary>
    /// Kinds of a word near the number that name it as anything but a one-time code: a PIN or a
    /// password too; a phone word does not ("the code sent to my phone is 583920"), nor a word of
    /// expiry, since codes expire too ("the otp you sent to my phone (330817) expired").
    /// </summary>
    private const ContextKinds Naming = (CodeSentence.OtherNumbers & ~ContextKinds.Expiry) | ContextKinds.Pin | ContextKinds.Password;

    public const string Id = "credentials.sent-code";

    /// <summary>
    /// Reports the code from token <paramref name="first"/> to <paramref name="last"/>, already read
    /// as standing alone, when its sentence tells of one; from <paramref name="prefixStart"/> when a
    /// prefix belongs to it ("G-640271"), else -1.
    /// </summary>
    public static void TryReport(ScanContext context, int first, int last, int prefixStart = -1)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var start = prefixStart >= 0 ? prefixStart : tokens[first].Start;
        var end = tokens[last].End;
        if (last == first + 1 && tokens[first].Length == 3 && text.Slice(tokens[last].Start, 3) is "000")
        {
            return; // "150 000": thousands of an amount
        }

        // "Le code que vous avez envoyé expire le 311225": after a word of expiry, six digits that
        // read as a date are the date.
        var near = CodeSentence.KindsBefore(context, first, NamingWords, IsCodeWord) | CodeSentence.KindsAfter(context, last, NamingWordsAfter, IsCodeWord);
        if ((near & ContextKinds.Expiry) != ContextKinds.None && first == last && tokens[first].Length == 6 && ReadsAsDate(text.Slice(start, 6)))
        {
            return;
        }

        // "the first 6 digits of my card are 411111": a sentence naming a card is about its digits.
        if (NamedOtherwise(context, first, last, near) || !CodeSentence.SentenceHolds(context, start, end, IsCodeWord, ContextKinds.Card))
        {
            return;
        }

        context.Add(DataClasses.OneTimeCode, start, end, Score, Id, null, ContextKinds.OneTimeCode);
    }

    /// <summary>Six digits that read as a day, a month and a year, or a month, a day and a year: "311225", "123125".</summary>
    private static bool ReadsAsDate(ReadOnlySpan<char> digits)
    {
        var a = ((digits[0] - '0') * 10) + digits[1] - '0';
        var b = ((digits[2] - '0') * 10) + digits[3] - '0';
        return (a is >= 1 and <= 31 && b is >= 1 and <= 12) || (a is >= 1 and <= 12 && b is >= 1 and <= 31);
    }

    /// <summary>
    /// True when one of the few words right before or after the number, in its sentence, names it as
    /// something else: "order 583920", "my account 583920", "PIN code: 600004", "583920 points",
    /// "583920 was debited". A word of codes or texting nearer the number ends the look: it names the
    /// number itself.
    /// </summary>
    private static bool NamedOtherwise(ScanContext context, int first, int last, ContextKinds near)
    {
        var next = CodeSentence.NextInSentence(context, last);
        var previous = CodeSentence.PreviousInSentence(context, first);
        return (next >= 0 && Personal.TokenText.IsAny(context.Text, context.Tokens[next], Units))
            || (previous >= 0 && Personal.TokenText.IsAny(context.Text, context.Tokens[previous], WordsBefore))
            || (near & Naming) != ContextKinds.None;
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
            // "pin code 560034" is an Indian postcode, as "PIN code" says a PIN is meant, not a sent code.
            return !AnnouncedSecretRecognizer.IsBareCode(text.Slice(token.Start, token.Length))
                || index == 0 || tokens[index].Start - tokens[index - 1].End > 2
                || !(AnnouncedSecretRecognizer.BlocksCode(text.Slice(tokens[index - 1].Start, tokens[index - 1].Length))
                    || Personal.TokenText.Is(text, tokens[index - 1], "pin"));
        }

        return token.Is(TokenShape.HasLetter) && token.Length <= 16 && Personal.TokenText.IsAny(text, token, TextingWords);
    }
}
