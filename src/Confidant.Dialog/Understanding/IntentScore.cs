namespace Confidant.Dialog.Understanding;

/// <summary>How one intent (or <c>none</c>) fared in an evaluation.</summary>
/// <param name="IntentId">The intent id, or <see cref="IntentEvaluation.NoneLabel"/>.</param>
/// <param name="Support">Utterances labelled with it.</param>
/// <param name="Predicted">Utterances the recognizer gave it.</param>
/// <param name="Correct">Utterances labelled with it that the recognizer gave it.</param>
public sealed record IntentScore(string IntentId, int Support, int Predicted, int Correct)
{
    /// <summary>Share of the recognizer's answers of this intent that were right; 0 when it never answered it.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Share of the utterances labelled with this intent that it found; 0 when there were none.</summary>
    public double Recall => Support == 0 ? 0 : (double)Correct / Support;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
