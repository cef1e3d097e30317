using System.Text.RegularExpressions;
using Confidant.Dialog.Packs;
using Confidant.Dialog.Understanding;

namespace Confidant.Dialog.Engine;

/// <summary>
/// Runs one bot pack. For each message it continues the flow in progress or starts the one the
/// intent recognizer picks, fills only the flow's declared slots from the bot view (nothing else is
/// kept), says when the customer gave more than needed, asks for what is missing (a card only
/// through the secure input), confirms, asks the action gate (step-up) before the action, runs the
/// action's C# handler and answers with the flow's template. It never sees a raw restricted value.
/// </summary>
public sealed partial class DialogEngine
{
    private readonly IntentRecognizer _recognizer;
    private readonly Dictionary<string, IBotAction> _actions;
    private readonly IActionGate _gate;
    private readonly TimeProvider _time;

    // What the bot can do, from its intents' descriptions: the fallback's "{capabilities}".
    private readonly string _capabilities;
    private readonly string _fallback;

    /// <summary>Creates the engine; refuses a pack whose flows name an action no handler has.</summary>
    public DialogEngine(BotPack pack, IEnumerable<IBotAction> actions, IActionGate gate, TimeProvider time, IntentRecognizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(actions);
        Pack = pack;
        _recognizer = new IntentRecognizer(pack.Intents, options ?? new IntentRecognizerOptions());
        _actions = actions.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _gate = gate;
        _time = time;
        _capabilities = string.Join(", ", pack.Intents.Select(i => i.Description).Where(d => !string.IsNullOrEmpty(d)));
        _fallback = pack.Fallback.Replace("{capabilities}", _capabilities, StringComparison.Ordinal);
        var missing = pack.Flows.Values.Select(f => f.Action?.Id)
            .Concat(pack.Slots.Values.Select(s => s.Check))
            .OfType<string>()
            .Where(id => !_actions.ContainsKey(id))
            .Distinct()
            .Select(id => $"{pack.Folder}: the action '{id}' has no handler.")
            .ToList();
        if (missing.Count > 0)
        {
            throw new PackLoadException(missing);
        }
    }

    /// <summary>The pack.</summary>
    public BotPack Pack { get; }

    /// <summary>The first message of a conversation.</summary>
    public DialogReply Greeting() => new() { Text = Pack.Greeting };

    /// <summary>Answers one message.</summary>
    public async Task<DialogReply> HandleAsync(DialogState state, DialogInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(input);
        ForgetExpired(state);

        // Intent recognition (the costliest step of a message) runs only once a message is not an
        // answer to a pending step-up or a yes/no confirmation.
        if (state.Challenge is not null)
        {
            if (IsNo(input.BotView))
            {
                state.EndFlow();
                return new DialogReply { Text = "Cancelled. Nothing was done." };
            }

            return new DialogReply { Text = "Please confirm in the secure box below (not in the chat), or say cancel." };
        }

        if (state.Flow is { } current && Pack.Flows.TryGetValue(current, out var flow))
        {
            if (state.Confirming)
            {
                if (IsYes(input.BotView))
                {
                    state.Confirming = false;
                    return await ActAsync(state, flow, input.Context, cancellationToken).ConfigureAwait(false);
                }

                if (IsNo(input.BotView))
                {
                    state.EndFlow();
                    return new DialogReply { Text = "Cancelled. Nothing was done." };
                }
            }

            // A clearly different request starts over; otherwise the message answers the question.
            var match = _recognizer.Recognize(input.BotView);
            if (match.IntentId is { } other && other != current && match.Confidence >= 0.5 && !FillsAny(state, flow, input))
            {
                state.EndFlow();
                return await StartAsync(state, other, input, match.Confidence, cancellationToken).ConfigureAwait(false);
            }

            return await ContinueAsync(state, flow, input, cancellationToken).ConfigureAwait(false);
        }

        var first = _recognizer.Recognize(input.BotView);
        return first.IntentId is { } intent
            ? await StartAsync(state, intent, input, first.Confidence, cancellationToken).ConfigureAwait(false)
            : Fallback();
    }

    /// <summary>After the customer approved the step-up challenge: runs the action it was for.</summary>
    public async Task<DialogReply> ResumeAsync(DialogState state, DialogContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Challenge is not { } challenge || state.Flow is null || !Pack.Flows.TryGetValue(state.Flow, out var flow) || flow.Action is null)
        {
            return new DialogReply { Text = "There is nothing waiting for a confirmation." };
        }

        if (!await _gate.ConsumeAsync(context, challenge, flow.Action, PaymentOf(state, flow), cancellationToken).ConfigureAwait(false))
        {
            return new DialogReply { Text = "That confirmation was not accepted. Please confirm in the secure box, or say cancel." };
        }

        state.Challenge = null;
        return await RunAsync(state, flow, context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A card arrived through the secure input (as a vault token and its last four digits).</summary>
    public async Task<DialogReply> CapturedAsync(DialogState state, string token, string lastFour, DialogContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Flow is null || !Pack.Flows.TryGetValue(state.Flow, out var flow)
            || state.Asking is not { } asking || Pack.Slots[asking].Type != SlotType.SecureCapture)
        {
            return new DialogReply { Text = "Thanks, your card is saved securely. What would you like to do?" };
        }

        state.Slots[asking] = new SlotValue { Display = Backends.Masking.Mask(lastFour), Tokens = [token], Value = lastFour, KeepUntil = _time.GetUtcNow() + Pack.Slots[asking].Retention };
        state.Asking = null;
        return await NextAsync(state, flow, new DialogInput(string.Empty, [], [], context), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogReply> StartAsync(DialogState state, string intent, DialogInput input, double confidence, CancellationToken cancellationToken)
    {
        if (!Pack.Flows.TryGetValue(intent, out var flow))
        {
            return Fallback();
        }

        if (flow.SignIn && !input.Context.SignedIn)
        {
            return new DialogReply { Text = Pack.SignInReply, Intent = intent };
        }

        if (flow.Handoff)
        {
            state.EndFlow();
            state.HandedOff = true;
            return new DialogReply { Text = Render(flow.Reply, state, null), Handoff = true, Intent = intent };
        }

        state.EndFlow();
        state.Flow = intent;
        state.Run = Guid.NewGuid().ToString("N");
        state.Customer = input.Context.CustomerRef;
        var reply = await ContinueAsync(state, flow, input, cancellationToken).ConfigureAwait(false);
        return reply with { Intent = intent };
    }

    private async Task<DialogReply> ContinueAsync(DialogState state, FlowDefinition flow, DialogInput input, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        foreach (var id in flow.Slots)
        {
            var slot = Pack.Slots[id];
            if (SlotReader.MoreThanNeeded(slot, input) && slot.MoreThanNeededReply is { } more && !notes.Contains(more))
            {
                notes.Add(more);
            }

            if (state.Slots.ContainsKey(id))
            {
                continue;
            }

            // Only the slot asked for takes a bare answer ("250"); others need to be stated
            // (so "250" is not also taken as an item number).
            if (SlotReader.Read(slot, input, _time.GetUtcNow()) is { } value && (state.Asking == id || state.Asking is null || IsSpecific(slot.Type)))
            {
                state.Slots[id] = value;
                if (state.Asking == id)
                {
                    state.Asking = null;
                }

                if (slot.Check is { } check)
                {
                    var outcome = await _actions[check].RunAsync(new ActionRequest(input.Context, Copy(state, flow), state.Run ?? string.Empty), cancellationToken).ConfigureAwait(false);
                    if (outcome.Override is { } urgent)
                    {
                        state.EndFlow();
                        return new DialogReply { Text = urgent };
                    }
                }
            }
        }

        if (state.Asking is { } asking && !state.Slots.ContainsKey(asking))
        {
            var slot = Pack.Slots[asking];
            var prefix = notes.Count > 0 ? string.Join(' ', notes) + " " : string.Empty;
            return new DialogReply { Text = prefix + (slot.Invalid ?? slot.Prompt), Capture = slot.Type == SlotType.SecureCapture ? "card" : null };
        }

        var next = await NextAsync(state, flow, input, cancellationToken).ConfigureAwait(false);
        return notes.Count > 0 ? next with { Text = string.Join(' ', notes) + " " + next.Text } : next;
    }

    private async Task<DialogReply> NextAsync(DialogState state, FlowDefinition flow, DialogInput input, CancellationToken cancellationToken)
    {
        foreach (var id in flow.Slots)
        {
            var slot = Pack.Slots[id];
            if (slot.Required && !state.Slots.ContainsKey(id))
            {
                state.Asking = id;
                return new DialogReply { Text = slot.Prompt, Capture = slot.Type == SlotType.SecureCapture ? "card" : null };
            }
        }

        if (flow.Confirm is { } confirm)
        {
            state.Confirming = true;
            return new DialogReply { Text = Render(confirm, state, null) };
        }

        return await ActAsync(state, flow, input.Context, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogReply> ActAsync(DialogState state, FlowDefinition flow, DialogContext context, CancellationToken cancellationToken)
    {
        // Who is talking may have changed since the flow started (signed out, another account).
        if ((flow.SignIn && !context.SignedIn) || (state.Customer is not null && state.Customer != context.CustomerRef))
        {
            state.EndFlow();
            return new DialogReply { Text = flow.SignIn && !context.SignedIn ? Pack.SignInReply : "Let's start again: what would you like to do?" };
        }

        if (flow.Action is not { } action)
        {
            var text = Render(flow.Reply, state, null);
            state.EndFlow();
            return new DialogReply { Text = text };
        }

        // Every action asks the gate, low-risk ones too: a deployment's own authorization rules may
        // deny or demand a fresh factor for any of them.
        var decision = await _gate.CheckAsync(context, action, PaymentOf(state, flow), cancellationToken).ConfigureAwait(false);
        switch (decision)
        {
            case GateDecision.Challenge challenge:
                state.Challenge = challenge.Prompt.ChallengeId;
                return new DialogReply
                {
                    Text = "To keep your account safe, please confirm this with a fresh code in the secure box below. Never type the code in the chat.",
                    StepUp = challenge.Prompt,
                };
            case GateDecision.Denied:
                state.EndFlow();
                return new DialogReply { Text = "I'm sorry, I can't do that here. Nothing was done; an agent can help if you ask for one." };
        }

        return await RunAsync(state, flow, context, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogReply> RunAsync(DialogState state, FlowDefinition flow, DialogContext context, CancellationToken cancellationToken)
    {
        var request = new ActionRequest(context, Copy(state, flow), state.Run ?? Guid.NewGuid().ToString("N"), PaymentOf(state, flow));
        var outcome = await _actions[flow.Action!.Id].RunAsync(request, cancellationToken).ConfigureAwait(false);
        var text = outcome.Override ?? Render(flow.Reply, state, outcome.Results);

        // Done: the flow's slots are forgotten (they were kept only as long as the flow needed them).
        state.EndFlow();
        return new DialogReply { Text = text };
    }

    private static PaymentValues? PaymentOf(DialogState state, FlowDefinition flow)
    {
        if (flow.Action?.Payment is not { } payment
            || !state.Slots.TryGetValue(payment.AmountSlot, out var amount)
            || !state.Slots.TryGetValue(payment.PayeeSlot, out var payee)
            || !decimal.TryParse(amount.Value, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return new PaymentValues(value, payment.Currency, payee.Value ?? payee.Display);
    }

    private static Dictionary<string, SlotValue> Copy(DialogState state, FlowDefinition flow) =>
        flow.Slots.Where(state.Slots.ContainsKey).ToDictionary(id => id, id => state.Slots[id], StringComparer.Ordinal);

    private bool FillsAny(DialogState state, FlowDefinition flow, DialogInput input) =>
        state.Asking is { } asking && flow.Slots.Contains(asking) && SlotReader.Read(Pack.Slots[asking], input, _time.GetUtcNow()) is not null;

    private static bool IsSpecific(SlotType type) => type is SlotType.Money or SlotType.ItemNumber or SlotType.OrderNumber or SlotType.Postcode or SlotType.Duration or SlotType.Payee or SlotType.Detected;

    private void ForgetExpired(DialogState state)
    {
        var now = _time.GetUtcNow();
        foreach (var id in state.Slots.Where(p => p.Value.KeepUntil <= now).Select(p => p.Key).ToList())
        {
            state.Slots.Remove(id);
        }
    }

    private DialogReply Fallback() => new() { Text = _fallback };

    private string Render(string template, DialogState state, IReadOnlyDictionary<string, string>? results) =>
        PackLoader.Placeholder().Replace(template, m => m.Groups[1].Value switch
        {
            "slot" => state.Slots.TryGetValue(m.Groups[2].Value, out var slot) ? slot.Display : string.Empty,
            "result" => results is not null && results.TryGetValue(m.Groups[2].Value, out var result) ? result : string.Empty,
            "capabilities" => _capabilities,
            _ => string.Empty,
        });

    private static bool IsYes(string text) => YesPattern().IsMatch(text);

    private static bool IsNo(string text) => NoPattern().IsMatch(text);

    [GeneratedRegex(@"^\s*(yes|yeah|yep|y|ok|okay|sure|confirm|go ahead|do it|please do|correct|s[ií]|oui|ja)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 100)]
    private static partial Regex YesPattern();

    [GeneratedRegex(@"^\s*(no|nope|n|cancel|stop|don't|do not|never mind|nevermind|non|nein)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 100)]
    private static partial Regex NoPattern();
}
