using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// US individual taxpayer identification numbers (9XX-GG-XXXX with the IRS group ranges). They
/// never pass the SSN rules (area 9XX), so the two recognizers do not compete. A word naming an
/// SSN also counts as context: people call their ITIN "my social".
/// </summary>
internal sealed class UsItinRecognizer() : NationalIdRecognizer("government.us-itin", DataClasses.UsItin,
    ContextKinds.Itin | ContextKinds.TaxId | ContextKinds.Ssn, 9, "itin", [3, 9], TokenShape.AllDigits)
{
    private static ReadOnlySpan<int> Groups => [3, 2, 4];

    protected override bool TryMatch(ScanContext context, int index, out IdMatch match)
    {
        match = default;
        if (context.Text[context.Tokens[index].Start] != '9'
            || !DigitGroups.TryMatch(context, index, Groups, out var end, out var next, out var separation))
        {
            return false;
        }

        var start = context.Tokens[index].Start;
        Span<char> digits = stackalloc char[9];
        if (!UsSsnValidator.TakeDigits(context.Text[start..end], digits) || !UsItinValidator.IsStructurallyValid(digits))
        {
            return false;
        }

        match = separation == GroupSeparation.Consistent
            ? new IdMatch(start, end, next, UsSsnRecognizer.FormattedScore, Scores.ValidatedWithContext)
            : new IdMatch(start, end, next, Scores.Weak, Scores.Validated);
        return true;
    }
}
