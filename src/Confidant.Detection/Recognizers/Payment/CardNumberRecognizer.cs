using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Payment;

/// <summary>
/// Payment card numbers: 12-19 digits, contiguous or in groups joined by single separators, with
/// a scheme's prefix and length and a valid Luhn check digit.
/// </summary>
internal sealed class CardNumberRecognizer : IRecognizer
{
    public const string RecognizerId = "payment.card";

    private const int MinDigits = 12;
    private const int MaxDigits = 19;

    /// <summary>
    /// Words that make a number a reference rather than a card. Amount words ("charged", "pay",
    /// "total") are left out: people name amounts right next to the card they paid with.
    /// </summary>
    private const ContextKinds BenignKinds = ContextKinds.OrderReference | ContextKinds.Tracking | ContextKinds.Version;

    /// <summary>Words naming other numbers: two numbers near them are not the two parts of one card.</summary>
    private const ContextKinds OtherValueKinds = ContextKinds.BankAccount | ContextKinds.Routing | ContextKinds.Iban
        | ContextKinds.Ssn | ContextKinds.Itin | ContextKinds.Passport | ContextKinds.DriverLicense | ContextKinds.TaxId
        | ContextKinds.Phone | ContextKinds.Pin | ContextKinds.OneTimeCode | ContextKinds.Password | ContextKinds.MedicalRecord
        | ContextKinds.HealthPlan | ContextKinds.Npi | ContextKinds.Medicare | ContextKinds.Amount;

    public string Id => RecognizerId;

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.CardNumber];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < MinDigits)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        var resume = 0; // first token after the last card or run read
        foreach (var digitToken in context.DigitTokens)
        {
            var i = digitToken.Index;
            if (i < resume)
            {
                continue;
            }

            if (!digitToken.Is(TokenShape.AllDigits))
            {
                TryGlued(context, digitToken);
                continue;
            }

            // i starts a run of grouped digit tokens (or follows a card found in the same run).
            var signed = NumberText.HasSignOrCurrencyBefore(text, digitToken.Start);
            var next = signed ? -1 : TryMatch(context, i);
            if (next > 0)
            {
                resume = next;
                continue;
            }

            // Only a run's first token may start a card: a card inside a longer grouped number
            // (a USPS tracking number in groups of four) is a chance Luhn match.
            var runEnd = RunEnd(text, tokens, i);
            next = signed ? -1 : TrySplit(context, i, runEnd);
            resume = next > 0 ? next : runEnd + 1;
        }
    }

    /// <summary>Cards that are not payment cards: "gift card", "loyalty card", "Nectar card", "library card".</summary>
    private static readonly Personal.WordSet OtherCards = new(
        ["gift", "loyalty", "rewards", "reward", "points", "membership", "member", "library", "clubcard", "nectar", "voucher", "store", "sim"]);

    /// <summary>A word of <see cref="OtherCards"/> among the four tokens before token <paramref name="first"/>.</summary>
    private static bool OtherCardBefore(ScanContext context, int first)
    {
        var tokens = context.Tokens;
        for (var k = Math.Max(0, first - 4); k < first; k++)
        {
            if (OtherCards.Contains(context.Text.Slice(tokens[k].Start, tokens[k].Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A card number typed against a card word with no space, "cc4539148803436467" or
    /// "4539148803436467exp": only the digits are reported, and only when the letters on the one
    /// glued side are a card word of <see cref="GluedWords"/> (letters glued to digits are most
    /// often a product or reference code).
    /// </summary>
    private static void TryGlued(ScanContext context, in DigitToken token)
    {
        if (token.Length is < MinDigits + 2 or > MaxDigits + MaxGluedWordLength)
        {
            return;
        }

        var value = context.Text.Slice(token.Start, token.Length);
        // One run of digits with letters on one side only: plain loops, as the token is short.
        var first = 0;
        while (first < value.Length && !char.IsAsciiDigit(value[first]))
        {
            first++;
        }

        if (first == value.Length)
        {
            return;
        }

        var last = first;
        while (last + 1 < value.Length && char.IsAsciiDigit(value[last + 1]))
        {
            last++;
        }

        var digits = value[first..(last + 1)];
        var word = first > 0 ? value[..first] : value[(last + 1)..];
        if (digits.Length is < MinDigits or > MaxDigits || (first > 0 && last + 1 < value.Length) || !GluedWords.Contains(word)
            || CardSchemes.Classify(digits) != CardSchemes.Fit.Scheme || !Luhn.IsValid(digits))
        {
            return;
        }

        // "Case ID: CC4047…": a short code word in capitals is an id's prefix unless a card word is near.
        var nearby = context.ContextAround(token.Start, token.End);
        if ((nearby & BenignKinds) != 0
            || (word.Length <= 3 && char.IsAsciiLetterUpper(word[0]) && (nearby & ContextKinds.Card) == 0))
        {
            return;
        }

        context.Add(DataClasses.CardNumber, token.Start + first, token.Start + last + 1, Scores.ValidatedWithContext, RecognizerId,
            "luhn", ContextKinds.Card);
    }

    /// <summary>Card words people type against the number: before it ("cc", "visa") or after it ("exp", "cvv").</summary>
    private static readonly Personal.WordSet GluedWords =
        new(["cc", "ccn", "card", "cardno", "cardnumber", "visa", "mastercard", "amex", "exp", "expiry", "expires", "cvv", "cvc"]);

    /// <summary>The longest of <see cref="GluedWords"/>, which bounds the glued token's length.</summary>
    private const int MaxGluedWordLength = 10;

    /// <summary>A word between the two parts that names another kind of value ("acct 36464433, routing 635693183").</summary>
    private static bool HasOtherWord(ReadOnlySpan<Token> gap)
    {
        foreach (ref readonly var token in gap)
        {
            if ((token.Context & (OtherValueKinds | BenignKinds)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Index of the last token of the run of grouped digit tokens that starts at <paramref name="first"/>.</summary>
    private static int RunEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        var last = first;
        while (last + 1 < tokens.Length && tokens[last + 1].Is(TokenShape.AllDigits)
            && NumberText.GroupGap(text, tokens[last], tokens[last + 1]) != NumberText.Gap.None)
        {
            last++;
        }

        return last;
    }

    /// <summary>
    /// A card typed in two parts with a few words between ("4111 1111" ... "cont. 1111 1111"), as
    /// when a conversation's messages are scanned together: both parts are reported. Returns the
    /// index of the token after the second part, or -1.
    /// </summary>
    private static int TrySplit(ScanContext context, int first, int firstEnd)
    {
        const int MaxGapChars = 40;
        const int MaxGapTokens = 6;
        var text = context.Text;
        var tokens = context.Tokens;
        var second = firstEnd + 1;
        while (second < tokens.Length && second - firstEnd <= MaxGapTokens && !tokens[second].Is(TokenShape.HasDigit))
        {
            second++;
        }

        if (second >= tokens.Length || !tokens[second].Is(TokenShape.AllDigits) || second - firstEnd > MaxGapTokens
            || tokens[second].Start - tokens[firstEnd].End > MaxGapChars
            || NumberText.HasLineBreak(text[tokens[firstEnd].End..tokens[second].Start])
            || HasOtherWord(tokens[(firstEnd + 1)..second]))
        {
            return -1;
        }

        var secondEnd = RunEnd(text, tokens, second);
        if (InThrees(tokens, first, firstEnd) || InThrees(tokens, second, secondEnd))
        {
            return -1; // "622 884 930 and mine is 519 623 516": two ids in threes, no card's groups
        }

        Span<char> digits = stackalloc char[MaxDigits];
        var count = 0;
        var secondStartCount = 0;
        for (var j = first; j <= secondEnd; j++)
        {
            if (j == second)
            {
                secondStartCount = count;
            }

            if (j > firstEnd && j < second)
            {
                continue;
            }

            if (count + tokens[j].Length > MaxDigits)
            {
                return -1;
            }

            text.Slice(tokens[j].Start, tokens[j].Length).CopyTo(digits[count..]);
            count += tokens[j].Length;
        }

        var value = digits[..count];
        var secondPart = value[secondStartCount..];
        if (secondStartCount < 3 || secondPart.Length < 3 || CardSchemes.Classify(value) != CardSchemes.Fit.Scheme
            || !Luhn.IsValid(value)
            || (secondPart.Length >= MinDigits && CardSchemes.Classify(secondPart) != CardSchemes.Fit.None && Luhn.IsValid(secondPart)))
        {
            return -1;
        }

        var nearby = context.ContextAround(tokens[first].Start, tokens[secondEnd].End, 8, 3);
        if ((nearby & (BenignKinds | OtherValueKinds)) != 0)
        {
            return -1;
        }

        var hasWord = (nearby & ContextKinds.Card) != 0;
        var score = hasWord ? Scores.Validated : Scores.StrongPattern;
        var used = hasWord ? ContextKinds.Card : ContextKinds.None;
        context.Add(DataClasses.CardNumber, tokens[first].Start, tokens[firstEnd].End, score, RecognizerId, "luhn", used);
        context.Add(DataClasses.CardNumber, tokens[second].Start, tokens[secondEnd].End, score, RecognizerId, "luhn", used);
        return secondEnd + 1;
    }

    /// <summary>
    /// True when tokens <paramref name="first"/> to <paramref name="last"/> are two or more groups of
    /// three digits: a SIN or a national number's layout, which no card scheme writes.
    /// </summary>
    private static bool InThrees(ReadOnlySpan<Token> tokens, int first, int last)
    {
        if (last == first)
        {
            return false;
        }

        for (var j = first; j <= last; j++)
        {
            if (tokens[j].Length != 3)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tries card numbers starting at token <paramref name="first"/>; returns the index of the token after the card, or -1.</summary>
    private int TryMatch(ScanContext context, int first)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        Span<char> digits = stackalloc char[MaxDigits];
        Span<byte> groups = stackalloc byte[MaxDigits];
        var count = 0;
        var groupCount = 0;
        var best = -1;
        var bestRank = 0;
        var bestGroups = 0;
        var bestFit = CardSchemes.Fit.None;
        for (var j = first; j < tokens.Length; j++)
        {
            ref readonly var token = ref tokens[j];
            var gap = j > first ? NumberText.GroupGap(text, tokens[j - 1], token) : NumberText.Gap.Tight;
            if (!token.Is(TokenShape.AllDigits) || gap == NumberText.Gap.None || count + token.Length > MaxDigits)
            {
                break;
            }

            if (bestRank == 2 && bestGroups == 4 && count == 16 && gap == NumberText.Gap.Spaced)
            {
                // 4-4-4-4 is complete: three more digits after a space are far more often the CVV than
                // the tail of a 19-digit card (which is written with the same separator throughout).
                break;
            }

            text.Slice(token.Start, token.Length).CopyTo(digits[count..]);
            count += token.Length;
            groups[groupCount++] = (byte)token.Length;
            if (count < MinDigits)
            {
                continue;
            }

            var value = digits[..count];
            var fit = CardSchemes.Classify(value);
            if (fit == CardSchemes.Fit.None || !Luhn.IsValid(value))
            {
                continue;
            }

            // Prefer the way cards are printed, so a CVV or year after the number is not swallowed;
            // among equals, the longest.
            var rank = groupCount == 1 || CardSchemes.IsCardGrouping(groups[..groupCount]) ? 2 : 1;
            if (rank >= bestRank)
            {
                best = j;
                bestRank = rank;
                bestGroups = groupCount;
                bestFit = fit;
            }
        }

        if (best < 0)
        {
            return -1;
        }

        var start = tokens[first].Start;
        var end = tokens[best].End;
        var nearby = context.ContextAround(start, end);
        if (bestFit == CardSchemes.Fit.NamedOnly && ((nearby & ContextKinds.Card) == 0 || (nearby & (BenignKinds | OtherValueKinds)) != 0
            || OtherCardBefore(context, first)))
        {
            return -1; // "Consumer number 8136…", "Kargo takip no 9792…", "Loyalty card 8200…"
        }

        var weakShape = bestRank == 1 || bestFit == CardSchemes.Fit.ShortMaestro;
        double score;
        var used = ContextKinds.None;
        if ((nearby & ContextKinds.Card) != 0)
        {
            score = weakShape ? Scores.Validated : Scores.ValidatedWithContext;
            used = ContextKinds.Card;
        }
        else
        {
            score = weakShape ? Scores.StrongPattern : Scores.Validated;
            if ((nearby & BenignKinds) != 0)
            {
                // Order and tracking numbers pass Luhn one time in ten; without a card's grouping
                // the harmless word wins. A number printed in card groups is still a card.
                used = nearby & BenignKinds;
                score = bestGroups == 1 || weakShape ? Scores.Weak : score - (Scores.BenignContextPenalty / 5);
            }
        }

        context.Add(DataClasses.CardNumber, start, end, score, RecognizerId, "luhn", used);
        return best + 1;
    }
}
