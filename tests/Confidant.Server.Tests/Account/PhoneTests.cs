using Confidant.Identity.Messaging;

namespace Confidant.Server.Tests.Account;

/// <summary>Codes by text message: a confirmed mobile number, marked as a restricted factor.</summary>
public sealed class PhoneTests : IDisposable
{
    private const string Mobile = "+447911123456";
    private readonly AccountHost _host = new();

    [Fact]
    public async Task A_confirmed_phone_receives_the_sign_in_codes_and_the_pages_say_it_is_restricted()
    {
        var alice = Customer.New(_host);
        using var laptop = _host.Browser();
        await alice.RegisterAsync(laptop);

        await laptop.SubmitAsync("/account/phone", new Dictionary<string, string> { ["Number"] = "0800 123" }, "Add");
        Assert.Contains("not a mobile number", laptop.Html, StringComparison.Ordinal);
        Assert.Contains("restricted", laptop.Html, StringComparison.Ordinal);

        await laptop.SubmitAsync("/account/phone", new Dictionary<string, string> { ["Number"] = "+44 7911 123456" }, "Add");
        Assert.Contains("We texted you a code", laptop.Html, StringComparison.Ordinal);
        await laptop.PostAsync("/account/phone", new Dictionary<string, string> { ["Code"] = await _host.LatestCodeAsync(Mobile, SecurityMessageKind.AccountNotice) }, "Confirm");
        Assert.Contains("Codes now come by text message", laptop.Html, StringComparison.Ordinal);
        Assert.Contains("+44 ••• 56", System.Net.WebUtility.HtmlDecode(laptop.Html), StringComparison.Ordinal);
        Assert.DoesNotContain("7911123456", laptop.Html, StringComparison.Ordinal);

        await Customer.SignOutAsync(laptop);
        await alice.SubmitPasswordAsync(laptop);
        Assert.True(laptop.IsAt("/account/verify"));
        Assert.Contains("restricted factor", laptop.Html, StringComparison.Ordinal);
        var texted = (await _host.MessagesToAsync(Mobile)).Last(m => m.Kind == SecurityMessageKind.SignInCode);
        Assert.Equal(SecurityChannel.Sms, texted.Channel);
        Assert.True(texted.Body.Length <= 160);
        await laptop.PostAsync("/account/verify", new Dictionary<string, string> { ["Factor"] = "sms-code", ["Code"] = await _host.LatestCodeAsync(Mobile, SecurityMessageKind.SignInCode) }, "Code");
        Assert.True((await laptop.MeAsync()).SignedIn);

        // The new-device notice goes to the code channel, the phone.
        Assert.Contains(await _host.MessagesToAsync(Mobile), m => m.Kind == SecurityMessageKind.NewDeviceNotice);
    }

    public void Dispose() => _host.Dispose();
}
