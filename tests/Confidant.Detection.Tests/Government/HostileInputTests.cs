namespace Confidant.Detection.Tests.Government;

public class HostileInputTests
{
    public static TheoryData<string> Inputs => new()
    {
        new string('1', 100_000),
        string.Concat(Enumerable.Repeat("536-", 25_000)),
        string.Concat(Enumerable.Repeat("passport ", 10_000)),
        string.Concat(Enumerable.Repeat("AB 12 ", 15_000)),
        string.Concat(Enumerable.Repeat("driver's license DL ", 5_000)),
        "\uD800 passport \uDFFF 12345678 \u202E SSN 536-22-8147 \u0301",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Scan_HostileInput_StaysLinearAndInsideText(string text)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var findings = Detectors.Default.Detect(text).Findings;
        Assert.True(watch.ElapsedMilliseconds < 3000);
        Assert.All(findings, f => Assert.True(f.Start >= 0 && f.End <= text.Length && f.Start < f.End));
    }
}
