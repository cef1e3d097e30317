using System.Text.RegularExpressions;
using Confidant.Identity.Messaging;
using Microsoft.Playwright;
using OtpNet;
using static Microsoft.Playwright.Assertions;

namespace Confidant.Server.Tests.Browser;

/// <summary>
/// Registration and sign-in with an authenticator app in a real browser (headless Chromium)
/// against a real server over TLS: the pages work without inline script, the QR code renders,
/// and the chat shows who is signed in.
/// </summary>
public sealed partial class SignInBrowserTests
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = 20_000 };

    [SkippableFact]
    public async Task A_customer_registers_enrols_an_authenticator_app_and_signs_in_with_it()
    {
        HeadlessChromium.SkipIfUnavailable();
        await using var server = await Infrastructure.TestServerHost.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright, server.Certificate);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var problems = await WatchedPage.WatchAsync(page);

        var email = $"grace.{Guid.NewGuid():N}@example.com";
        const string Password = "grace picks a long passphrase";

        // Register: address and password, then the code from the mailbox.
        await page.GotoAsync("/account/register");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confirm it is you" })).ToBeVisibleAsync(Visible);
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync(await WatchedPage.LatestCodeAsync(server.DataFolder, email, SecurityMessageKind.SignInCode));
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();

        // Enrol: the QR code is shown as an image; the app reads the same key the page prints.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Authenticator app" })).ToBeVisibleAsync(Visible);
        var qr = page.GetByRole(AriaRole.Img, new() { NameRegex = QrName() });
        await Expect(qr).ToBeVisibleAsync(Visible);
        Assert.True(await qr.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the QR code did not render");
        var secret = (await page.Locator("#totp-secret").InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal);
        var totp = new Totp(Base32Encoding.ToBytes(secret));
        await page.GetByLabel("Code from the app").FillAsync(totp.ComputeTotp(DateTime.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your recovery codes" })).ToBeVisibleAsync(Visible);

        // Sign out, then sign in with the password and the app's next code.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.Locator("#account-sign-in")).ToBeVisibleAsync(Visible); // back on the chat, signed out
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confirm it is you" })).ToBeVisibleAsync(Visible);
        await page.GetByLabel("A code from your authenticator app").CheckAsync();
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync(totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30))); // the enrolment used this step's code
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account" })).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("with a password and a second factor")).ToBeVisibleAsync(Visible);

        // The chat shows who is signed in (masked) and links to the account.
        await page.GotoAsync("/");
        var who = page.Locator("#account-who");
        await Expect(who).ToBeVisibleAsync(Visible);
        Assert.Equal("Signed in as g•••@example.com", await who.InnerTextAsync());
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Your account" })).ToBeVisibleAsync(Visible);

        Assert.True(problems.IsEmpty, string.Join("\n", problems));
    }

    [GeneratedRegex("QR code")]
    private static partial Regex QrName();
}
