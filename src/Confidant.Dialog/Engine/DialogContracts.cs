using Confidant.Dialog.Packs;

namespace Confidant.Dialog.Engine;

/// <summary>Who the engine talks to: whether they are signed in, and the opaque reference backends know them by.</summary>
/// <param name="SignedIn">Whether a customer is signed in.</param>
/// <param name="CustomerRef">A keyed pseudonym of the customer or visitor (never an address or an account id).</param>
/// <param name="Host">What the host needs to pass to its action gate (the signed-in session); the engine never reads it.</param>
public sealed record DialogContext(bool SignedIn, string? CustomerRef, object? Host = null);

/// <summary>
/// A value detection found in the message, as the engine may hold it: its class, the placeholder
/// that stands for it in the bot's view, a vault token (for restricted classes), and, for
/// symptoms, a coarse code from a fixed vocabulary (<c>rash</c>, <c>chest-pain</c>).
/// </summary>
/// <param name="DataClass">The data class.</param>
/// <param name="Placeholder">The placeholder in the bot view (<c>&lt;SYMPTOM_1&gt;</c>).</param>
/// <param name="Token">The vault token, for a restricted value.</param>
/// <param name="Code">A coarse code, where the class has a vocabulary.</param>
public sealed record DetectedValue(string DataClass, string Placeholder, string? Token, string? Code);

/// <summary>One message as the engine gets it: the bot view (never the raw text) and what was found in it.</summary>
/// <param name="BotView">The policy's bot view of the message.</param>
/// <param name="Classes">The data classes found.</param>
/// <param name="Values">The values found, as tokens and placeholders.</param>
/// <param name="Context">Who is talking.</param>
public sealed record DialogInput(string BotView, IReadOnlyCollection<string> Classes, IReadOnlyList<DetectedValue> Values, DialogContext Context);

/// <summary>What the bot answers: text (written with placeholders and display forms only) and what the chat should show besides.</summary>
public sealed record DialogReply
{
    /// <summary>The answer.</summary>
    public required string Text { get; init; }

    /// <summary>The secure input to show (a card), if the flow waits for one.</summary>
    public string? Capture { get; init; }

    /// <summary>A step-up the customer must approve in the secure input before the action runs.</summary>
    public StepUpPrompt? StepUp { get; init; }

    /// <summary>Whether the conversation goes to a human agent.</summary>
    public bool Handoff { get; init; }

    /// <summary>The intent recognised, with its confidence (for metrics and tests; never shown).</summary>
    public string? Intent { get; init; }
}

/// <summary>A step-up challenge the chat shows in its secure input.</summary>
/// <param name="ChallengeId">The challenge.</param>
/// <param name="Action">The action it approves.</param>
/// <param name="Factors">The factors that can approve it.</param>
/// <param name="Amount">A payment's amount.</param>
/// <param name="Currency">A payment's currency.</param>
/// <param name="Payee">A payment's payee (as the bot holds it).</param>
public sealed record StepUpPrompt(Guid ChallengeId, string Action, IReadOnlyList<string> Factors, decimal? Amount = null, string? Currency = null, string? Payee = null)
{
    /// <summary>The challenge and action only: the amount and payee stay out of any log line that prints it.</summary>
    public override string ToString() => $"StepUpPrompt {{ ChallengeId = {ChallengeId}, Action = {Action} }}";
}

/// <summary>What the action gate (step-up) says about an action.</summary>
public abstract record GateDecision
{
    private GateDecision()
    {
    }

    /// <summary>Go ahead.</summary>
    public sealed record Allowed : GateDecision;

    /// <summary>A fresh factor is needed first.</summary>
    /// <param name="Prompt">The challenge to show.</param>
    public sealed record Challenge(StepUpPrompt Prompt) : GateDecision;

    /// <summary>Refused.</summary>
    /// <param name="Reason">A short reason code.</param>
    public sealed record Denied(string Reason) : GateDecision;
}

/// <summary>
/// Step-up for the engine: the host implements it with its authentication (Confidant's server with
/// <c>StepUpService</c>). The engine calls it before every action and consumes the approval right
/// before it acts.
/// </summary>
public interface IActionGate
{
    /// <summary>Decides whether the action may run now.</summary>
    Task<GateDecision> CheckAsync(DialogContext context, ActionDefinition action, PaymentValues? payment, CancellationToken cancellationToken);

    /// <summary>Uses an approved challenge for this action (once). False when it is not approved, or for another action or payment.</summary>
    Task<bool> ConsumeAsync(DialogContext context, Guid challengeId, ActionDefinition action, PaymentValues? payment, CancellationToken cancellationToken);
}

/// <summary>A payment's values, from its slots.</summary>
/// <param name="Amount">The amount.</param>
/// <param name="Currency">The currency.</param>
/// <param name="Payee">The payee as the bot holds it.</param>
public sealed record PaymentValues(decimal Amount, string Currency, string Payee)
{
    /// <summary>Names the type only: the amount and payee stay out of any log line that prints it.</summary>
    public override string ToString() => "PaymentValues { }";
}

/// <summary>A C# action handler a pack's flow names.</summary>
public interface IBotAction
{
    /// <summary>The id flows use (<c>banking.transfer</c>).</summary>
    string Id { get; }

    /// <summary>Runs the action with the flow's slots (display forms, tokens and plain values, never raw restricted values).</summary>
    Task<ActionOutcome> RunAsync(ActionRequest request, CancellationToken cancellationToken);
}

/// <summary>What an action gets.</summary>
/// <param name="Context">Who asked.</param>
/// <param name="Slots">The flow's slot values.</param>
/// <param name="IdempotencyKey">A key unique to this run of the flow, for backends that move money.</param>
/// <param name="Payment">
/// For an action the pack declares as a payment: the amount, currency and payee exactly as the
/// customer confirmed them (the step-up approval is bound to these), so the action sends nothing else.
/// </param>
public sealed record ActionRequest(DialogContext Context, IReadOnlyDictionary<string, SlotValue> Slots, string IdempotencyKey, PaymentValues? Payment = null);

/// <summary>What an action gives back: display-safe results for the reply, or an answer that replaces it and ends the flow.</summary>
/// <param name="Results">Named results the reply template shows as <c>{result.name}</c>.</param>
/// <param name="Override">When set, this is the answer instead (a failure, or an emergency found by a slot check) and the flow ends.</param>
public sealed record ActionOutcome(IReadOnlyDictionary<string, string> Results, string? Override = null)
{
    /// <summary>No results, no override: go on.</summary>
    public static ActionOutcome Continue { get; } = new(new Dictionary<string, string>());
}
