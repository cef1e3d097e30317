namespace Confidant.Dialog.Packs;

/// <summary>
/// What the bot does for an intent: needs a signed-in customer or not, fills its slots in order
/// (asking for each missing one), optionally confirms, runs its action (after step-up for a risky
/// one) and answers with a template. A template shows a slot only as <c>{slot.id}</c>, which is
/// its display form (masked for personal data), and an action's results as <c>{result.name}</c>.
/// </summary>
public sealed record FlowDefinition
{
    /// <summary>The intent it answers (also its id).</summary>
    public required string Intent { get; init; }

    /// <summary>Whether the customer must be signed in.</summary>
    public bool SignIn { get; init; }

    /// <summary>The slots it fills, in the order it asks for them.</summary>
    public IReadOnlyList<string> Slots { get; init; } = [];

    /// <summary>A question to confirm before the action, if any ("Send {slot.amount} to {slot.payee}?").</summary>
    public string? Confirm { get; init; }

    /// <summary>The action to run, if any.</summary>
    public ActionDefinition? Action { get; init; }

    /// <summary>The answer (after the action, with its results).</summary>
    public required string Reply { get; init; }

    /// <summary>Whether the flow hands the conversation to a human agent.</summary>
    public bool Handoff { get; init; }
}

/// <summary>An action a flow runs: a C# handler id and its risk level.</summary>
/// <param name="Id">The handler id (<c>banking.transfer</c>).</param>
/// <param name="Risk">Its risk level, passed to step-up.</param>
/// <param name="Payment">For a payment: the slots that hold amount and payee, and the currency, so the confirmation is bound to them.</param>
public sealed record ActionDefinition(string Id, ActionRisk Risk, PaymentBinding? Payment = null);

/// <summary>Which slots make a payment's amount and payee.</summary>
/// <param name="AmountSlot">The amount's slot.</param>
/// <param name="PayeeSlot">The payee's slot.</param>
/// <param name="Currency">The currency (ISO 4217).</param>
public sealed record PaymentBinding(string AmountSlot, string PayeeSlot, string Currency);
