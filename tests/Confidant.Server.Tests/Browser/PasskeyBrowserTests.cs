using System.Text.Json;
using System.Text.RegularExpressions;
using Confidant.Identity.Messaging;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Confidant.Server.Tests.Browser;

/// <summary>
/// Passkeys in a real browser: headless Chromium with its virtual authenticator (CTAP2, internal,
/// resident keys, user verification), against a real server over TLS. The page's script fetches
/// the options, the browser makes and uses the passkey, the server checks it; no inline script,
/// no CSP violation, no console error.
/// </summary>
public sealed class PasskeyBrowserTests
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = 20_000 };

    [SkippableFact]
    public async Task A_customer_adds_a_passkey_and_signs_in_with_it_alone()
    {
        HeadlessChromium.SkipIfUnavailable();
        await using var server = await Infrastructure.TestServerHost.StartAsync();

        // WebAuthn needs a secure context and a relying party id that is a domain: the server
        // listens on 127.0.0.1, which Chromium reaches as localhost (an IP address is no rp id).
        var site = new UriBuilder(server.BaseAddress) { Host = "localhost" }.Uri;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright, server.Certificate);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.ToString() });
        var page = await context.NewPageAsync();
        var problems = await WatchedPage.WatchAsync(page);

        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        var added = await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
            },
        });
        var authenticatorId = added!.Value.GetProperty("authenticatorId").GetString()!;

        var email = $"hedy.{Guid.NewGuid():N}@example.com";
        const string Password = "hedy hops frequencies daily";

        // Register: address and password, then the code from the mailbox.
        await page.GotoAsync("/account/register");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confirm it is you" })).ToBeVisibleAsync(Visible);
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync(await WatchedPage.LatestCodeAsync(server.DataFolder, email, SecurityMessageKind.SignInCode));
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Authenticator app" })).ToBeVisibleAsync(Visible);

        // Add a passkey: the browser makes it on the virtual authenticator, the list shows it.
        await page.GotoAsync("/account/passkeys");
        await Expect(page.Locator("#no-passkeys")).ToBeVisibleAsync(Visible);
        await page.GetByLabel("Name (optional, to tell your passkeys apart)").FillAsync("Test laptop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Expect(page.Locator("#passkey-message")).ToContainTextAsync("Passkey added", new() { Timeout = 20_000 });
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Test laptop", Exact = true })).ToBeVisibleAsync(Visible);
        var stored = await cdp.SendAsync("WebAuthn.getCredentials", new Dictionary<string, object> { ["authenticatorId"] = authenticatorId });
        var credential = Assert.Single(stored!.Value.GetProperty("credentials").EnumerateArray());
        Assert.True(credential.GetProperty("isResidentCredential").GetBoolean(), "the passkey is not discoverable");
        Assert.Equal("localhost", credential.GetProperty("rpId").GetString());

        // Sign out, then sign in with the passkey alone: no address, no password, no code.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        // The address is polled: WaitForURLAsync, which also waits for a load event, timed out once
        // in a full CI run (30 s) although the network had gone idle.
        await Expect(page).ToHaveURLAsync(new Regex("/$"), new() { Timeout = 20_000 });
        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account" })).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("with a passkey")).ToBeVisibleAsync(Visible);
        var used = await cdp.SendAsync("WebAuthn.getCredentials", new Dictionary<string, object> { ["authenticatorId"] = authenticatorId });
        Assert.True(used!.Value.GetProperty("credentials")[0].GetProperty("signCount").GetInt32() > credential.GetProperty("signCount").GetInt32(), "the passkey was not used");

        // The list says when it was last used.
        await page.GotoAsync("/account/passkeys");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Test laptop", Exact = true })).ToBeVisibleAsync(Visible);
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "never", Exact = true })).ToHaveCountAsync(0);

        Assert.True(problems.IsEmpty, string.Join("\n", problems));
    }
}
