using Confidant.Dialog.Engine;
using Confidant.Dialog.Packs;
using Confidant.Identity.StepUp;
using Confidant.Server.Dialog;

namespace Confidant.Server.Account;

/// <summary>
/// The risk of each action the step-up API knows, decided by the server, never by the caller
/// (a client that could say "low" would skip step-up): the built-in banking actions and card
/// reveal, overridden and extended by the loaded bot pack's own actions, so a challenge the dialog
/// engine opens for any of the pack's actions can be approved with the same risk it was opened with.
/// </summary>
internal sealed class StepUpActions
{
    private static readonly Dictionary<string, (RiskLevel Risk, bool Payment)> BuiltIn = new(StringComparer.Ordinal)
    {
        ["balance"] = (RiskLevel.Low, false),
        ["transactions"] = (RiskLevel.Low, false),
        ["freeze-card"] = (RiskLevel.Medium, false),
        ["unfreeze-card"] = (RiskLevel.Medium, false),
        ["report-lost-card"] = (RiskLevel.Medium, false),
        ["change-address"] = (RiskLevel.High, false),
        ["reveal-card"] = (RiskLevel.High, false),
        ["transfer"] = (RiskLevel.High, true),
    };

    private readonly Dictionary<string, (RiskLevel Risk, bool Payment)> _known;

    /// <summary>Builds the list from the built-in actions and the dialog engine's pack, when the server runs one.</summary>
    public StepUpActions(IEnumerable<DialogEngine> engines)
    {
        _known = new(BuiltIn, StringComparer.Ordinal);
        foreach (var action in engines.SelectMany(e => e.Pack.Flows.Values).Select(f => f.Action).OfType<ActionDefinition>())
        {
            var request = StepUpActionGate.Request(action, null);
            _known[request.Action] = (request.Risk, action.Payment is not null);
        }
    }

    /// <summary>The request for an action name and, for a payment, its details; null with a reason when it cannot be made.</summary>
    public (StepUpRequest? Request, string? Problem) Build(StepUpBody? body)
    {
        if (body is null || string.IsNullOrEmpty(body.Action) || !_known.TryGetValue(body.Action, out var action))
        {
            return (null, $"action must be one of: {string.Join(", ", _known.Keys)}.");
        }

        if (!action.Payment)
        {
            return body.Amount is null && body.Payee is null && body.Currency is null
                ? (new StepUpRequest(body.Action, action.Risk), null)
                : (null, $"{body.Action} takes no amount, currency or payee.");
        }

        if (body.Amount is not { } amount || body.Currency is null || body.Payee is null)
        {
            return (null, $"{body.Action} needs amount, currency and payee.");
        }

        var payment = new PaymentDetails(amount, body.Currency, body.Payee);
        return payment.Problem() is { } problem ? (null, problem) : (new StepUpRequest(body.Action, action.Risk, payment), null);
    }
}
