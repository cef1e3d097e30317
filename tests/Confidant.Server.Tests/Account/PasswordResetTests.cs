using System.Net;
using System.Text.RegularExpressions;
using Confidant.Identity.Messaging;

namespace Confidant.Server.Tests.Account;

/// <summary>Password reset proves the mailbox and never skips the second factor; it reopens a blocked address.</summary>
public sealed partial class PasswordResetTests : IDisposable
{
    private readonly AccountHost _host = new(new Dictionary<string, string>
    {
        ["Confidant:Identity:FreeFailures"] = "1",
        ["Confidant:Identity:MaxConsecutiveFailures"] = "3",
    });

    [Fact]
    public async Task A_reset_needs_the_emailed_code_and_the_authenticator_app_and_signs_out_everything()
    {
        var alice = Customer.New(_host);
        using var laptop = _host.Browser();
        await alice.RegisterAsync(laptop);
        await alice.EnrolTotpAsync(laptop);
        Assert.True((await laptop.MeAsync()).SignedIn);

        using var phone = _host.Browser();
        await phone.SubmitAsync("/account/forgot", new Dictionary<string, string> { ["Email"] = alice.Email });
        Assert.True(phone.IsAt("/account/reset"));
        await phone.PostAsync("/account/reset", new Dictionary<string, string> { ["Code"] = await ResetCodeAsync(alice.Email) }, "Code");
        Assert.Contains("Your second factor is still needed", phone.Html, StringComparison.Ordinal);

        // The e-mail alone is not enough: a wrong app code leaves the password as it was.
        const string NewPassword = "a quiet new passphrase for alice";
        var wrong = alice.TotpNow() == "000000" ? "111111" : "000000";
        await phone.PostAsync("/account/reset", new Dictionary<string, string> { ["Factor"] = "totp", ["FactorCode"] = wrong, ["Next"] = NewPassword }, "Password");
        Assert.Contains("not accepted", phone.Html, StringComparison.Ordinal);
        using (var check = _host.Browser())
        {
            await alice.SubmitPasswordAsync(check, NewPassword);
            Assert.True(check.IsAt("/account/sign-in"), "the new password must not work before the reset is finished");
        }

        await phone.PostAsync("/account/reset", new Dictionary<string, string> { ["Factor"] = "totp", ["FactorCode"] = alice.TotpNow(), ["Next"] = NewPassword }, "Password");
        Assert.True(phone.IsAt("/account/sign-in"), $"got {phone.Location}");
        Assert.Contains("Your password is reset", phone.Html, StringComparison.Ordinal);
        Assert.False((await laptop.MeAsync()).SignedIn);

        await alice.SubmitPasswordAsync(phone, NewPassword);
        Assert.True(phone.IsAt("/account/verify"));
    }

    [Fact]
    public async Task An_address_without_an_account_gets_the_same_pages_and_no_code_works()
    {
        var alice = Customer.New(_host);
        using (var setup = _host.Browser())
        {
            await alice.RegisterAsync(setup);
        }

        using var known = _host.Browser();
        await known.SubmitAsync("/account/forgot", new Dictionary<string, string> { ["Email"] = alice.Email });
        var knownPage = Normalise(known.Html);
        await known.PostAsync("/account/reset", new Dictionary<string, string> { ["Code"] = "123456" == await ResetCodeAsync(alice.Email) ? "654321" : "123456" }, "Code");
        var knownWrong = Normalise(known.Html);

        using var unknown = _host.Browser();
        await unknown.SubmitAsync("/account/forgot", new Dictionary<string, string> { ["Email"] = "nobody@example.com" });
        Assert.Equal(knownPage, Normalise(unknown.Html));
        await unknown.PostAsync("/account/reset", new Dictionary<string, string> { ["Code"] = "123456" }, "Code");
        Assert.Equal(knownWrong, Normalise(unknown.Html));
        Assert.Empty(await _host.MessagesToAsync("nobody@example.com"));
    }

    [Fact]
    public async Task A_reset_reopens_an_address_blocked_after_the_failure_limit()
    {
        var bob = Customer.New(_host, "bob");
        using (var setup = _host.Browser())
        {
            await bob.RegisterAsync(setup);
        }

        using var attacker = _host.Browser();
        for (var i = 0; i < 3; i++)
        {
            _host.Clock.Advance(TimeSpan.FromHours(1));
            await bob.SubmitPasswordAsync(attacker, "guess " + i);
        }

        // Blocked for good: even the right password, even a day later.
        _host.Clock.Advance(TimeSpan.FromDays(1));
        using var owner = _host.Browser();
        await bob.SubmitPasswordAsync(owner);
        Assert.Equal(HttpStatusCode.TooManyRequests, owner.Status);
        Assert.Contains("Forgot your password", owner.Html, StringComparison.Ordinal);

        // Bob resets (no authenticator app: the e-mailed code is his factor) and is back.
        await owner.SubmitAsync("/account/forgot", new Dictionary<string, string> { ["Email"] = bob.Email });
        await owner.PostAsync("/account/reset", new Dictionary<string, string> { ["Code"] = await ResetCodeAsync(bob.Email) }, "Code");
        await owner.PostAsync("/account/reset", new Dictionary<string, string> { ["Next"] = "bob chose a fresh passphrase" }, "Password");
        Assert.True(owner.IsAt("/account/sign-in"));
        await bob.SubmitPasswordAsync(owner, "bob chose a fresh passphrase");
        Assert.True(owner.IsAt("/account/verify"), $"got {owner.Location} {owner.Status}");
    }

    private async Task<string> ResetCodeAsync(string email)
    {
        var message = (await _host.MessagesToAsync(email)).Last(m => m.Kind == SecurityMessageKind.AccountNotice && m.Subject.Contains("Reset", StringComparison.Ordinal));
        return SixDigits().Match(message.Body).Value;
    }

    private static string Normalise(string html) => AntiforgeryValue().Replace(html, "value=\"token\"");

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();

    [GeneratedRegex("value=\"CfDJ8[^\"]*\"")]
    private static partial Regex AntiforgeryValue();

    public void Dispose() => _host.Dispose();
}
