namespace Confidant.Detection;

/// <summary>The findings of one scan, ordered by start offset, not overlapping.</summary>
public sealed class DetectionResult
{
    /// <summary>The result of a scan that found nothing (shared, so a clean scan allocates nothing).</summary>
    public static DetectionResult Empty { get; } = new([]);

    internal DetectionResult(IReadOnlyList<Finding> findings) => Findings = findings;

    /// <summary>Findings, ordered by start offset.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>True when at least one value was found.</summary>
    public bool HasFindings => Findings.Count > 0;
}
