using System.Text;
using Confidant.Detection;
using Confidant.Server.Chat;
using Confidant.Server.Tests.Account;
using Confidant.Storage.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Server.Tests.Dialog;

/// <summary>The other banking flows, abandoned flows and hand-off, and what the sealed conversation state holds.</summary>
public sealed class MoreFlowTests : IDisposable
{
    private readonly AccountHost _host;
    private readonly Func<RecordingBackends> _backends;

    public MoreFlowTests() => (_host, _backends) = BotHost.Create("banking");

    [Fact]
    public async Task Cards_and_transactions_after_a_sign_in_with_a_second_factor()
    {
        var alice = Customer.New(_host);
        using var laptop = _host.Browser();
        await alice.RegisterAsync(laptop);
        var chat = new ChatClient(laptop.Client);
        await chat.StartAsync();

        Assert.Contains("frozen", (await chat.SayAsync("please freeze my card ending 1234")).Reply!.Text, StringComparison.Ordinal);
        Assert.Contains(_backends().Calls, c => c.StartsWith("freeze c_", StringComparison.Ordinal) && c.EndsWith(" 1234", StringComparison.Ordinal));

        Assert.Contains("last four digits", (await chat.SayAsync("I lost my card")).Reply!.Text, StringComparison.Ordinal);
        Assert.Contains("only the last four", (await chat.SayAsync("the one in my wallet")).Reply!.Text, StringComparison.Ordinal);
        Assert.Contains("ordered a new one", (await chat.SayAsync("ending 9876")).Reply!.Text, StringComparison.Ordinal);

        Assert.StartsWith("Your recent transactions", (await chat.SayAsync("show me my recent transactions")).Reply!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_change_asks_for_a_fresh_factor_after_five_minutes_and_sends_only_the_postcode()
    {
        var alice = Customer.New(_host);
        using var laptop = _host.Browser();
        await alice.RegisterAsync(laptop);
        await alice.EnrolTotpAsync(laptop);
        var chat = new ChatClient(laptop.Client);
        await chat.StartAsync();
        _host.Clock.Advance(TimeSpan.FromMinutes(6));

        var asked = await chat.SayAsync("I've moved, my new postcode is NW1 6XE");
        var prompt = Assert.IsType<Confidant.Dialog.Engine.StepUpPrompt>(asked.StepUp);
        Assert.Null(prompt.Amount);
        Assert.DoesNotContain(_backends().Calls, c => c.StartsWith("address", StringComparison.Ordinal));

        // A wrong code is refused and nothing changes; the right one lets the bot go ahead.
        Assert.Equal("refused", await chat.ApproveAsync(prompt.ChallengeId, new Confidant.Server.Account.StepUpBody("change-address"), "totp", alice.TotpNow() == "000000" ? "111111" : "000000"));
        Assert.Contains("not accepted", (await chat.ResumeAsync()).Reply!.Text, StringComparison.Ordinal);
        Assert.Equal("approved", await chat.ApproveAsync(prompt.ChallengeId, new Confidant.Server.Account.StepUpBody("change-address"), "totp", alice.TotpNow()));
        Assert.Contains("NW1 6XE", (await chat.ResumeAsync()).Reply!.Text, StringComparison.Ordinal);
        var call = Assert.Single(_backends().Calls, c => c.StartsWith("address", StringComparison.Ordinal));
        Assert.Matches(@"^address c_[0-9a-f]{32} NW1 6XE $", call);
    }

    [Fact]
    public async Task An_abandoned_flow_is_forgotten_and_a_person_can_take_over()
    {
        using var browser = _host.Browser();
        var chat = new ChatClient(browser.Client);
        await chat.StartAsync();

        Assert.Contains("sign in", (await chat.SayAsync("I want to send money")).Reply!.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("9:00", (await chat.SayAsync("actually, what are your opening hours?")).Reply!.Text, StringComparison.Ordinal);
        Assert.Contains("one of our team", (await chat.SayAsync("can I talk to a real person please")).Reply!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sealed_state_holds_only_the_declared_slots_of_the_flow_in_progress()
    {
        var alice = Customer.New(_host);
        using var laptop = _host.Browser();
        await alice.RegisterAsync(laptop);
        var chat = new ChatClient(laptop.Client);
        await chat.StartAsync();

        await chat.SayAsync("my landlord Jane Smith says hi, send 250 to landlord please, my phone is 0161 496 0000");
        var state = await DialogStateAsync(chat.Conversation);
        Assert.Contains("\"amount\"", state, StringComparison.Ordinal);
        Assert.Contains("\"payee\"", state, StringComparison.Ordinal);
        foreach (var word in new[] { "Jane", "Smith", "0161", "phone", "hi" })
        {
            Assert.DoesNotContain(word, state.Replace("\"Display\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }

        await chat.SayAsync("no");
        Assert.DoesNotContain("\"amount\"", await DialogStateAsync(chat.Conversation), StringComparison.Ordinal);
    }

    private async Task<string> DialogStateAsync(Guid conversation)
    {
        // Opens the sealed state the way the server does; this host has this one conversation.
        var store = _host.Services.GetRequiredService<ConversationStore>();
        var connection = await _host.Services.GetRequiredService<Confidant.Storage.ConfidantDbFactory>().OpenConnectionAsync();
        string subject;
        await using (connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"SubjectId\" FROM conversations";
            subject = (string)(await command.ExecuteScalarAsync())!;
        }

        var (_, sealedState) = await store.TryLoadStateAsync("default", subject, conversation);
        var (_, _, dialog) = ConversationState.Read(sealedState, _host.Services.GetRequiredService<ISensitiveDataDetector>());
        return Encoding.UTF8.GetString(dialog);
    }

    public void Dispose() => _host.Dispose();
}
