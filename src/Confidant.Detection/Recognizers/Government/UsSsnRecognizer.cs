using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// US social security numbers. "123-45-6789" style (one consistent '-', ' ' or '.' separator) that
/// passes the SSA rules is reported on its own; nine bare digits, mixed separators and the
/// well-known sample numbers only when a word such as "SSN" or "social security" is near.
/// </summary>
internal sealed class UsSsnRecognizer() : NationalIdRecognizer("government.us-ssn", DataClasses.UsSsn, ContextKinds.Ssn, 9, "ssn",
    [3, 9], TokenShape.AllDigits)
{
    /// <summary>A formatted number that passes the area/group/serial rules, with no context.</summary>
    internal const double FormattedScore = 0.75;

    private static ReadOnlySpan<int> Groups => [3, 2, 4];

    protected override bool TryMatch(ScanContext context, int index, out IdMatch match)
    {
        match = default;
        if (!DigitGroups.TryMatch(context, index, Groups, out var end, out var next, out var separation))
        {
            return false;
        }

        var start = context.Tokens[index].Start;
        Span<char> digits = stackalloc char[9];
        if (!UsSsnValidator.TakeDigits(context.Text[start..end], digits) || !UsSsnValidator.IsStructurallyValid(digits))
        {
            return false;
        }

        if (UsSsnValidator.IsWellKnownExample(digits))
        {
            match = new IdMatch(start, end, next, Scores.Weak, Scores.PatternWithContext);
            return true;
        }

        match = separation switch
        {
            GroupSeparation.Consistent => new IdMatch(start, end, next, FormattedScore, Scores.ValidatedWithContext),
            GroupSeparation.Contiguous => new IdMatch(start, end, next, Scores.Weak, Scores.Validated),
            _ => new IdMatch(start, end, next, Scores.Weak, Scores.Validated),
        };
        return true;
    }
}
