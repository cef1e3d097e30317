namespace Confidant.Cli.Eval.Metrics;

/// <summary>
/// The matching rule of the evaluation (docs/evaluation.md): a predicted span matches a gold span
/// when the classes are equal and they overlap by at least half the length of the longer of the
/// two. Half of the longer span, not of the shorter, so a prediction that swallows its neighbours
/// (a whole sentence for one card number) or covers a sliver of the value does not count.
/// </summary>
internal static class SpanMatchRule
{
    /// <summary>True when <paramref name="predicted"/> counts as finding <paramref name="gold"/>.</summary>
    public static bool Matches(LabelledSpan gold, LabelledSpan predicted)
    {
        if (!string.Equals(gold.Label, predicted.Label, StringComparison.Ordinal))
        {
            return false;
        }

        var overlap = gold.Overlap(predicted);
        var longer = Math.Max(gold.Length, predicted.Length);

        // Integer form of overlap >= longer / 2, so odd lengths are not rounded in anyone's favour.
        return overlap > 0 && 2L * overlap >= longer;
    }
}
