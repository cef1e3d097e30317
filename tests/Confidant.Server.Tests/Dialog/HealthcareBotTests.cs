using Confidant.Server.Tests.Account;

namespace Confidant.Server.Tests.Dialog;

/// <summary>Carol and the clinic's triage bot: red flags at once, only current symptoms and duration, no history kept.</summary>
public sealed class HealthcareBotTests : IDisposable
{
    private readonly AccountHost _host;
    private readonly Func<RecordingBackends> _backends;

    public HealthcareBotTests() => (_host, _backends) = BotHost.Create("healthcare");

    [Fact]
    public async Task Chest_pain_and_shortness_of_breath_get_emergency_advice_at_once()
    {
        using var browser = _host.Browser();
        var chat = new ChatClient(browser.Client);
        await chat.StartAsync();
        var reply = await chat.SayAsync("I have chest pain and shortness of breath");
        Assert.Contains("Call 999", reply.Reply!.Text, StringComparison.Ordinal);
        Assert.Empty(_backends().Calls);
    }

    [Fact]
    public async Task A_rash_for_three_days_is_routed_to_dermatology_and_the_history_is_not_kept()
    {
        using var browser = _host.Browser();
        var chat = new ChatClient(browser.Client);
        await chat.StartAsync();

        Assert.Contains("How long", (await chat.SayAsync("I've got a rash on my arm")).Reply!.Text, StringComparison.Ordinal);
        var routed = await chat.SayAsync("three days");
        Assert.Contains("dermatology", routed.Reply!.Text, StringComparison.Ordinal);
        var triage = Assert.Single(_backends().Calls, c => c.StartsWith("triage", StringComparison.Ordinal));
        Assert.Contains(" rash 3 tok_", triage, StringComparison.Ordinal);
        Assert.DoesNotContain("on my arm", triage, StringComparison.Ordinal);

        Assert.Contains("Sign in", routed.Reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_backends().Calls, c => c.StartsWith("book", StringComparison.Ordinal));

        var history = await chat.SayAsync("Also I had my appendix out in 2009 and I take metformin for diabetes");
        Assert.Contains("don't need your medical history", history.Reply!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("metformin", _backends().AllCalls, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_signed_in_patient_is_booked_with_the_right_kind_of_doctor_at_once()
    {
        var carol = Customer.New(_host, "carol");
        using var laptop = _host.Browser();
        await carol.RegisterAsync(laptop);
        var chat = new ChatClient(laptop.Client);
        await chat.StartAsync();

        await chat.SayAsync("I have a rash");
        var booked = await chat.SayAsync("for two days");
        Assert.Contains("dermatology", booked.Reply!.Text, StringComparison.Ordinal);
        Assert.Contains("I've booked you in", booked.Reply.Text, StringComparison.Ordinal);
        Assert.Contains(_backends().Calls, c => c.StartsWith("slots dermatology", StringComparison.Ordinal));
        Assert.Contains(_backends().Calls, c => c.StartsWith("book c_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Booking_needs_a_signed_in_patient()
    {
        using var visitor = _host.Browser();
        var anonymous = new ChatClient(visitor.Client);
        await anonymous.StartAsync();
        Assert.Contains("sign in", (await anonymous.SayAsync("I'd like to book an appointment")).Reply!.Text, StringComparison.OrdinalIgnoreCase);

        var carol = Customer.New(_host, "carol");
        using var laptop = _host.Browser();
        await carol.RegisterAsync(laptop);
        var chat = new ChatClient(laptop.Client);
        await chat.StartAsync();
        Assert.StartsWith("Booked:", (await chat.SayAsync("I'd like to book an appointment")).Reply!.Text, StringComparison.Ordinal);
        Assert.Contains(_backends().Calls, c => c.StartsWith("book c_", StringComparison.Ordinal));
    }

    public void Dispose() => _host.Dispose();
}
