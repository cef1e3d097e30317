namespace Confidant.Cli.Eval.Presidio;

/// <summary>One test vector from Presidio's recognizer tests.</summary>
/// <param name="Line">Its line number in the cases file (1-based): the case index reported.</param>
/// <param name="EntityType">Presidio's entity type for it.</param>
/// <param name="Text">The input text.</param>
/// <param name="ExpectedCount">How many findings Presidio's recognizer should return (0: a negative case).</param>
/// <param name="Positions">Expected spans, code-point offsets, end exclusive (may be empty even when positive).</param>
internal sealed record PresidioCase(int Line, string EntityType, string Text, int ExpectedCount, IReadOnlyList<(int Start, int End)> Positions)
{
    /// <summary>True when the case expects at least one finding.</summary>
    public bool IsPositive => ExpectedCount > 0;
}
