using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>
/// US National Provider Identifier: ten digits starting with 1 or 2 whose Luhn check (computed
/// with the 80840 health-industry prefix) passes. One ten-digit number in ten passes by chance and
/// ten-digit phone numbers are everywhere, so without a provider word the score stays below the
/// threshold.
/// </summary>
internal sealed class NpiRecognizer : IRecognizer
{
    private const int Length = 10;

    public string Id => "health.npi";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.Npi];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < Length)
        {
            return;
        }

        var text = context.Text;
        foreach (var token in context.DigitTokens)
        {
            if (token.Length != Length || (token.Shape & TokenShape.AllDigits) == 0 || text[token.Start] is not ('1' or '2'))
            {
                continue;
            }

            if (IdentifierValue.IsEmbedded(text, token.Start, token.End) || IsJoinedNumber(text, token)
                || !Luhn.IsValidWithPrefix("80840", text.Slice(token.Start, Length)))
            {
                continue;
            }

            var kinds = context.ContextAround(token.Start, token.End, 6, 2);
            var score = (kinds & ContextKinds.Npi) != 0 ? Scores.Validated : Scores.Weak;
            if ((kinds & ContextKinds.Benign) != 0)
            {
                score -= Scores.BenignContextPenalty;
            }

            context.Add(DataClasses.Npi, token.Start, token.End, score, Id, "luhn-80840", kinds & ContextKinds.Npi);
        }
    }

    /// <summary>True when a space or hyphen ties the token to neighbouring digits (part of a longer number).</summary>
    private static bool IsJoinedNumber(ReadOnlySpan<char> text, in DigitToken token)
    {
        var before = token.Start >= 2 && text[token.Start - 1] is ' ' or '-' && char.IsAsciiDigit(text[token.Start - 2]);
        var after = token.End + 1 < text.Length && text[token.End] is ' ' or '-' && char.IsAsciiDigit(text[token.End + 1]);
        return before || after;
    }
}
