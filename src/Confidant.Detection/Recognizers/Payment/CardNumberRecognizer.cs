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
        var i = 0;
        while (i < tokens.Length)
        {
            if (!tokens[i].Is(TokenShape.AllDigits))
            {
                i++;
                continue;
            }

            // i starts a run of grouped digit tokens (or follows a card found in the same run).
            var next = NumberText.HasSignOrCurrencyBefore(text, tokens[i].Start) ? -1 : TryMatch(context, i);
            if (next > 0)
            {
                i = next;
                continue;
            }

            // Only a run's first token may start a card: a card inside a longer grouped number
            // (a USPS tracking number in groups of four) is a chance Luhn match.
            i++;
            while (i < tokens.Length && tokens[i].Is(TokenShape.AllDigits) && NumberText.AreGrouped(text, tokens[i - 1], tokens[i]))
            {
                i++;
            }
        }
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
            if (!token.Is(TokenShape.AllDigits) || (j > first && !NumberText.AreGrouped(text, tokens[j - 1], token))
                || count + token.Length > MaxDigits)
            {
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

            if (rank == 2 && groupCount == 4 && count == 16)
            {
                break; // 4-4-4-4 is complete; a 3-digit group after it is far more often the CVV than a 19-digit card's tail
            }
        }

        if (best < 0)
        {
            return -1;
        }

        var start = tokens[first].Start;
        var end = tokens[best].End;
        var nearby = context.ContextAround(start, end);
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
            if ((nearby & ContextKinds.Benign) != 0)
            {
                // Order and tracking numbers pass Luhn one time in ten; without a card's grouping
                // the harmless word wins. A number printed in card groups is still a card.
                used = nearby & ContextKinds.Benign;
                score = bestGroups == 1 || weakShape ? Scores.Weak : score - (Scores.BenignContextPenalty / 5);
            }
        }

        context.Add(DataClasses.CardNumber, start, end, score, RecognizerId, "luhn", used);
        return best + 1;
    }
}
