namespace Confidant.Cli.Eval.Metrics;

/// <summary>A labelled span of one message: UTF-16 offsets, end exclusive, and a class name.</summary>
/// <param name="Start">Start offset (UTF-16 code units).</param>
/// <param name="End">End offset, exclusive.</param>
/// <param name="Label">Class name, such as <c>CARD_NUMBER</c>.</param>
internal readonly record struct LabelledSpan(int Start, int End, string Label)
{
    /// <summary>Length of the span in UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>How many code units this span shares with <paramref name="other"/>.</summary>
    public int Overlap(LabelledSpan other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));
}
