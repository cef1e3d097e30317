using System.Globalization;
using Confidant.Dialog.Backends;
using Confidant.Dialog.Backends.Banking;
using Confidant.Dialog.Engine;
using static Confidant.Dialog.Bots.ActionResults;

namespace Confidant.Dialog.Bots;

/// <summary>The banking bot's actions, each a thin call to <see cref="IBankingBackend"/> with the customer's pseudonym.</summary>
public static class BankingActions
{
    /// <summary>Every banking action.</summary>
    public static IEnumerable<IBotAction> All(IBankingBackend bank) =>
    [
        BotAction.ForCustomer("banking.balance", async (r, c, ct) =>
        {
            var accounts = await bank.GetAccountsAsync(c, ct).ConfigureAwait(false);
            return Results(("accounts", "Your balance: " + string.Join("; ", accounts.Select(a => $"{a.DisplayName} {a.MaskedNumber}: {Money(a.Balance, a.Currency)}")) + "."));
        }),
        BotAction.ForCustomer("banking.transactions", async (r, c, ct) =>
        {
            var list = await bank.GetTransactionsAsync(c, 5, ct).ConfigureAwait(false);
            return Results(("list", string.Join("; ", list.Select(t => $"{t.Date.ToString("d MMM", CultureInfo.InvariantCulture)} {t.Description} {Money(t.Amount, t.Currency)}")) + "."));
        }),
        BotAction.ForCustomer("banking.freeze-card", (r, c, ct) => Change(bank.FreezeCardAsync(c, Slot(r, "card"), ct), r)),
        BotAction.ForCustomer("banking.unfreeze-card", (r, c, ct) => Change(bank.UnfreezeCardAsync(c, Slot(r, "card"), ct), r)),
        BotAction.ForCustomer("banking.report-lost-card", (r, c, ct) => Change(bank.ReportLostCardAsync(c, Slot(r, "card"), ct), r)),
        BotAction.ForCustomer("banking.transfer", async (r, c, ct) =>
        {
            // The payment the customer confirmed (amount, the pack's currency, payee), never re-read from the slots.
            if (r.Payment is not { } payment)
            {
                return Say("I couldn't read that transfer, so nothing was sent.");
            }

            var done = await bank.TransferAsync(c, new TransferInstruction(payment.Amount, payment.Currency, payment.Payee, r.IdempotencyKey), ct).ConfigureAwait(false);
            return done.Outcome switch
            {
                TransferOutcome.Completed => Results(("summary", done.Summary), ("reference", done.Reference ?? "-")),
                TransferOutcome.InsufficientFunds => Say("There isn't enough in the account for that transfer, so nothing was sent."),
                _ => Say("The bank refused that transfer, so nothing was sent. An agent can help if you ask for one."),
            };
        }),
        BotAction.ForCustomer("banking.change-address", (r, c, ct) => Change(bank.ChangeAddressAsync(c, Slot(r, "postcode"), null, ct), r)),
    ];

    private static async Task<ActionOutcome> Change(Task<ChangeResult> call, ActionRequest request)
    {
        var result = await call.ConfigureAwait(false);
        return result.Outcome switch
        {
            ChangeOutcome.Done or ChangeOutcome.Unchanged => Results(("reference", result.Reference ?? "-")),
            ChangeOutcome.NotFound => Say($"I couldn't find a card ending {Slot(request, "card")} on your account. Nothing was changed."),
            _ => Say("The bank couldn't do that here, so nothing was changed. An agent can help if you ask for one."),
        };
    }
}
