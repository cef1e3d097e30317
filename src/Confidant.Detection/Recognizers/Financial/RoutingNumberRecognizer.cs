using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Payment;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Financial;

/// <summary>
/// US ABA routing transit numbers: 9 digits (or XXXX-XXXX-X) with a valid checksum. One random
/// 9-digit number in ten passes the checksum and SSNs have 9 digits too, so only a routing word
/// ("routing", "ABA", "RTN", "transit") or the bank's dashed layout makes it a finding.
/// </summary>
internal sealed class RoutingNumberRecognizer : IRecognizer
{
    public const string RecognizerId = "financial.aba";

    private const ContextKinds Relevant = ContextKinds.Routing | ContextKinds.BankAccount | ContextKinds.Card
        | ContextKinds.Ssn | ContextKinds.TaxId | ContextKinds.Phone | ContextKinds.Benign;

    public string Id => RecognizerId;

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.RoutingNumber];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < 9)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        var resume = 0; // first token after the last value found
        foreach (var digitToken in context.DigitTokens)
        {
            var i = digitToken.Index;
            if (i < resume || !digitToken.Is(TokenShape.AllDigits) || digitToken.Length is not (9 or 4))
            {
                continue;
            }

            ref readonly var token = ref tokens[i];

            var last = i;
            var dashed = false;
            if (token.Length == 4)
            {
                // XXXX-XXXX-X, the layout printed on cheques.
                if (i + 2 >= tokens.Length || tokens[i + 1].Length != 4 || tokens[i + 2].Length != 1
                    || !tokens[i + 1].Is(TokenShape.AllDigits) || !tokens[i + 2].Is(TokenShape.AllDigits)
                    || !DashJoined(text, token, tokens[i + 1]) || !DashJoined(text, tokens[i + 1], tokens[i + 2]))
                {
                    continue;
                }

                last = i + 2;
                dashed = true;
            }

            var start = token.Start;
            var end = tokens[last].End;
            if (NumberText.IsJoinedToDigits(text, start, end) || NumberText.HasSignOrCurrencyBefore(text, start)
                || !AbaRouting.IsValid(text[start..end]))
            {
                continue;
            }

            var (nearest, all) = ValueContext.Find(context, start, end, Relevant);
            double score;
            var used = ContextKinds.None;
            if ((all & ContextKinds.Routing) != 0)
            {
                score = Scores.ValidatedWithContext;
                used = ContextKinds.Routing;
            }
            else if (dashed && (nearest & ContextKinds.Benign) == 0)
            {
                score = Scores.StrongPattern;
            }
            else
            {
                score = Scores.Weak;
            }

            context.Add(DataClasses.RoutingNumber, start, end, score, RecognizerId, "aba", used);
            resume = last + 1;
        }
    }

    private static bool DashJoined(ReadOnlySpan<char> text, in Token a, in Token b) =>
        b.Start == a.End + 1 && text[a.End] == '-';
}
