using Confidant.Identity.Messaging;
using OtpNet;

namespace Confidant.Server.Tests.Account;

/// <summary>A customer with a mailbox (the outbox) and, once enrolled, an authenticator app (the secret).</summary>
public sealed class Customer(AccountHost host, string email, string password)
{
    public string Email { get; } = email;

    public string Password { get; } = password;

    public string? TotpSecret { get; private set; }

    public static Customer New(AccountHost host, string name = "alice") =>
        new(host, $"{name}.{Guid.NewGuid():N}@example.com", $"plum kettle {Guid.NewGuid().ToString("N")[..8]} harbour");

    /// <summary>The app's current code (the test moves the host's clock past each used step).</summary>
    public string TotpNow() => new Totp(Base32Encoding.ToBytes(TotpSecret!)).ComputeTotp(host.Clock.GetUtcNow().UtcDateTime);

    /// <summary>Registers, confirms the address with the code from the mailbox, lands signed in on the authenticator page.</summary>
    public async Task RegisterAsync(AccountBrowser browser)
    {
        await browser.SubmitAsync("/account/register", new Dictionary<string, string> { ["Email"] = Email, ["Password"] = Password });
        Assert.True(browser.IsAt("/account/verify"), $"after registering: {browser.Location} {browser.Status} {System.Text.RegularExpressions.Regex.Match(browser.Html, "<li>[^<]*</li>").Value}");
        var code = await host.LatestCodeAsync(Email, SecurityMessageKind.SignInCode);
        await browser.PostAsync("/account/verify", new Dictionary<string, string> { ["Factor"] = "email-code", ["Code"] = code, ["ReturnUrl"] = "/account/authenticator" }, "Code");
        Assert.True(browser.IsAt("/account/authenticator"), $"after confirming: {browser.Location}");
    }

    /// <summary>On the authenticator page: reads the key as the app would scan it and confirms with a code.</summary>
    public async Task<IReadOnlyList<string>> EnrolTotpAsync(AccountBrowser browser)
    {
        await browser.GetAsync("/account/authenticator");
        var secret = System.Text.RegularExpressions.Regex.Match(browser.Html, "id=\"totp-secret\">([A-Z2-7 ]+)<").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(secret), "no key on the enrolment page");
        TotpSecret = secret.Replace(" ", string.Empty, StringComparison.Ordinal);
        await browser.PostAsync("/account/authenticator", new Dictionary<string, string> { ["Code"] = TotpNow() }, "Confirm");
        var codes = System.Text.RegularExpressions.Regex.Matches(browser.Html, "<li><code>([^<]+)</code></li>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);
        host.Clock.Advance(TimeSpan.FromSeconds(30)); // the next code the app shows
        return codes;
    }

    /// <summary>Submits the password; the browser then is either signed in or on the second-factor page.</summary>
    public Task SubmitPasswordAsync(AccountBrowser browser, string? password = null) =>
        browser.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = Email, ["Password"] = password ?? Password });

    /// <summary>On the second-factor page: a code from the app, optionally trusting the browser.</summary>
    public async Task PresentTotpAsync(AccountBrowser browser, bool trust = false, string? code = null)
    {
        var fields = new Dictionary<string, string> { ["Factor"] = "totp", ["Code"] = code ?? TotpNow() };
        if (trust)
        {
            fields["TrustDevice"] = "true";
        }

        await browser.PostAsync("/account/verify", fields, "Code");
    }

    public static Task SignOutAsync(AccountBrowser browser) =>
        browser.SubmitAsync("/account/sign-out", new Dictionary<string, string>());
}
