namespace Confidant.Audit.Verification;

/// <summary>
/// The first thing found wrong: its kind, the first entry concerned, and a sentence for the
/// auditor. When the stored hashes beside the entries were rewritten as well, the stored tree can
/// only narrow it down to a few neighbouring entries: [<see cref="Index"/>, <see cref="EndIndex"/>).
/// </summary>
/// <param name="Kind">What kind of change.</param>
/// <param name="Index">The first entry concerned (for <see cref="TamperKind.Unlocated"/>, the start of the range).</param>
/// <param name="Description">What was found, in words; never entry content.</param>
public sealed record VerificationProblem(TamperKind Kind, long Index, string Description)
{
    /// <summary>The end (exclusive) of the entries the problem may be in; <see cref="Index"/> + 1 when it is exactly one.</summary>
    public long EndIndex { get; init; } = Index + 1;
}
