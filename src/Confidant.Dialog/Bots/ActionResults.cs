using System.Globalization;
using Confidant.Dialog.Backends;
using Confidant.Dialog.Engine;

namespace Confidant.Dialog.Bots;

/// <summary>Helpers the bots' action handlers share: the customer reference, results and money in words.</summary>
internal static class ActionResults
{
    public static CustomerRef? Customer(ActionRequest request) =>
        request.Context.CustomerRef is { Length: >= CustomerRef.MinLength } value ? new CustomerRef(value) : null;

    public static ActionOutcome Results(params (string Name, string Value)[] results) =>
        new(results.ToDictionary(r => r.Name, r => r.Value, StringComparer.Ordinal));

    public static ActionOutcome Say(string text) => new(new Dictionary<string, string>(), text);

    public static ActionOutcome NoCustomer { get; } = Say("I need to know it's you for that: please sign in and ask me again.");

    public static string Money(decimal amount, string currency) =>
        amount.ToString("#,##0.00", CultureInfo.InvariantCulture) + " " + currency;

    public static string Slot(ActionRequest request, string id) =>
        request.Slots.TryGetValue(id, out var slot) ? slot.Value ?? string.Empty : string.Empty;
}
