namespace Confidant.Dialog.Understanding;

/// <summary>What <see cref="IntentRecognizer.Recognize"/> made of a message.</summary>
/// <param name="IntentId">
/// The recognised intent, or <see langword="null"/> when no intent reached the threshold: the bot
/// falls back and says what it can do.
/// </param>
/// <param name="Confidence">
/// The score of the best candidate, in [0, 1], also when it was below the threshold.
/// </param>
/// <param name="Candidates">The best-scoring intents, best first (ties in declaration order).</param>
public sealed record IntentMatch(string? IntentId, double Confidence, IReadOnlyList<IntentCandidate> Candidates)
{
    /// <summary>The answer for a message with nothing to go on (empty, or only stop words).</summary>
    public static IntentMatch None { get; } = new(null, 0, []);

    /// <summary>True when no intent was recognised.</summary>
    public bool IsFallback => IntentId is null;
}
