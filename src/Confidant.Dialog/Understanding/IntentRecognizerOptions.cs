namespace Confidant.Dialog.Understanding;

/// <summary>Settings of an <see cref="IntentRecognizer"/>; read once, when it is built.</summary>
public sealed class IntentRecognizerOptions
{
    /// <summary>
    /// The lowest confidence, in [0, 1], at which an intent is returned; below it the answer is
    /// "none" and the bot says what it can do. Default 0.25.
    /// </summary>
    public double Threshold { get; set; } = 0.25;

    /// <summary>
    /// Characters of a message that are analysed; the rest is ignored, so a 100 KB message costs
    /// what its first characters cost. Default 2,000.
    /// </summary>
    public int MaxInputLength { get; set; } = 2000;

    /// <summary>How many ranked candidates a match carries. Default 5.</summary>
    public int MaxCandidates { get; set; } = 5;

    /// <summary>
    /// The lowest FuzzySharp ratio (0–100) at which an unknown word is taken for a known one
    /// ("balnce" for "balance"); 101 turns typo tolerance off. Default 80.
    /// </summary>
    public int FuzzyMinRatio { get; set; } = 80;

    /// <summary>Words shorter than this are never matched fuzzily. Default 4.</summary>
    public int FuzzyMinLength { get; set; } = 4;

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (double.IsNaN(Threshold) || Threshold is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "must be between 0 and 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxInputLength, 1, nameof(MaxInputLength));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxInputLength, 100_000, nameof(MaxInputLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCandidates, 1, nameof(MaxCandidates));
        ArgumentOutOfRangeException.ThrowIfLessThan(FuzzyMinRatio, 50, nameof(FuzzyMinRatio));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(FuzzyMinRatio, 101, nameof(FuzzyMinRatio));
        ArgumentOutOfRangeException.ThrowIfLessThan(FuzzyMinLength, 3, nameof(FuzzyMinLength));
    }
}
