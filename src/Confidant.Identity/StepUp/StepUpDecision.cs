using Confidant.Identity.Factors;

namespace Confidant.Identity.StepUp;

/// <summary>What the engine may do.</summary>
public enum StepUpStatus
{
    /// <summary>Go ahead.</summary>
    Allowed,

    /// <summary>Ask the customer for a fresh second factor (<see cref="StepUpDecision.ChallengeId"/>), through the secure input, then try again.</summary>
    ChallengeRequired,

    /// <summary>Refused (by the deployment's authorization hook, or there is no way to confirm).</summary>
    Denied,
}

/// <summary>The step-up decision for one request.</summary>
/// <param name="Status">What to do.</param>
/// <param name="ChallengeId">The challenge to approve, when one is required.</param>
/// <param name="Factors">The factors that can approve it.</param>
/// <param name="Reason">A short reason code when denied.</param>
public sealed record StepUpDecision(StepUpStatus Status, Guid? ChallengeId, IReadOnlyList<SecondFactorKind> Factors, string? Reason)
{
    /// <summary>The security question to answer as well, when the deployment asks the knowledge check for this action.</summary>
    public string? KnowledgeQuestion { get; init; }
}

/// <summary>How an approval attempt ended.</summary>
public enum StepUpApproval
{
    /// <summary>Approved: the action may run once (<see cref="StepUpService.ConsumeAsync"/>).</summary>
    Approved,

    /// <summary>The code was wrong or used, or the transaction differs from the one the challenge is for.</summary>
    Refused,

    /// <summary>The challenge is unknown, expired, decided, or had too many wrong codes.</summary>
    Over,
}
