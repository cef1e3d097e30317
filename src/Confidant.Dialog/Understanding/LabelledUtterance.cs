namespace Confidant.Dialog.Understanding;

/// <summary>One line of a labelled evaluation set.</summary>
/// <param name="Text">The message, as the bot would see it (placeholders included).</param>
/// <param name="IntentId">The expected intent, or <see langword="null"/> for out of scope (<c>none</c> in the file).</param>
/// <param name="Line">The 1-based line in the file.</param>
public sealed record LabelledUtterance(string Text, string? IntentId, int Line);
