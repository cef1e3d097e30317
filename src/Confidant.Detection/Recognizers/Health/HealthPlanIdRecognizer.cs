using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>
/// Health plan member ids differ per insurer, so only context finds them: an insurance word
/// ("member id", "policy number", "insurance", "póliza", "mutuelle", "Versicherungsnummer") just
/// before an identifier of 6 to 20 letters and digits.
/// </summary>
internal sealed class HealthPlanIdRecognizer : IRecognizer
{
    private const int MinLength = 6;
    private const int MaxLength = 20;

    public string Id => "health.plan-id";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.HealthPlanId];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < 3)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((tokens[i].Shape & TokenShape.HasDigit) == 0)
            {
                continue;
            }

            // An id may start with letters glued by a hyphen to the digits ("XYZ-123456789").
            var first = i;
            if (i > 0 && tokens[i - 1].Shape == (TokenShape.HasLetter | TokenShape.AllUpper | TokenShape.AsciiOnly | TokenShape.Capitalized)
                && tokens[i - 1].Context == ContextKinds.None && tokens[i - 1].Length <= 4
                && text[tokens[i - 1].End..tokens[i].Start] is "-")
            {
                first = i - 1;
            }

            var last = IdentifierValue.Read(text, tokens, first, out var digits, out var letters, out _);
            var start = tokens[first].Start;
            var end = tokens[last].End;
            var length = digits + letters;
            var next = last;
            if (length is < MinLength or > MaxLength || digits < 3 || (letters == 0 && digits < 6)
                || IdentifierValue.LooksLikeDate(tokens, first, last) || IdentifierValue.LooksLikePhone(tokens, first, last) || IdentifierValue.IsEmbedded(text, start, end))
            {
                i = next;
                continue;
            }

            var kinds = context.ContextBefore(start, 5);
            if ((kinds & ContextKinds.HealthPlan) != 0 && (kinds & ContextKinds.Phone) == 0)
            {
                var score = Scores.PatternWithContext;
                if ((kinds & ContextKinds.Benign) != 0)
                {
                    score -= Scores.BenignContextPenalty;
                }

                context.Add(DataClasses.HealthPlanId, start, end, score, Id, context: kinds & ContextKinds.HealthPlan);
            }

            i = next;
        }
    }
}
