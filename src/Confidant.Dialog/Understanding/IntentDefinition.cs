namespace Confidant.Dialog.Understanding;

/// <summary>An intent as a bot pack declares it: example phrases and keywords.</summary>
/// <param name="Id">The intent id (unique in its pack).</param>
/// <param name="Examples">Example phrases a customer might type.</param>
/// <param name="Keywords">Words that point strongly at this intent (matched with typo tolerance).</param>
public sealed record IntentDefinition(string Id, IReadOnlyList<string> Examples, IReadOnlyList<string> Keywords)
{
    /// <summary>
    /// What the intent does, in a few words (<c>check your account balance</c>); the bot lists these
    /// when it did not understand ("I can help you …"). Optional.
    /// </summary>
    public string? Description { get; init; }
}
