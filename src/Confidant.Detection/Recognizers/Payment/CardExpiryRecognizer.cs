using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Payment;

/// <summary>
/// Card expiry dates: MM/YY, MM/YYYY, MM-YY, "01 / 27", "jan 2027", reported only after an expiry
/// word ("exp", "valid thru", "vence", "gültig bis") or right after a card number in the same
/// sentence; any other month/year is just a date.
/// </summary>
internal sealed class CardExpiryRecognizer : IRecognizer
{
    public const string RecognizerId = "payment.expiry";

    /// <summary>How far after a card number its expiry date may follow.</summary>
    private const int MaxGapAfterCard = 48;

    public string Id => RecognizerId;

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.CardExpiry];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < 2)
        {
            return;
        }

        var tokens = context.Tokens;
        var cards = CandidateBlock.Of(context, CardNumberRecognizer.RecognizerId);

        // Both forms need digits: the year after a month (a number or a word) or the compact MMYY
        // itself, so only a digit token and the token before it are tried, in order.
        var next = 0; // first token not tried yet
        foreach (var digitToken in context.DigitTokens)
        {
            // What this digit token must look like for either form to match, tested on its record:
            // as the year after a month (a number or a word just before it), or as the month (one
            // or two digits) or a compact MMYY. The token before is tried only when it holds no
            // digit (a digit token had its own turn), so it can only be a month word.
            var allDigits = digitToken.Is(TokenShape.AllDigits);
            if (!allDigits && digitToken.Is(TokenShape.HasLetter))
            {
                TryGlued(context, cards, digitToken);
                continue;
            }

            var mayBeYear = allDigits && digitToken.Length is 2 or 4;
            var mayStartHere = allDigits && digitToken.Length is <= 2 or 4;
            for (var i = Math.Max(digitToken.Index - 1, next); i <= digitToken.Index; i = next)
            {
                next = i + 1;
                if (!(i < digitToken.Index ? mayBeYear : mayStartHere))
                {
                    continue;
                }

                if (TryMonthYear(context, cards, i))
                {
                    next = i + 2; // the year is used
                }
                else
                {
                    TryCompact(context, cards, i);
                }
            }
        }
    }

    /// <summary>MM/YY, MM/YYYY, MM-YY, MM.YY (after an expiry word), "jan 2027", "Nov/27".</summary>
    private static bool TryMonthYear(ScanContext context, in CandidateBlock cards, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        if (i + 1 >= tokens.Length)
        {
            return false;
        }

        ref readonly var first = ref tokens[i];
        ref readonly var year = ref tokens[i + 1];
        if (!year.Is(TokenShape.AllDigits) || year.Length is not (2 or 4))
        {
            return false;
        }

        var separator = SeparatorBetween(text, first.End, year.Start);
        bool shape;
        if (first.Is(TokenShape.AllDigits))
        {
            // Month 1-12, and not part of a full date (01/27/2025, 2025-01-27).
            shape = first.Length <= 2 && separator is '/' or '-' or '.'
                && NumberText.ParseSmall(text.Slice(first.Start, first.Length)) is >= 1 and <= 12
                && (!NumberText.IsJoinedToDigits(text, first.Start, year.End) || IsSlashedCardDump(context, cards, first.Start, year.End));
        }
        else
        {
            shape = (first.Flags & WordFlags.Month) != 0
                && (separator is '/' or '-' || (separator == ' ' && year.Length == 4) || (separator == '\'' && year.Length == 2))
                && !NumberText.IsJoinedToDigits(text, year.Start, year.End);
        }

        if (!shape || (year.Length == 4 && !IsPlausibleYear(text.Slice(year.Start, 4))))
        {
            return false;
        }

        // "04.26" is a decimal unless an expiry word says otherwise, or it is the next field after
        // a card number ("4958 7019 8316 3855 / 09.31 / 127").
        return Report(context, cards, first.Start, year.End, requireWord: separator == '.' && !NextFieldAfterCard(context, cards, first.Start, year.End));
    }

    /// <summary>"exp 0925": four digits MMYY right after an expiry word.</summary>
    private static void TryCompact(ScanContext context, in CandidateBlock cards, int i)
    {
        var tokens = context.Tokens;
        ref readonly var token = ref tokens[i];
        if (token.Length != 4 || !token.Is(TokenShape.AllDigits) || i == 0
            || NumberText.ParseSmall(context.Text.Slice(token.Start, 2)) is < 1 or > 12
            || NumberText.IsJoinedToDigits(context.Text, token.Start, token.End))
        {
            return;
        }

        // After an expiry word, or as the field between a card number and its code with nothing
        // but a separator around: "4870 1983 1638 5963 0230 117".
        var field = NextFieldAfterCard(context, cards, token.Start, token.End)
            && NumberText.ParseSmall(context.Text.Slice(token.Start + 2, 2)) is >= 15 and <= 49; // "0800 200" is no expiry
        if ((tokens[i - 1].Context & ContextKinds.Expiry) != 0 || field)
        {
            Report(context, cards, token.Start, token.End, requireWord: !field);
        }
    }

    /// <summary>Expiry words typed against the date: "exp0928", "EXP1127".</summary>
    private static readonly Personal.WordSet GluedWords = new(["exp", "expiry", "expires", "expiration", "vence", "venc"]);

    /// <summary>
    /// "card#5128… exp0928 cvc372": an expiry word glued to a compact MMYY near a card number (a
    /// coupon's or a loyalty card's "exp0928" is not a payment card's); the digits are reported.
    /// </summary>
    private static void TryGlued(ScanContext context, in CandidateBlock cards, in DigitToken token)
    {
        var value = context.Text.Slice(token.Start, token.Length);
        if (token.Length is < 7 or > 14)
        {
            return;
        }

        var digits = value[^4..];
        var word = value[..^4];
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return;
            }
        }

        if (!GluedWords.Contains(word) || NumberText.ParseSmall(digits[..2]) is < 1 or > 12
            || !(FollowsCard(context, cards, token.Start) || cards.Overlaps(context, token.End, Math.Min(context.Text.Length, token.End + MaxGapAfterCard))))
        {
            return;
        }

        context.Add(DataClasses.CardExpiry, token.End - 4, token.End, Scores.PatternWithContext, RecognizerId, null, ContextKinds.Expiry);
    }

    private static bool Report(ScanContext context, in CandidateBlock cards, int start, int end, bool requireWord)
    {
        var hasWord = (context.ContextBefore(start, 6) & ContextKinds.Expiry) != 0
            || (context.ContextAfter(end, 2) & ContextKinds.Expiry) != 0;
        var afterCard = FollowsCard(context, cards, start);
        if (!(hasWord || (afterCard && !requireWord)) || IsAboutIdDocument(context, cards, start))
        {
            return false;
        }

        var score = hasWord && afterCard ? Scores.PatternWithContext + 0.05 : Scores.PatternWithContext;
        context.Add(DataClasses.CardExpiry, start, end, score, RecognizerId, null, hasWord ? ContextKinds.Expiry : ContextKinds.None);
        return true;
    }

    /// <summary>
    /// Passports and licences expire too, and so do leases, policies and offers ("my lease expires
    /// 04/28"): their dates are not card data unless a card is mentioned.
    /// </summary>
    private static bool IsAboutIdDocument(ScanContext context, in CandidateBlock cards, int start)
    {
        const ContextKinds documents = ContextKinds.Passport | ContextKinds.DriverLicense | ContextKinds.Identity;
        var before = context.ContextBefore(start, 10);
        if ((before & ContextKinds.Card) != 0 || FollowsCard(context, cards, start)
            || ((before | context.ContextAfter(start, 4)) & ContextKinds.Cvv) != 0)
        {
            return false; // "membership renewal: exp 09/27 cvc 123" is a card's
        }

        if ((before & documents) != 0)
        {
            return true;
        }

        // A thing that expires only when it is what expires: "my lease expires 04/28", "policy expires
        // on 09/27"; not "subscription: 4958 xxxx xxxx 3855 exp 09/28" or "policy renews, new exp
        // 11/28 on the same Visa", where the date is the card's ("new" is checked below).

        var tokens = context.Tokens;
        var index = context.TokenIndexAt(start);
        for (var k = Math.Max(0, index - 6); k < index; k++)
        {
            if (Personal.TokenText.IsAny(context.Text, tokens[k], PaymentWords) || Personal.TokenText.Is(context.Text, tokens[k], "new"))
            {
                return false; // "my subscription payment failed, new expiry date 11/27"
            }
        }

        for (var k = Math.Max(0, index - 4); k < index; k++)
        {
            // "my lease expires", "the policy has expired", "venc. factura 05/26", "venc. del recibo 07/26".
            if ((tokens[k].Context & ContextKinds.Expiry) != 0
                && ((k > 0 && Personal.TokenText.IsAny(context.Text, tokens[k - 1], ExpiringThings))
                    || (k > 1 && Personal.TokenText.IsAny(context.Text, tokens[k - 2], ExpiringThings))
                    || (k + 1 < index && Personal.TokenText.IsAny(context.Text, tokens[k + 1], ExpiringThings))
                    || (k + 2 < index && Personal.TokenText.IsAny(context.Text, tokens[k + 2], ExpiringThings))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words about paying, which make an expiry near a subscription or policy a card's.</summary>
    private static readonly Personal.WordSet PaymentWords = new(["payment", "payments", "pay", "billing", "pago", "paiement", "zahlung"]);

    /// <summary>Things besides cards that expire or fall due.</summary>
    private static readonly Personal.WordSet ExpiringThings = new(
    [
        "lease", "tenancy", "contract", "policy", "insurance", "subscription", "membership", "offer", "promo", "promotion",
        "coupon", "voucher", "warranty", "guarantee", "trial", "permit", "certificate", "registration", "domain", "licence",
        "license", "mot", "prescription", "contrato", "póliza", "poliza", "seguro", "suscripción", "oferta", "garantía",
        "bail", "contrat", "abonnement", "offre", "garantie", "vertrag", "mietvertrag", "abo", "angebot", "factura", "recibo",
        "invoice", "facture", "rechnung",
    ]);

    /// <summary>Three or four digits ending the text or a field: a security code.</summary>
    private static bool IsCodeField(ReadOnlySpan<char> field)
    {
        var digits = 0;
        while (digits < field.Length && char.IsAsciiDigit(field[digits]))
        {
            digits++;
        }

        return digits is 3 or 4 && (digits == field.Length || field[digits] is ' ' or '/' or '|' or ',' or '.' or '\n');
    }

    /// <summary>
    /// "2720078800490501/06/31/559": a card, its expiry and a three-digit code joined by '/'; not a
    /// full date after a card ("4096…/12/05/2024", whose "/2024" is a year, not a code).
    /// </summary>
    private static bool IsSlashedCardDump(ScanContext context, in CandidateBlock cards, int start, int end)
    {
        var text = context.Text;
        if (start < 1 || text[start - 1] != '/' || end + 4 > text.Length || text[end] != '/')
        {
            return false;
        }

        var code = 0;
        while (end + 1 + code < text.Length && char.IsAsciiDigit(text[end + 1 + code]))
        {
            code++;
        }

        var index = cards.LastEndingBy(context, start);
        return code == 3 && index >= 0 && context.Candidates[index].End == start - 1
            && context.Candidates[index].Score >= Scores.DefaultThreshold;
    }

    /// <summary>
    /// "4958 7019 8316 3855 / 09.31 / 127", "4870198316385963 0230 117": the
    /// date is the field between a card number and a security code, with nothing but spaces or one
    /// '/' or '|' around it.
    /// </summary>
    private static bool NextFieldAfterCard(ScanContext context, in CandidateBlock cards, int start, int end)
    {
        // The date must come before a security code as the next field, not before words, a full date
        // or nothing ("/ 11.50 was taken twice", "/ 12.40 / 2024-05-03", "/ 11.99").
        var text = context.Text;
        var after = text[end..];
        var separator = after.TrimStart(' ');
        if (separator.IsEmpty)
        {
            return false;
        }

        var marked = separator[0] is '/' or '|';
        var code = marked ? separator[1..].TrimStart(' ') : separator;
        if (code.Length == after.Length || !IsCodeField(code))
        {
            return false; // no separator at all: "0230117" is one number
        }

        // With spaces only, the code must end the message or its field: "…5963 0230 117", not
        // "…5963 1030 350 GBP at 10:30" (a time and an amount).
        var rest = code.TrimStart("0123456789").TrimStart(' ');
        if (!marked && !rest.IsEmpty && rest[0] is not (',' or '.' or ';' or '!' or '?' or '|' or ')' or '\n'))
        {
            return false;
        }

        var index = cards.LastEndingBy(context, start);
        if (index < 0)
        {
            return false;
        }

        ref readonly var card = ref context.Candidates[index];
        var gap = text[card.End..start];
        var mark = gap.Trim(' ');
        return card.Score >= Scores.DefaultThreshold && gap.Length is >= 1 and <= 4
            && (mark.IsEmpty || (mark.Length == 1 && mark[0] is '/' or '|'));
    }

    /// <summary>The separator between two tokens ('/', '-' or ' '), allowing one space around '/' and '-'; '\0' when there is none.</summary>
    private static char SeparatorBetween(ReadOnlySpan<char> text, int from, int to)
    {
        var gap = text[from..to];
        if (gap.Length == 1)
        {
            return gap[0] is '/' or '-' or ' ' or '.' ? gap[0] : '\0';
        }

        if (gap is " '" or " ’" or " ‘")
        {
            return '\''; // "Apr '29"
        }

        if (gap.Length is 2 or 3)
        {
            var trimmed = gap.Trim(' ');
            if (trimmed.Length == 1 && trimmed[0] is '/' or '-' && gap.Length - trimmed.Length <= 2)
            {
                return trimmed[0];
            }
        }

        return '\0';
    }

    private static bool IsPlausibleYear(ReadOnlySpan<char> year) => year[0] == '2' && year[1] == '0';

    private static bool FollowsCard(ScanContext context, in CandidateBlock cards, int start)
    {
        var index = cards.LastEndingBy(context, start);
        if (index < 0)
        {
            return false;
        }

        ref readonly var card = ref context.Candidates[index];
        return card.Score >= Scores.DefaultThreshold && start - card.End <= MaxGapAfterCard
            && !NumberText.HasSentenceBreak(context.Text[card.End..start]);
    }
}
