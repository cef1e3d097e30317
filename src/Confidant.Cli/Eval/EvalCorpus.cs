namespace Confidant.Cli.Eval;

/// <summary>A labelled corpus, read from one of the supported formats.</summary>
internal sealed class EvalCorpus
{
    /// <summary>The messages, in file order.</summary>
    public List<EvalMessage> Messages { get; } = [];

    /// <summary>Gold labels the detector has no class for, with their counts; excluded from the scores.</summary>
    public SortedDictionary<string, int> Unsupported { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The classes the corpus can label at all, or null when it can label every class. Predictions of
    /// other classes are not scored: an unlabelled class in the corpus says nothing about them.
    /// </summary>
    public IReadOnlySet<string>? ScoredClasses { get; init; }

    /// <summary>Counts a gold label that is excluded.</summary>
    public void AddUnsupported(string label) =>
        Unsupported[label] = Unsupported.TryGetValue(label, out var n) ? n + 1 : 1;
}
