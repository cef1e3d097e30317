using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Confidant.Detection.Tests.Core;

public class BadInputTests
{
    [Fact]
    public void Detect_TextLongerThanTheMaximum_IsRefusedWithACodeAndWithoutTheText()
    {
        var detector = new SensitiveDataDetector(new DetectionOptions { MaxInputLength = 100 });
        var canary = "4111111111111111" + new string('x', 100);
        var error = Assert.Throws<InputTooLargeException>(() => detector.Detect(canary));
        Assert.StartsWith(InputTooLargeException.ErrorCode, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("4111", error.Message, StringComparison.Ordinal);
        Assert.Equal(116, error.Length);
    }

    [Fact]
    public void Detect_EmptyText_FindsNothing() => Assert.False(Detectors.Default.Detect("").HasFindings);

    public static TheoryData<string> HostileInputs => new()
    {
        new string('1', 100_000),
        string.Concat(Enumerable.Repeat("1 ", 50_000)),
        string.Concat(Enumerable.Repeat("1-", 50_000)),
        string.Concat(Enumerable.Repeat("a@", 50_000)),
        string.Concat(Enumerable.Repeat("@", 100_000)),
        string.Concat(Enumerable.Repeat("a.", 50_000)) + "@x",
        string.Concat(Enumerable.Repeat("1.", 50_000)),
        string.Concat(Enumerable.Repeat(":", 100_000)),
        string.Concat(Enumerable.Repeat("a:", 50_000)),
        string.Concat(Enumerable.Repeat("password is ", 10_000)),
        string.Concat(Enumerable.Repeat("my name is ", 10_000)),
        string.Concat(Enumerable.Repeat("Dr. ", 25_000)),
        string.Concat(Enumerable.Repeat("-----BEGIN PRIVATE KEY-----\n", 4_000)),
        new string('A', 100_000),
        string.Concat(Enumerable.Repeat("4111 ", 20_000)),
        string.Concat(Enumerable.Repeat("\u200B", 100_000)),
        string.Concat(Enumerable.Repeat("\uD800", 100_000)),
        string.Concat(Enumerable.Repeat("e\u0301", 50_000)),
        string.Concat(Enumerable.Repeat("\u202Eabc\u202C", 20_000)),
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Detect_HostileInput_CompletesWithSpansInsideTheText(string text)
    {
        var result = Detectors.Default.Detect(text);
        AssertWellFormed(text, result);
    }

    [Property(MaxTest = 300)]
    public void Detect_AnyUnicodeString_NeverThrowsAndReportsWellFormedSpans(string? text)
    {
        text ??= "";
        AssertWellFormed(text, Detectors.Default.Detect(text));
    }

    [Property(MaxTest = 300)]
    public Property Detect_RandomMixOfSensitiveFragments_ReportsWellFormedSpans() =>
        Prop.ForAll(Generators.ChatLikeText.ToArbitrary(), text => AssertWellFormed(text, Detectors.Default.Detect(text)));

    internal static void AssertWellFormed(string text, DetectionResult result)
    {
        var previousEnd = 0;
        foreach (var finding in result.Findings)
        {
            Assert.InRange(finding.Start, previousEnd, text.Length);
            Assert.InRange(finding.End, finding.Start + 1, text.Length);
            Assert.InRange(finding.Score, 0.0, 1.0);
            previousEnd = finding.End;
        }
    }
}
