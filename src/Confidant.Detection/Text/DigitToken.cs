namespace Confidant.Detection.Text;

/// <summary>
/// A token holding a digit, with what recognizers of numbers test first (its length and shape, and
/// those of the token before it), kept side by side in <see cref="TokenIndexes.DigitTokens"/>. On a
/// long text the tokens themselves lie scattered over megabytes; most digit tokens fail a
/// recognizer's first test, which this short list answers without reading them.
/// </summary>
internal readonly struct DigitToken(int index, int start, int length, TokenShape shape, int previousLength, TokenShape previousShape)
{
    /// <summary>Index of the token in <see cref="Engine.ScanContext.Tokens"/>.</summary>
    public int Index { get; } = index;

    /// <summary>Where the token starts in <see cref="Engine.ScanContext.Text"/>.</summary>
    public int Start { get; } = start;

    /// <summary>The token's length in chars.</summary>
    public int Length { get; } = length;

    public int End => Start + Length;

    /// <summary>Length of the token before (0 when this is the first token), at most <see cref="ushort.MaxValue"/>.</summary>
    public int PreviousLength => _previousLength;

    public TokenShape Shape { get; } = shape;

    /// <summary>Shape of the token before (<see cref="TokenShape.None"/> when this is the first token).</summary>
    public TokenShape PreviousShape { get; } = previousShape;

    private readonly ushort _previousLength = (ushort)Math.Min(previousLength, ushort.MaxValue);

    public bool Is(TokenShape shape) => (Shape & shape) == shape;
}
