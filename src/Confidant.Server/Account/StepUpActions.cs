using Confidant.Identity.StepUp;

namespace Confidant.Server.Account;

/// <summary>
/// The risk of each action the step-up API knows, decided by the server, never by the caller
/// (a client that could say "low" would skip step-up). The dialog engine's bot packs declare the
/// same for their own actions.
/// </summary>
internal static class StepUpActions
{
    private static readonly Dictionary<string, (RiskLevel Risk, bool Payment)> Known = new(StringComparer.Ordinal)
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

    /// <summary>The request for an action name and, for a payment, its details; null with a reason when it cannot be made.</summary>
    public static (StepUpRequest? Request, string? Problem) Build(StepUpBody? body)
    {
        if (body is null || string.IsNullOrEmpty(body.Action) || !Known.TryGetValue(body.Action, out var action))
        {
            return (null, $"action must be one of: {string.Join(", ", Known.Keys)}.");
        }

        if (!action.Payment)
        {
            return body.Amount is null && body.Payee is null && body.Currency is null
                ? (new StepUpRequest(body.Action, action.Risk), null)
                : (null, $"{body.Action} takes no amount, currency or payee.");
        }

        if (body.Amount is not { } amount || body.Currency is null || body.Payee is null)
        {
            return (null, "a transfer needs amount, currency and payee.");
        }

        var payment = new PaymentDetails(amount, body.Currency, body.Payee);
        return payment.Problem() is { } problem ? (null, problem) : (new StepUpRequest(body.Action, action.Risk, payment), null);
    }
}
