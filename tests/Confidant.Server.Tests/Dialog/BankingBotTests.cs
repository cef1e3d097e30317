using Confidant.Server.Account;
using Confidant.Server.Tests.Account;

namespace Confidant.Server.Tests.Dialog;

/// <summary>Alice and the bank's bot, through the chat API: sign-in before account data, step-up bound to the transfer.</summary>
public sealed class BankingBotTests : IDisposable
{
    private readonly AccountHost _host;
    private readonly Func<RecordingBackends> _backends;

    public BankingBotTests() => (_host, _backends) = BotHost.Create("banking");

    [Fact]
    public async Task Branch_hours_need_nothing_and_the_balance_needs_sign_in()
    {
        using var browser = _host.Browser();
        var chat = new ChatClient(browser.Client);
        await chat.StartAsync();
        Assert.Contains("9:00 to 17:00", (await chat.SayAsync("when are your branches open?")).Reply!.Text, StringComparison.Ordinal);
        Assert.Contains("sign in", (await chat.SayAsync("what's my balance?")).Reply!.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(_backends().Calls, c => c.StartsWith("accounts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_transfer_is_confirmed_with_a_fresh_code_bound_to_its_amount_and_payee()
    {
        var alice = Customer.New(_host);
        using var laptop = _host.Browser();
        await alice.RegisterAsync(laptop);
        await alice.EnrolTotpAsync(laptop);
        var chat = new ChatClient(laptop.Client);
        await chat.StartAsync();

        Assert.Contains("Demo current account", (await chat.SayAsync("what's my balance?")).Reply!.Text, StringComparison.Ordinal);

        var confirm = await chat.SayAsync("send 250 to my landlord");
        Assert.Contains("250.00 GBP to landlord", confirm.Reply!.Text, StringComparison.Ordinal);
        var asked = await chat.SayAsync("yes");
        var prompt = Assert.IsType<Confidant.Dialog.Engine.StepUpPrompt>(asked.StepUp);
        Assert.Equal(250m, prompt.Amount);
        Assert.Contains("secure box", asked.Reply!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_backends().Calls, c => c.StartsWith("transfer", StringComparison.Ordinal));

        // A code presented for another amount is refused; the right one approves it, in the secure input only.
        _host.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("refused", await chat.ApproveAsync(prompt.ChallengeId, new StepUpBody("transfer", 900m, "GBP", "landlord"), "totp", alice.TotpNow()));
        _host.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("approved", await chat.ApproveAsync(prompt.ChallengeId, new StepUpBody("transfer", 250m, "GBP", "landlord"), "totp", alice.TotpNow()));
        var done = await chat.ResumeAsync();
        Assert.StartsWith("Sent:", done.Reply!.Text, StringComparison.Ordinal);

        // Once: resuming again does nothing.
        Assert.Contains("nothing waiting", (await chat.ResumeAsync()).Reply!.Text, StringComparison.Ordinal);
        var transfer = Assert.Single(_backends().Calls, c => c.StartsWith("transfer", StringComparison.Ordinal));
        Assert.Contains(" 250", transfer, StringComparison.Ordinal);
        Assert.EndsWith("GBP landlord", transfer, StringComparison.Ordinal);

        // The bank only ever saw a pseudonym: never her address or account id.
        Assert.DoesNotContain(alice.Email, _backends().AllCalls, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"^transfer c_[0-9a-f]{32} ", transfer);

        // The code never went through the chat.
        Assert.All(await chat.TranscriptAsync(), m => Assert.DoesNotContain(alice.TotpNow(), m.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_address_change_keeps_only_the_postcode()
    {
        var alice = Customer.New(_host);
        using var laptop = _host.Browser();
        await alice.RegisterAsync(laptop);
        var chat = new ChatClient(laptop.Client);
        await chat.StartAsync();

        var reply = await chat.SayAsync("please change my address to 221B Baker Street, London NW1 6XE");
        Assert.StartsWith("I only need your postcode", reply.Reply!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Baker", _backends().AllCalls, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _host.Dispose();
}
