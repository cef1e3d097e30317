using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>
/// Medical record numbers have no standard format, so only context finds them: a record word
/// ("MRN", "patient", "record", "historia", "dossier") with a medical word, just before an
/// identifier holding at least five digits.
/// </summary>
internal sealed class MedicalRecordNumberRecognizer : IRecognizer
{
    private const int MinDigits = 5;
    private const int ContextTokens = 6;

    public string Id => "health.mrn";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.MedicalRecordNumber];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < MinDigits)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        var resume = 0; // first token after the last value read
        foreach (var digitToken in context.DigitTokens)
        {
            var i = digitToken.Index;
            if (i < resume)
            {
                continue;
            }

            // Without a record word in the tokens before, no value here is reported: pass over it.
            if ((context.KindsOfTokensBefore(i, ContextTokens) & ContextKinds.MedicalRecord) == 0)
            {
                resume = IdentifierValue.End(text, tokens, i) + 1;
                continue;
            }

            var last = IdentifierValue.Read(text, tokens, i, out var digits, out var letters, out _);
            var nhsWord = HasNhsWordBefore(text, tokens, i);
            var nhs = nhsWord && IsSpacedNhsNumber(text, tokens, i);
            if (nhs)
            {
                (last, digits, letters) = (i + 2, 10, 0);
            }

            var start = tokens[i].Start;
            var end = tokens[last].End;
            var next = last;

            // An NHS number is written 3-3-4 like a phone number; its check digit tells them apart.
            nhs |= nhsWord && digits == 10 && NhsNumberValidator.IsValid(text[start..end]);
            if (digits < MinDigits || letters > 4 || IdentifierValue.LooksLikeDate(tokens, i, last)
                || (IdentifierValue.LooksLikePhone(tokens, i, last) && !nhs) || IdentifierValue.IsEmbedded(text, start, end))
            {
                resume = next + 1;
                continue;
            }

            var kinds = context.ContextBefore(start, ContextTokens);
            if ((kinds & ContextKinds.MedicalRecord) != 0)
            {
                // "record 12345" alone could be any record: it takes a medical word to be sure.
                var score = (kinds & ContextKinds.Medical) != 0 ? Scores.PatternWithContext : Scores.Weak;
                if ((kinds & ContextKinds.Benign) != 0)
                {
                    score -= Scores.BenignContextPenalty;
                }

                context.Add(DataClasses.MedicalRecordNumber, start, end, score, Id, nhs ? "nhs" : null,
                    kinds & (ContextKinds.MedicalRecord | ContextKinds.Medical));
            }

            resume = next + 1;
        }
    }

    /// <summary>"NHS" among the few words before token <paramref name="i"/>: only then is a 3-3-4 number taken for an NHS number, not a phone.</summary>
    private static bool HasNhsWordBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        for (var k = Math.Max(0, i - ContextTokens); k < i; k++)
        {
            if (text.Slice(tokens[k].Start, tokens[k].Length).Equals("nhs", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"695 418 5760": three groups of 3, 3 and 4 digits joined by single spaces, with a valid NHS check digit.</summary>
    private static bool IsSpacedNhsNumber(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Length || tokens[i].Length != 3 || tokens[i + 1].Length != 3 || tokens[i + 2].Length != 4)
        {
            return false;
        }

        for (var k = i; k <= i + 2; k++)
        {
            if (!tokens[k].Is(TokenShape.AllDigits) || (k > i && (tokens[k].Start != tokens[k - 1].End + 1 || text[tokens[k - 1].End] != ' ')))
            {
                return false;
            }
        }

        return NhsNumberValidator.IsValid(text[tokens[i].Start..tokens[i + 2].End]);
    }
}
