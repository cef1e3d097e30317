namespace Confidant.Dialog.Understanding;

/// <summary>One intent the recognizer considered, with its score in [0, 1].</summary>
/// <param name="IntentId">The intent id.</param>
/// <param name="Score">How well the message matches the intent, in [0, 1].</param>
public readonly record struct IntentCandidate(string IntentId, double Score);
