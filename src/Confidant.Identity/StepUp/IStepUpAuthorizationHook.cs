namespace Confidant.Identity.StepUp;

/// <summary>
/// Lets a deployment put its own authorization service (fraud scoring, limits, a bank's
/// entitlement system) in front of every risky action. It runs before Confidant's own rules; it
/// can deny, require a fresh factor even for a low-risk action, or leave the decision to the rules.
/// </summary>
public interface IStepUpAuthorizationHook
{
    /// <summary>Decides for one request by a signed-in account.</summary>
    Task<HookVerdict> DecideAsync(Guid userId, StepUpRequest request, CancellationToken cancellationToken);
}

/// <summary>What the hook says.</summary>
public enum HookVerdict
{
    /// <summary>No objection: Confidant's rules decide.</summary>
    Continue,

    /// <summary>Require a fresh second factor whatever the risk level.</summary>
    RequireFreshFactor,

    /// <summary>Refuse the action.</summary>
    Deny,
}

/// <summary>The default hook: no objection.</summary>
internal sealed class NoObjectionHook : IStepUpAuthorizationHook
{
    public Task<HookVerdict> DecideAsync(Guid userId, StepUpRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(HookVerdict.Continue);
}
