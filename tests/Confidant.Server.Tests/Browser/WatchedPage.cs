using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Confidant.Identity.Messaging;
using Microsoft.Playwright;

namespace Confidant.Server.Tests.Browser;

/// <summary>What the account and chat browser tests share: a page whose problems are collected, and the development outbox read as the customer's mailbox.</summary>
internal static partial class WatchedPage
{
    /// <summary>Collects console errors and warnings, page errors and CSP violations (reported on the console by a test-only script).</summary>
    public static async Task<ConcurrentQueue<string>> WatchAsync(IPage page)
    {
        var problems = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Enqueue($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Enqueue("page error: " + error);
        await page.AddInitScriptAsync("""
            document.addEventListener("securitypolicyviolation", (e) =>
              console.error("CSP violation: " + e.violatedDirective + " blocked " + e.blockedURI));
            """);
        return problems;
    }

    /// <summary>The code in the newest message of a kind to an address in the server's development outbox, waiting for it to arrive.</summary>
    public static async Task<string> LatestCodeAsync(string dataFolder, string email, SecurityMessageKind kind)
    {
        var outbox = Path.Combine(dataFolder, "outbox", "security-messages.jsonl");
        for (var i = 0; i < 100; i++)
        {
            if (File.Exists(outbox) && (await DevelopmentOutbox.ReadAllAsync(outbox)).LastOrDefault(m => m.Recipient == email && m.Kind == kind) is { } message)
            {
                return SixDigits().Match(message.Body).Value;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"no {kind} message reached the outbox");
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
