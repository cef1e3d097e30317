using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Financial;

/// <summary>
/// IBANs, contiguous or in groups separated by single spaces or dashes: a registered country, that
/// country's exact length and a valid mod-97 check.
/// </summary>
internal sealed class IbanRecognizer : IRecognizer
{
    public const string RecognizerId = "financial.iban";

    /// <summary>Check digits plus some of the account: IBANs with letters in the account part (NL, GB, QA) have few digits.</summary>
    private const int MinDigits = 6;

    public string Id => RecognizerId;

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.Iban];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < MinDigits)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var first = ref tokens[i];
            if (first.Length < 4 || !first.Is(TokenShape.HasLetter | TokenShape.HasDigit | TokenShape.AsciiOnly)
                || !char.IsAsciiDigit(text[first.Start + 2]) || !char.IsAsciiDigit(text[first.Start + 3]))
            {
                continue;
            }

            var expected = IbanRegistry.LengthOf(text[first.Start], text[first.Start + 1]);
            if (expected == 0 || first.Length > expected)
            {
                continue;
            }

            // Add groups until the country's length is reached exactly.
            var total = first.Length;
            var last = i;
            while (total < expected && last + 1 < tokens.Length)
            {
                ref readonly var next = ref tokens[last + 1];
                if (next.Start != tokens[last].End + 1 || text[tokens[last].End] is not (' ' or '-')
                    || !next.Is(TokenShape.AsciiOnly) || total + next.Length > expected)
                {
                    break;
                }

                total += next.Length;
                last++;
            }

            var start = first.Start;
            var end = tokens[last].End;
            if (total != expected || !IbanValidator.IsValid(text[start..end]))
            {
                continue;
            }

            var hasWord = (context.ContextAround(start, end) & ContextKinds.Iban) != 0;
            context.Add(DataClasses.Iban, start, end, hasWord ? Scores.ValidatedWithContext : Scores.Validated, RecognizerId,
                "iban", hasWord ? ContextKinds.Iban : ContextKinds.None);
            i = last;
        }
    }
}
