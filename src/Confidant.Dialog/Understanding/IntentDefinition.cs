namespace Confidant.Dialog.Understanding;

/// <summary>An intent as a bot pack declares it: example phrases and keywords.</summary>
/// <param name="Id">The intent id (unique in its pack).</param>
/// <param name="Examples">Example phrases a customer might type.</param>
/// <param name="Keywords">Words that point strongly at this intent (matched with typo tolerance).</param>
public sealed record IntentDefinition(string Id, IReadOnlyList<string> Examples, IReadOnlyList<string> Keywords);
