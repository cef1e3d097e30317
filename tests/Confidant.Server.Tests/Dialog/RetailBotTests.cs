using Confidant.Server.Tests.Account;

namespace Confidant.Server.Tests.Dialog;

/// <summary>Bob and the shop's bot: a card typed in the chat is hidden, the secure input takes it, the order holds a token.</summary>
public sealed class RetailBotTests : IDisposable
{
    private readonly AccountHost _host;
    private readonly Func<RecordingBackends> _backends;

    public RetailBotTests() => (_host, _backends) = BotHost.Create("retail");

    [Fact]
    public async Task An_order_by_item_number_is_paid_through_the_secure_input_with_a_token()
    {
        using var browser = _host.Browser();
        var chat = new ChatClient(browser.Client);
        await chat.StartAsync();

        var first = await chat.SayAsync("I want to buy item #389501 my cc is 4111 1111 1111 1111");
        Assert.Contains("secure field", first.Reply!.Text, StringComparison.Ordinal);
        Assert.Equal("card", first.Capture?.Kind);
        Assert.DoesNotContain("4111 1111", first.Message!.Text, StringComparison.Ordinal);

        var captured = await chat.CaptureCardAsync("4242 4242 4242 4242");
        Assert.Contains("389501", captured.Reply!.Text, StringComparison.Ordinal);
        Assert.Contains("4242", captured.Reply.Text, StringComparison.Ordinal);
        var ordered = await chat.SayAsync("yes");
        Assert.StartsWith("Ordered:", ordered.Reply!.Text, StringComparison.Ordinal);

        var order = Assert.Single(_backends().Calls, c => c.StartsWith("order", StringComparison.Ordinal));
        Assert.Contains("389501", order, StringComparison.Ordinal);
        Assert.Contains(" tok_", order, StringComparison.Ordinal);
        Assert.EndsWith(" 4242", order, StringComparison.Ordinal);
        Assert.DoesNotContain("4242424242424242", _backends().AllCalls.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("4111111111111111", _backends().AllCalls.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(await chat.TranscriptAsync(), m => Assert.DoesNotContain("4242 4242", m.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Find_order_track_and_return_for_a_signed_in_customer()
    {
        var bob = Customer.New(_host, "bob");
        using var laptop = _host.Browser();
        await bob.RegisterAsync(laptop);
        var chat = new ChatClient(laptop.Client);
        await chat.StartAsync();

        Assert.Contains("#389501", (await chat.SayAsync("do you sell headphones?")).Reply!.Text, StringComparison.Ordinal);
        Assert.Equal("card", (await chat.SayAsync("I'd like to order item #214870")).Capture?.Kind);
        await chat.CaptureCardAsync("4242 4242 4242 4242");
        var ordered = (await chat.SayAsync("yes")).Reply!.Text;
        var orderId = System.Text.RegularExpressions.Regex.Match(ordered, @"DEMO-ORD-[0-9A-F]+").Value;
        Assert.False(string.IsNullOrEmpty(orderId), ordered);

        Assert.Contains("What's the order number", (await chat.SayAsync("where is my order?")).Reply!.Text, StringComparison.Ordinal);
        Assert.StartsWith($"Order {orderId}:", (await chat.SayAsync(orderId)).Reply!.Text, StringComparison.Ordinal);
        Assert.Contains("started a return", (await chat.SayAsync($"I want to return order {orderId}")).Reply!.Text, StringComparison.Ordinal);

        // A wrong order number is refused with a clear message, not a guess.
        Assert.Contains("order number", (await chat.SayAsync("I want to send something back")).Reply!.Text, StringComparison.Ordinal);
        Assert.Contains("such as DEMO-ORD", (await chat.SayAsync("the blue one")).Reply!.Text, StringComparison.Ordinal);
    }

    public void Dispose() => _host.Dispose();
}
