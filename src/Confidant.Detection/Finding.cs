using Confidant.Detection.Taxonomy;

namespace Confidant.Detection;

/// <summary>
/// A sensitive value found in a text: where it is and what it is, never the value itself, so a
/// finding can be logged, counted and audited safely.
/// </summary>
public sealed class Finding
{
    internal Finding(DataClass dataClass, int start, int end, double score, FindingExplanation explanation)
    {
        Class = dataClass;
        Start = start;
        End = end;
        Score = score;
        Explanation = explanation;
    }

    /// <summary>The data class of the value.</summary>
    public DataClass Class { get; }

    /// <summary>Start offset in the scanned text (UTF-16 code units).</summary>
    public int Start { get; }

    /// <summary>End offset (exclusive) in the scanned text.</summary>
    public int End { get; }

    /// <summary>Length of the span.</summary>
    public int Length => End - Start;

    /// <summary>Confidence between 0 and 1: validator-confirmed above context-boosted above pattern-only.</summary>
    public double Score { get; }

    /// <summary>Why the value was reported.</summary>
    public FindingExplanation Explanation { get; }

    /// <summary>Describes the finding without its value.</summary>
    public override string ToString() => $"{Class.Name} [{Start}..{End}) score {Score:0.00} by {Explanation.RecognizerId}";
}

/// <summary>How a finding came about: which recognizer, which validator, which context words.</summary>
/// <param name="RecognizerId">The recognizer that reported it, such as <c>payment.card</c>.</param>
/// <param name="Validator">The validator that confirmed it (<c>luhn</c>, <c>mod97</c>...), if any.</param>
/// <param name="ContextWords">Context keywords seen near the value (keywords only, never user values).</param>
public sealed record FindingExplanation(string RecognizerId, string? Validator, IReadOnlyList<string> ContextWords);
