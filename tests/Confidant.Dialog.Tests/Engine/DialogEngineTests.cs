using Confidant.Dialog.Engine;
using Confidant.Dialog.Packs;
using Confidant.Dialog.Tests.Packs;
using Microsoft.Extensions.Time.Testing;

namespace Confidant.Dialog.Tests.Engine;

/// <summary>The engine on the shipped packs, with recorded actions and a scripted step-up gate.</summary>
public sealed class DialogEngineTests
{
    private static readonly DialogContext SignedIn = new(true, "cust_test");
    private static readonly DialogContext Anonymous = new(false, null);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_transfer_reads_amount_and_payee_confirms_asks_for_step_up_and_runs_once_approved()
    {
        var (engine, actions, gate) = Create("banking");
        var state = new DialogState { Bot = "banking" };

        var asked = await engine.HandleAsync(state, Input("send 250 to landlord", SignedIn));
        Assert.Contains("250.00 GBP to landlord", asked.Text, StringComparison.Ordinal);
        Assert.True(state.Confirming);

        var challenged = await engine.HandleAsync(state, Input("yes", SignedIn));
        Assert.NotNull(challenged.StepUp);
        Assert.Equal(250m, gate.LastPayment!.Amount);
        Assert.Equal("landlord", gate.LastPayment.Payee);
        Assert.Empty(actions.Runs);

        // A message while waiting does not run it; the approval does, once.
        Assert.Contains("secure box", (await engine.HandleAsync(state, Input("hurry up", SignedIn))).Text, StringComparison.Ordinal);
        var done = await engine.ResumeAsync(state, SignedIn);
        Assert.StartsWith("Sent:", done.Text, StringComparison.Ordinal);
        var run = Assert.Single(actions.Runs);
        Assert.Equal("banking.transfer", run.Id);
        Assert.Equal("250.00", run.Request.Slots["amount"].Value);
        Assert.Equal(gate.LastPayment, run.Request.Payment); // exactly what the customer approved
        Assert.Null(state.Flow);
        Assert.Empty(state.Slots);
        Assert.Contains("nothing waiting", (await engine.ResumeAsync(state, SignedIn)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_what_is_missing_and_refusing_a_step_up_that_is_not_approved()
    {
        var (engine, actions, gate) = Create("banking");
        var state = new DialogState { Bot = "banking" };

        Assert.Contains("How much", (await engine.HandleAsync(state, Input("I'd like to make a transfer", SignedIn))).Text, StringComparison.Ordinal);
        Assert.Contains("amount as a number", (await engine.HandleAsync(state, Input("lots", SignedIn))).Text, StringComparison.Ordinal);
        Assert.Contains("Who should receive", (await engine.HandleAsync(state, Input("75.50", SignedIn))).Text, StringComparison.Ordinal);
        Assert.Contains("75.50 GBP to Mum", (await engine.HandleAsync(state, Input("to Mum", SignedIn))).Text, StringComparison.Ordinal);
        await engine.HandleAsync(state, Input("yes", SignedIn));
        gate.Approve = false;
        Assert.Contains("not accepted", (await engine.ResumeAsync(state, SignedIn)).Text, StringComparison.Ordinal);
        Assert.Contains("Cancelled", (await engine.HandleAsync(state, Input("cancel", SignedIn))).Text, StringComparison.Ordinal);
        Assert.Empty(actions.Runs);
    }

    [Fact]
    public async Task Signed_in_flows_ask_for_sign_in_and_branch_hours_do_not()
    {
        var (engine, actions, _) = Create("banking");
        var state = new DialogState { Bot = "banking" };
        Assert.Contains("sign in", (await engine.HandleAsync(state, Input("what's my balance?", Anonymous))).Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("9:00 to 17:00", (await engine.HandleAsync(state, Input("when are your branches open?", Anonymous))).Text, StringComparison.Ordinal);
        Assert.Empty(actions.Runs);
    }

    [Fact]
    public async Task Given_a_full_address_it_keeps_only_the_postcode_and_says_so()
    {
        var (engine, _, _) = Create("banking");
        var state = new DialogState { Bot = "banking" };
        var reply = await engine.HandleAsync(state, Input("I moved, my new address is <STREET_ADDRESS_1> SW1A 1AA", SignedIn, classes: ["STREET_ADDRESS", "POSTCODE"]));

        Assert.StartsWith("I only need your postcode", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["postcode"], state.Slots.Keys);
        Assert.Equal("SW1A 1AA", state.Slots["postcode"].Value);
        Assert.DoesNotContain("STREET_ADDRESS", System.Text.Encoding.UTF8.GetString(state.ToBytes()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_red_flag_symptom_is_answered_with_emergency_advice_at_once()
    {
        var (engine, actions, _) = Create("healthcare");
        var state = new DialogState { Bot = "healthcare" };
        var values = new[] { new DetectedValue("SYMPTOM", "<SYMPTOM_1>", "tok_sym_1", "chest-pain"), new DetectedValue("SYMPTOM", "<SYMPTOM_2>", "tok_sym_2", "shortness-of-breath") };

        var reply = await engine.HandleAsync(state, Input("I have <SYMPTOM_1> and <SYMPTOM_2>", Anonymous, ["SYMPTOM"], values));

        Assert.Contains("emergency", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("healthcare.red-flags", Assert.Single(actions.Runs).Id);
        Assert.Null(state.Flow);
        Assert.Empty(state.Slots);
    }

    [Fact]
    public async Task Symptoms_are_held_as_tokens_and_codes_and_the_flow_asks_only_for_the_duration()
    {
        var (engine, actions, _) = Create("healthcare");
        var state = new DialogState { Bot = "healthcare" };
        var values = new[] { new DetectedValue("SYMPTOM", "<SYMPTOM_1>", "tok_sym_9", "rash") };

        Assert.Contains("How long", (await engine.HandleAsync(state, Input("I've got <SYMPTOM_1> on my arm", Anonymous, ["SYMPTOM"], values))).Text, StringComparison.Ordinal);
        Assert.Equal(["tok_sym_9"], state.Slots["symptoms"].Tokens);
        var routed = await engine.HandleAsync(state, Input("3 days", Anonymous));
        Assert.Contains("dermatology", routed.Text, StringComparison.Ordinal);
        Assert.Equal("3", actions.Runs.Single(r => r.Id == "healthcare.triage").Request.Slots["duration"].Value);
    }

    [Fact]
    public async Task It_says_what_it_can_do_when_it_does_not_understand()
    {
        var (engine, _, _) = Create("banking");
        var reply = await engine.HandleAsync(new DialogState { Bot = "banking" }, Input("what's the weather on Mars", Anonymous));
        Assert.StartsWith("Sorry, I didn't catch that. I can help you", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_naming_an_action_without_a_handler_is_refused()
    {
        var pack = PackLoader.Load(Path.Combine(PackLoaderTests.BotsFolder, "banking"));
        var ex = Assert.Throws<PackLoadException>(() => new DialogEngine(pack, [], new ScriptedGate(), _time));
        Assert.Contains(ex.Errors, e => e.Contains("banking.transfer", StringComparison.Ordinal));
    }

    private (DialogEngine Engine, RecordingActions Actions, ScriptedGate Gate) Create(string bot)
    {
        var pack = PackLoader.Load(Path.Combine(PackLoaderTests.BotsFolder, bot));
        var actions = new RecordingActions();
        var gate = new ScriptedGate();
        var handlers = pack.Flows.Values.Select(f => f.Action?.Id).Concat(pack.Slots.Values.Select(s => s.Check)).OfType<string>().Distinct().Select(id => actions.For(id));
        return (new DialogEngine(pack, handlers, gate, _time), actions, gate);
    }

    private static DialogInput Input(string text, DialogContext context, string[]? classes = null, DetectedValue[]? values = null) =>
        new(text, classes ?? [], values ?? [], context);

    private sealed class ScriptedGate : IActionGate
    {
        private Guid _challenge;

        public bool Approve { get; set; } = true;

        public PaymentValues? LastPayment { get; private set; }

        public Task<GateDecision> CheckAsync(DialogContext context, ActionDefinition action, PaymentValues? payment, CancellationToken cancellationToken)
        {
            LastPayment = payment;
            if (action.Risk == ActionRisk.Low && payment is null)
            {
                return Task.FromResult<GateDecision>(new GateDecision.Allowed());
            }

            _challenge = Guid.NewGuid();
            return Task.FromResult<GateDecision>(new GateDecision.Challenge(new StepUpPrompt(_challenge, action.Id, ["totp"], payment?.Amount, payment?.Currency, payment?.Payee)));
        }

        public Task<bool> ConsumeAsync(DialogContext context, Guid challengeId, ActionDefinition action, PaymentValues? payment, CancellationToken cancellationToken) =>
            Task.FromResult(Approve && challengeId == _challenge);
    }

    private sealed class RecordingActions
    {
        public List<(string Id, ActionRequest Request)> Runs { get; } = [];

        public IBotAction For(string id) => new Recorded(id, this);

        private sealed class Recorded(string id, RecordingActions owner) : IBotAction
        {
            public string Id { get; } = id;

            public Task<ActionOutcome> RunAsync(ActionRequest request, CancellationToken cancellationToken)
            {
                owner.Runs.Add((Id, request));
                return Task.FromResult(Id switch
                {
                    "healthcare.red-flags" => request.Slots["symptoms"].Codes.Contains("chest-pain")
                        ? new ActionOutcome(new Dictionary<string, string>(), "This could be an emergency: call 999 (or 911) now.")
                        : ActionOutcome.Continue,
                    "healthcare.triage" => new ActionOutcome(new Dictionary<string, string> { ["specialty"] = "dermatology", ["urgency"] = "routine", ["booking"] = "Booked: Monday 10:00." }),
                    _ => new ActionOutcome(new Dictionary<string, string> { ["summary"] = "done", ["reference"] = "REF-1", ["accounts"] = "Demo current account: 100.00 GBP" }),
                });
            }
        }
    }
}
