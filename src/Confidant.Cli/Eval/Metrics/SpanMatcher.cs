namespace Confidant.Cli.Eval.Metrics;

/// <summary>
/// Pairs the predicted spans of one message with its gold spans, one to one, and counts the result.
/// Pairs that satisfy <see cref="SpanMatchRule"/> are taken greedily, largest overlap first, so two
/// predictions over one gold value give one true positive and one false positive.
/// </summary>
internal static class SpanMatcher
{
    /// <summary>Matches the spans of one message and adds the counts to <paramref name="tally"/>.</summary>
    /// <param name="gold">Gold spans.</param>
    /// <param name="predicted">Predicted spans.</param>
    /// <param name="tally">Counts to add to.</param>
    /// <param name="onError">Called with each missed gold span (true) and each spurious prediction (false).</param>
    public static void Match(IReadOnlyList<LabelledSpan> gold, IReadOnlyList<LabelledSpan> predicted, EvaluationTally tally,
        Action<LabelledSpan, bool>? onError = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(tally);

        var pairs = new List<(int Gold, int Predicted, int Overlap)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                if (SpanMatchRule.Matches(gold[g], predicted[p]))
                {
                    pairs.Add((g, p, gold[g].Overlap(predicted[p])));
                }
            }
        }

        // Largest overlap first; ties by position so the result does not depend on input order quirks.
        pairs.Sort((a, b) => b.Overlap != a.Overlap ? b.Overlap.CompareTo(a.Overlap)
            : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Predicted.CompareTo(b.Predicted));

        var goldMatched = new bool[gold.Count];
        var predictedMatched = new bool[predicted.Count];
        foreach (var (g, p, _) in pairs)
        {
            if (!goldMatched[g] && !predictedMatched[p])
            {
                goldMatched[g] = true;
                predictedMatched[p] = true;
                tally.For(gold[g].Label).TruePositives++;
            }
        }

        for (var g = 0; g < gold.Count; g++)
        {
            if (!goldMatched[g])
            {
                tally.For(gold[g].Label).FalseNegatives++;
                onError?.Invoke(gold[g], true);
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (!predictedMatched[p])
            {
                tally.For(predicted[p].Label).FalsePositives++;
                onError?.Invoke(predicted[p], false);
            }
        }
    }

    /// <summary>How many of <paramref name="gold"/> are matched one to one by <paramref name="predicted"/>.</summary>
    public static int CountMatched(IReadOnlyList<LabelledSpan> gold, IReadOnlyList<LabelledSpan> predicted)
    {
        var tally = new EvaluationTally();
        Match(gold, predicted, tally);
        return tally.Micro.TruePositives;
    }
}
