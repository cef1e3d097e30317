using Confidant.Detection.Taxonomy;

namespace Confidant.Redaction.Policy;

/// <summary>A rule a profile imposes: for the (class, sink) pairs it covers, only the permitted actions.</summary>
/// <param name="Code">The stable error code reported when a policy breaks the rule.</param>
/// <param name="Profile">The profile, or null for Confidant's own baseline (always in force).</param>
/// <param name="Requirement">What the rule asks, in words, for the error message.</param>
/// <param name="AppliesTo">Which (class, sink) pairs it covers.</param>
/// <param name="Permitted">The actions that keep the rule.</param>
internal sealed record ProfileRule(
    string Code,
    PrivacyProfile? Profile,
    string Requirement,
    Func<DataClass, Sink, bool> AppliesTo,
    IReadOnlySet<RedactionAction> Permitted);
