namespace Confidant.Dialog.Understanding;

/// <summary>One utterance the recognizer got wrong.</summary>
/// <param name="Utterance">The labelled utterance.</param>
/// <param name="Expected">Its label (<see cref="IntentEvaluation.NoneLabel"/> for out of scope).</param>
/// <param name="Actual">The recognizer's answer (<see cref="IntentEvaluation.NoneLabel"/> for a fallback).</param>
/// <param name="Confidence">The recognizer's confidence in its best candidate.</param>
public sealed record IntentConfusion(LabelledUtterance Utterance, string Expected, string Actual, double Confidence);
