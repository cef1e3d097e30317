namespace Confidant.Cli.Eval.Presidio;

/// <summary>How the detector did on the cases of one Presidio entity type.</summary>
internal sealed class PresidioEntityOutcome(string entityType, string className)
{
    /// <summary>Presidio's entity type.</summary>
    public string EntityType { get; } = entityType;

    /// <summary>Our class it maps to.</summary>
    public string ClassName { get; } = className;

    /// <summary>Positive cases that passed.</summary>
    public int PositivePassed { get; set; }

    /// <summary>Positive cases in all.</summary>
    public int PositiveCases { get; set; }

    /// <summary>Negative cases that passed.</summary>
    public int NegativePassed { get; set; }

    /// <summary>Negative cases in all.</summary>
    public int NegativeCases { get; set; }

    /// <summary>Every case.</summary>
    public int Cases => PositiveCases + NegativeCases;

    /// <summary>Cases that passed.</summary>
    public int Passed => PositivePassed + NegativePassed;

    /// <summary>Cases that failed.</summary>
    public int Failed => Cases - Passed;

    /// <summary>Share of cases that passed (1 when there are none).</summary>
    public double PassRate => Cases == 0 ? 1 : (double)Passed / Cases;

    /// <summary>Line numbers of the failing cases in the cases file.</summary>
    public List<int> FailedLines { get; } = [];
}
