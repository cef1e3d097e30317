using System.Diagnostics;

namespace Confidant.Detection.Tests.Contact;

public class ContactHostileInputTests
{
    public static TheoryData<string> HostileTexts => new()
    {
        string.Concat(Enumerable.Repeat("a@", 100_000)),
        new string('@', 200_000),
        string.Concat(Enumerable.Repeat("a.", 100_000)) + "@" + string.Concat(Enumerable.Repeat("b.", 100_000)),
        new string('1', 200_000),
        string.Concat(Enumerable.Repeat("1 ", 100_000)),
        string.Concat(Enumerable.Repeat("12-", 70_000)),
        string.Concat(Enumerable.Repeat("1.", 100_000)),
        string.Concat(Enumerable.Repeat("::", 100_000)),
        string.Concat(Enumerable.Repeat("ab:", 70_000)),
        string.Concat(Enumerable.Repeat("12 Oak ", 30_000)),
        string.Concat(Enumerable.Repeat("Calle de ", 25_000)),
        string.Concat(Enumerable.Repeat("SW1A ", 40_000)),
        string.Concat(Enumerable.Repeat("(1) ", 50_000)),
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Scan_HostileInput_FinishesQuicklyWithSpansInside(string text)
    {
        var watch = Stopwatch.StartNew();
        var result = Detectors.Default.Detect(text);
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
        Assert.All(result.Findings, f => Assert.InRange(f.End, f.Start + 1, text.Length));
    }

    [Fact]
    public void Scan_ManyEmails_AreAllFound()
    {
        var text = string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"user{i}@example.com"));
        Assert.Equal(2000, Detectors.Values(text, "EMAIL").Count);
    }

    [Theory]
    [InlineData("\uD800\uDC00@\uDBFF\uDFFF.com")]
    [InlineData("\u0301@\u0301.\u0301")]
    [InlineData("１２３４５６７８９０１２")]
    [InlineData("\uFEFF+\u200B4\u200B4")]
    [InlineData("(((((((((((1")]
    [InlineData("1)))))))))))")]
    [InlineData("@")]
    [InlineData(":")]
    public void Scan_OddUnicode_DoesNotThrow(string text)
    {
        var result = Detectors.Default.Detect(text);
        Assert.All(result.Findings, f => Assert.InRange(f.End, f.Start + 1, text.Length));
    }

    [Fact]
    public void Scan_BenignChatMessage_FindsNothing()
    {
        const string text = "Hi! Can you help me plan a 3 day trip to Rome in May? Budget is about 1500 euros, thanks.";
        Assert.Empty(Detectors.Find(text));
    }
}
