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

        var text = context.Text;
        var tokens = context.Tokens;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            ref readonly var first = ref tokens[i];
            ref readonly var year = ref tokens[i + 1];
            if (!year.Is(TokenShape.AllDigits) || year.Length is not (2 or 4))
            {
                continue;
            }

            var separator = SeparatorBetween(text, first.End, year.Start);
            bool shape;
            if (first.Is(TokenShape.AllDigits))
            {
                // MM/YY or MM/YYYY, month 1-12, and not part of a full date (01/27/2025, 2025-01-27).
                shape = first.Length <= 2 && separator is '/' or '-'
                    && NumberText.ParseSmall(text.Slice(first.Start, first.Length)) is >= 1 and <= 12
                    && !NumberText.IsJoinedToDigits(text, first.Start, year.End);
            }
            else
            {
                // "jan 2027", "Jan/27".
                shape = (first.Flags & WordFlags.Month) != 0
                    && (separator is '/' or '-' || (separator == ' ' && year.Length == 4))
                    && !NumberText.IsJoinedToDigits(text, year.Start, year.End);
            }

            if (!shape || (year.Length == 4 && !IsPlausibleYear(text.Slice(year.Start, 4))))
            {
                continue;
            }

            var start = first.Start;
            var end = year.End;
            var hasWord = (context.ContextBefore(start, 4) & ContextKinds.Expiry) != 0
                || (context.ContextAfter(end, 2) & ContextKinds.Expiry) != 0;
            var afterCard = FollowsCard(context, start);
            if (!hasWord && !afterCard)
            {
                continue;
            }

            var score = hasWord && afterCard ? Scores.PatternWithContext + 0.05 : Scores.PatternWithContext;
            context.Add(DataClasses.CardExpiry, start, end, score, RecognizerId, null, hasWord ? ContextKinds.Expiry : ContextKinds.None);
            i++;
        }
    }

    /// <summary>The separator between two tokens ('/', '-' or ' '), allowing one space around '/' and '-'; '\0' when there is none.</summary>
    private static char SeparatorBetween(ReadOnlySpan<char> text, int from, int to)
    {
        var gap = text[from..to];
        if (gap.Length == 1)
        {
            return gap[0] is '/' or '-' or ' ' ? gap[0] : '\0';
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

    private static bool FollowsCard(ScanContext context, int start)
    {
        foreach (ref readonly var candidate in context.Candidates)
        {
            if (candidate.Class == DataClasses.CardNumber && candidate.Score >= Scores.DefaultThreshold
                && candidate.End <= start && start - candidate.End <= MaxGapAfterCard
                && !NumberText.HasSentenceBreak(context.Text[candidate.End..start]))
            {
                return true;
            }
        }

        return false;
    }
}
