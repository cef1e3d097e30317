using System.Text.RegularExpressions;
using Confidant.Identity.Messaging;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Confidant.Server.Tests.Browser;

/// <summary>
/// Alice sends 250 to her landlord in a real browser: the bank's bot confirms, asks for a fresh
/// code in the chat's own secure box (never in the transcript), and sends once it is approved.
/// </summary>
public sealed class BankingStepUpBrowserTests
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = 20_000 };
    private static readonly LocatorAssertionsToContainTextOptions Within = new() { Timeout = 20_000 };

    [SkippableFact]
    public async Task A_transfer_is_confirmed_in_the_secure_box_and_the_code_never_enters_the_chat()
    {
        HeadlessChromium.SkipIfUnavailable();
        await using var server = await Infrastructure.TestServerHost.StartAsync(o => o.Configuration["Confidant:Dialog:Bot"] = "banking");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright, server.Certificate);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var problems = await WatchedPage.WatchAsync(page);
        var email = $"alice.{Guid.NewGuid():N}@example.com";

        await page.GotoAsync("/account/register");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("alice keeps a long passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confirm it is you" })).ToBeVisibleAsync(Visible);
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync(await WatchedPage.LatestCodeAsync(server.DataFolder, email, SecurityMessageKind.SignInCode));
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Authenticator app" })).ToBeVisibleAsync(Visible);

        await page.GotoAsync("/");
        var transcript = page.GetByRole(AriaRole.Log, new() { Name = "Conversation" });
        await Expect(transcript).ToContainTextAsync("Demo Bank assistant", Within);
        var message = page.GetByLabel("Your message", new() { Exact = true });
        await message.FillAsync("send 250 to my landlord");
        await message.PressAsync("Enter");
        await Expect(transcript).ToContainTextAsync("250.00 GBP to landlord", Within);
        await message.FillAsync("yes");
        await message.PressAsync("Enter");

        var box = page.GetByRole(AriaRole.Form, new() { Name = "Confirm it's you" });
        await Expect(box).ToBeVisibleAsync(Visible);
        await Expect(box).ToContainTextAsync("Confirm sending 250.00 GBP to landlord", Within);
        var code = await WatchedPage.LatestCodeAsync(server.DataFolder, email, SecurityMessageKind.StepUpCode);
        await box.GetByLabel("Code", new() { Exact = true }).FillAsync(code);
        await box.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();

        await Expect(transcript).ToContainTextAsync("Sent:", Within);
        await Expect(box).ToBeHiddenAsync();
        await Expect(transcript).Not.ToContainTextAsync(code);
        Assert.True(problems.IsEmpty, string.Join("\n", problems));
    }

}
