using Confidant.Dialog.Engine;
using Confidant.Dialog.Packs;
using Confidant.Identity.Factors;
using Confidant.Identity.Sessions;
using Confidant.Identity.StepUp;

namespace Confidant.Server.Dialog;

/// <summary>
/// The dialog engine's action gate on the server: step-up through <see cref="StepUpService"/> with
/// the signed-in session (carried in <see cref="DialogContext.Host"/>). A payment's challenge is
/// bound to its amount, currency and payee.
/// </summary>
internal sealed class StepUpActionGate(IServiceScopeFactory scopes) : IActionGate
{
    public async Task<GateDecision> CheckAsync(DialogContext context, ActionDefinition action, PaymentValues? payment, CancellationToken cancellationToken)
    {
        if (context.Host is not SessionInfo session)
        {
            // A visitor's low-risk action (a search, a triage) needs no account; anything more does.
            return action.Risk == ActionRisk.Low && payment is null ? new GateDecision.Allowed() : new GateDecision.Denied("sign-in-required");
        }

        using var scope = scopes.CreateScope();
        var decision = await scope.ServiceProvider.GetRequiredService<StepUpService>().RequireAsync(session, Request(action, payment), null, cancellationToken).ConfigureAwait(false);
        return decision.Status switch
        {
            StepUpStatus.Allowed => new GateDecision.Allowed(),
            StepUpStatus.ChallengeRequired => new GateDecision.Challenge(new StepUpPrompt(decision.ChallengeId!.Value, action.Id, [.. decision.Factors.Select(SecondFactorNames.Of)], payment?.Amount, payment?.Currency, payment?.Payee)),
            _ => new GateDecision.Denied(decision.Reason ?? "denied"),
        };
    }

    public async Task<bool> ConsumeAsync(DialogContext context, Guid challengeId, ActionDefinition action, PaymentValues? payment, CancellationToken cancellationToken)
    {
        if (context.Host is not SessionInfo session)
        {
            return false;
        }

        using var scope = scopes.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<StepUpService>().ConsumeAsync(session, challengeId, Request(action, payment), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The step-up request: the action's own name (the part after the bot's prefix) and risk.</summary>
    internal static StepUpRequest Request(ActionDefinition action, PaymentValues? payment) => new(
        StepUpName(action.Id),
        action.Risk switch { ActionRisk.Low => RiskLevel.Low, ActionRisk.Medium => RiskLevel.Medium, _ => RiskLevel.High },
        payment is null ? null : new PaymentDetails(payment.Amount, payment.Currency, payment.Payee));

    internal static string StepUpName(string actionId) => actionId[(actionId.IndexOf('.', StringComparison.Ordinal) + 1)..];
}
