using Confidant.Cli.Eval.Metrics;
using Confidant.Detection;

namespace Confidant.Cli.Eval.Presidio;

/// <summary>
/// Runs Presidio's recognizer test vectors through the whole detector. A positive case passes when
/// every expected position is matched (one to one, same rule as the evaluation: overlap at least
/// half the longer span) by a finding of the mapped class; when a positive case gives no positions,
/// it passes with at least the expected number of such findings. A negative case passes when there
/// is no finding of the mapped class. Findings of other classes are ignored: Presidio's expectation
/// is about one recognizer, we run them all.
/// </summary>
internal static class PresidioCaseRunner
{
    public static PresidioCasesResult Run(ISensitiveDataDetector detector, IReadOnlyList<PresidioCase> cases)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(cases);
        var result = new PresidioCasesResult();
        foreach (var presidioCase in cases)
        {
            if (!PresidioEntityMap.TryMap(presidioCase.EntityType, out var className))
            {
                result.Unsupported[presidioCase.EntityType] = result.Unsupported.TryGetValue(presidioCase.EntityType, out var n) ? n + 1 : 1;
                continue;
            }

            if (!result.Entities.TryGetValue(presidioCase.EntityType, out var outcome))
            {
                outcome = new PresidioEntityOutcome(presidioCase.EntityType, className);
                result.Entities.Add(presidioCase.EntityType, outcome);
            }

            result.CasesByLine[presidioCase.Line] = presidioCase;
            var passed = Passes(detector, presidioCase, className);
            if (presidioCase.IsPositive)
            {
                outcome.PositiveCases++;
                outcome.PositivePassed += passed ? 1 : 0;
            }
            else
            {
                outcome.NegativeCases++;
                outcome.NegativePassed += passed ? 1 : 0;
            }

            if (!passed)
            {
                outcome.FailedLines.Add(presidioCase.Line);
            }
        }

        return result;
    }

    /// <summary>Whether the detector passes one case.</summary>
    public static bool Passes(ISensitiveDataDetector detector, PresidioCase presidioCase, string className)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(presidioCase);
        IReadOnlyList<Finding> findings;
        try
        {
            findings = detector.Detect(presidioCase.Text).Findings;
        }
        catch (InputTooLargeException)
        {
            return false;
        }

        var predicted = new List<LabelledSpan>();
        foreach (var finding in findings)
        {
            if (finding.Class.Name == className)
            {
                predicted.Add(new LabelledSpan(finding.Start, finding.End, className));
            }
        }

        if (!presidioCase.IsPositive)
        {
            return predicted.Count == 0;
        }

        if (presidioCase.Positions.Count == 0)
        {
            return predicted.Count >= presidioCase.ExpectedCount;
        }

        var offsets = new CodePointOffsets(presidioCase.Text);
        var gold = new List<LabelledSpan>(presidioCase.Positions.Count);
        foreach (var (start, end) in presidioCase.Positions)
        {
            gold.Add(new LabelledSpan(offsets.ToUtf16(start), offsets.ToUtf16(end), className));
        }

        return SpanMatcher.CountMatched(gold, predicted) == gold.Count;
    }
}
