using System.Text.RegularExpressions;

namespace Confidant.Server.Tests.Chat;

/// <summary>The web chat page and widget as served: no inline script, text never rendered as HTML, accessible structure.</summary>
public sealed partial class WebChatPageTests : IClassFixture<ChatHostFixture>
{
    private readonly ChatHost _host;

    public WebChatPageTests(ChatHostFixture fixture) => _host = fixture.Host;

    [Fact]
    public async Task ThePage_HasNoInlineScript_AndALiveRegionForNewMessages()
    {
        using var browser = _host.Browser();
        var html = await browser.GetStringAsync("/");

        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(EventHandlerAttribute(), html);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("role=\"log\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-live=\"polite\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"privacy-notice\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"message\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/chat.js")]
    [InlineData("/widget.js")]
    public async Task TheScripts_NeverRenderServerTextAsHtml(string path)
    {
        using var browser = _host.Browser();
        var script = await browser.GetStringAsync(path);

        foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function" })
        {
            Assert.DoesNotContain(sink, script, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();
}
