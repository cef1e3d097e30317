using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Confidant.Server.Tests.Browser;

/// <summary>
/// The web chat in a real browser (headless Chromium) against a real server on loopback over TLS:
/// what a customer sees when they type a card number into the chat, and the secure card input.
/// </summary>
public sealed partial class WebChatBrowserTests
{
    private const string CardMessage = "I want to buy item #389501 my cc is 4111 1111 1111 1111 exp 01/27";

    // Generous for a cold server on a small machine (first request migrates the database and JITs
    // the pipeline); the assertions wait for the DOM and return as soon as it matches.
    private static readonly LocatorAssertionsToContainTextOptions Within = new() { Timeout = 20_000 };

    // Runs before the page's own scripts: reports CSP violations on the console (where the test
    // listens) and marks the document once the chat's live WebSocket is open, so the test types
    // only when the message will go over it. Test-only: the page itself is unchanged.
    private const string Instrumentation = """
        document.addEventListener("securitypolicyviolation", (e) =>
          console.error("CSP violation: " + e.violatedDirective + " blocked " + e.blockedURI));
        const NativeWebSocket = window.WebSocket;
        window.WebSocket = class extends NativeWebSocket {
          constructor(...args) {
            super(...args);
            this.addEventListener("open", () => document.documentElement.setAttribute("data-test-live", "open"));
          }
        };
        """;

    [SkippableFact]
    public async Task TypingACardNumber_MasksItInTheTranscript_AndTheSecureInputSavesACard()
    {
        HeadlessChromium.SkipIfUnavailable();
        await using var server = await TestServerHost.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright, server.Certificate);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        // Filled from Playwright's event loop while the test runs.
        var problems = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Enqueue($"console {message.Type}: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Enqueue("page error: " + error);
        await page.AddInitScriptAsync(Instrumentation);
        var framesReceived = 0;
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, _) => Interlocked.Increment(ref framesReceived);

        var response = await page.GotoAsync("/");
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        var transcript = page.GetByRole(AriaRole.Log, new() { Name = "Conversation" });
        await Expect(transcript).ToContainTextAsync("Demo Shop assistant", Within); // the retail pack's greeting
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-test-live", "open", new() { Timeout = 20_000 });

        var message = page.GetByLabel("Your message", new() { Exact = true });
        await message.FillAsync(CardMessage);
        await message.PressAsync("Enter");

        // The customer's own line, as their transcript shows it: the card masked to its last four.
        var mine = transcript.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByText("You", new() { Exact = true }) });
        await Expect(mine).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        var shown = await mine.Locator(".message__text").InnerTextAsync();
        Assert.DoesNotContain("4111 1111 1111", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("41111111", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("01/27", shown, StringComparison.Ordinal);
        Assert.True(MaskedCardThenExpiry().IsMatch(shown), "transcript shows: " + shown);
        Assert.StartsWith("I want to buy item #389501 my cc is ", shown, StringComparison.Ordinal);

        // A privacy notice naming the kind of data (never the value), and the bot's answer.
        var notices = transcript.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByText("Privacy", new() { Exact = true }) });
        var cardNotice = notices.Filter(new() { HasText = "card number" });
        await Expect(cardNotice).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Expect(notices.Filter(new() { HasText = "expiry date" })).ToHaveCountAsync(1);
        Assert.All(await notices.AllInnerTextsAsync(), text => Assert.DoesNotMatch(@"\d{4}|01/27", text));
        var bot = transcript.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByText("Assistant", new() { Exact = true }) });
        await Expect(bot.Last).ToContainTextAsync("secure field", Within);
        Assert.True(Volatile.Read(ref framesReceived) >= 1, "the turn should have arrived over the live WebSocket");
        await Expect(message).ToHaveValueAsync("");

        // The bot offered the secure input: the card goes there, the transcript shows only its hint.
        var secureEntry = page.GetByRole(AriaRole.Form, new() { Name = "Secure card entry" });
        await Expect(secureEntry).ToBeVisibleAsync();
        var cardField = secureEntry.GetByLabel("Card number", new() { Exact = true });
        await Expect(cardField).ToBeFocusedAsync();
        await cardField.FillAsync("4111 1111 1111 1111");
        await secureEntry.GetByRole(AriaRole.Button, new() { Name = "Save card securely" }).ClickAsync();

        await Expect(mine.Last).ToContainTextAsync("Card Visa •••• 1111 saved securely.", Within);
        await Expect(secureEntry).ToBeHiddenAsync();
        // A hidden form leaves the accessibility tree, so the field is found by id to check that
        // the number was not left in the page.
        await Expect(page.Locator("#capture-value")).ToHaveValueAsync("");
        await Expect(message).ToBeFocusedAsync();
        await Expect(transcript).Not.ToContainTextAsync("4111");
        await Expect(transcript).Not.ToContainTextAsync("01/27");
        await Expect(notices.Last).ToContainTextAsync("secure vault");

        Assert.True(problems.IsEmpty, "the page logged problems:\n" + string.Join('\n', problems));
    }

    // The card masked to its last four; the expiry date (cardholder data beside a card) masked too.
    [GeneratedRegex(@"[*•]{4}[ *•]*1111 exp [*•]{2}/[*•]{2}$")]
    private static partial Regex MaskedCardThenExpiry();
}
