namespace Confidant.Cli.Eval.Metrics;

/// <summary>True positives, false positives and false negatives of one class (or of all, for the micro average).</summary>
internal sealed class ClassCounts
{
    /// <summary>Predictions that matched a gold span.</summary>
    public int TruePositives { get; set; }

    /// <summary>Predictions that matched no gold span.</summary>
    public int FalsePositives { get; set; }

    /// <summary>Gold spans that no prediction matched.</summary>
    public int FalseNegatives { get; set; }

    /// <summary>Number of gold spans.</summary>
    public int Gold => TruePositives + FalseNegatives;

    /// <summary>Number of predicted spans.</summary>
    public int Predicted => TruePositives + FalsePositives;

    /// <summary>Precision, recall, F1 and F2 of these counts.</summary>
    public Scores Scores => Scores.From(TruePositives, FalsePositives, FalseNegatives);

    /// <summary>Adds <paramref name="other"/> to these counts.</summary>
    public void Add(ClassCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        FalseNegatives += other.FalseNegatives;
    }
}
