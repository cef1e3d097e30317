using Confidant.Detection.Taxonomy;

namespace Confidant.Redaction.Shaping;

/// <summary>A value that was tokenized: where it was, its class, and the vault token that replaced it.</summary>
/// <param name="Class">The class.</param>
/// <param name="Start">Start offset in the message.</param>
/// <param name="End">End offset (exclusive) in the message.</param>
/// <param name="Token">The vault token.</param>
/// <param name="DisplayHint">The vault's non-sensitive display hint, if any.</param>
public sealed record TokenizedFinding(DataClass Class, int Start, int End, string Token, string? DisplayHint);
