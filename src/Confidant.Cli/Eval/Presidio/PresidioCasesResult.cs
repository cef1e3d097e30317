namespace Confidant.Cli.Eval.Presidio;

/// <summary>The outcome of running the Presidio test vectors.</summary>
internal sealed class PresidioCasesResult
{
    /// <summary>Outcomes per supported entity type, by type name.</summary>
    public SortedDictionary<string, PresidioEntityOutcome> Entities { get; } = new(StringComparer.Ordinal);

    /// <summary>Entity types we have no class for, with their case counts (not run).</summary>
    public SortedDictionary<string, int> Unsupported { get; } = new(StringComparer.Ordinal);

    /// <summary>The texts of the cases by line number, for the failure listing.</summary>
    public Dictionary<int, PresidioCase> CasesByLine { get; } = [];
}
