using System.Globalization;
using Confidant.Dialog.Backends;
using Confidant.Dialog.Backends.Retail;
using Confidant.Dialog.Engine;
using static Confidant.Dialog.Bots.ActionResults;

namespace Confidant.Dialog.Bots;

/// <summary>The shop's actions. An order is paid with the card's vault token; the backend never sees a card number.</summary>
public static class RetailActions
{
    /// <summary>Every retail action.</summary>
    public static IEnumerable<IBotAction> All(IRetailBackend shop) =>
    [
        new BotAction("retail.find", async (r, ct) =>
        {
            var items = await shop.FindProductsAsync(Slot(r, "query"), ct).ConfigureAwait(false);
            return items.Count == 0
                ? Say("I couldn't find anything like that. Try another word, or give me an item number.")
                : Results(("items", "I found: " + string.Join("; ", items.Take(5).Select(p => $"#{p.ItemNumber} {p.Name}, {Money(p.Price, p.Currency)}")) + ". Say \"order #\" and the number to buy one."));
        }),
        BotAction.ForCustomer("retail.order", async (r, customer, ct) =>
        {
            var item = await shop.GetItemAsync(Slot(r, "item"), ct).ConfigureAwait(false);
            if (item is null || !r.Slots.TryGetValue("card", out var card) || card.Tokens.Count == 0)
            {
                return Say($"I couldn't find item #{Slot(r, "item")}, so nothing was ordered. Check the number on the product page.");
            }

            var quantity = int.TryParse(Slot(r, "quantity"), NumberStyles.None, CultureInfo.InvariantCulture, out var q) ? q : 1;
            var order = await shop.PlaceOrderAsync(customer, item.ItemNumber, quantity, new CardToken(card.Tokens[0], card.Value ?? string.Empty), r.IdempotencyKey, ct).ConfigureAwait(false);
            return Results(("summary", $"{quantity} × {item.Name}, {Money(order.Total, order.Currency)}, paid with {order.PaidWith}"), ("order", order.OrderId));
        }),
        new BotAction("retail.status", async (r, ct) =>
        {
            var order = Customer(r) is { } customer ? await shop.GetOrderStatusAsync(customer, Slot(r, "order"), ct).ConfigureAwait(false) : null;
            return order is null ? Say("I couldn't find that order on your account.") : Results(("status", order.State.ToString().ToLowerInvariant()));
        }),
        BotAction.ForCustomer("retail.return", async (r, customer, ct) =>
        {
            var result = await shop.StartReturnAsync(customer, Slot(r, "order"), ct).ConfigureAwait(false);
            return result.Outcome is ChangeOutcome.Done or ChangeOutcome.Unchanged
                ? Results(("reference", result.Reference ?? "-"), ("instructions", "Print the label we e-mail you and drop the parcel at any post office within 30 days."))
                : Say("I couldn't start a return for that order. An agent can help if you ask for one.");
        }),
    ];
}
