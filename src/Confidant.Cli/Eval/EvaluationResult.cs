using Confidant.Cli.Eval.Metrics;

namespace Confidant.Cli.Eval;

/// <summary>The outcome of evaluating the detector on a corpus.</summary>
internal sealed class EvaluationResult
{
    /// <summary>Counts per class and overall.</summary>
    public EvaluationTally Tally { get; } = new();

    /// <summary>Messages scanned.</summary>
    public int MessageCount { get; set; }

    /// <summary>Messages the detector refused (too long); their gold spans count as missed.</summary>
    public int FailedMessages { get; set; }

    /// <summary>Gold labels without a Confidant class, with counts (excluded).</summary>
    public IReadOnlyDictionary<string, int> Unsupported { get; init; } = new Dictionary<string, int>();

    /// <summary>Predictions of classes the corpus cannot label, with counts (not scored).</summary>
    public SortedDictionary<string, int> IgnoredPredictions { get; } = new(StringComparer.Ordinal);

    /// <summary>Every missed gold span (<c>Missed</c> true) and spurious prediction, by message index.</summary>
    public List<(int Message, LabelledSpan Span, bool Missed)> Errors { get; } = [];

    /// <summary>Classes the report covers that have no gold span in the corpus.</summary>
    public IReadOnlyList<string> ClassesWithoutGold { get; set; } = [];
}
