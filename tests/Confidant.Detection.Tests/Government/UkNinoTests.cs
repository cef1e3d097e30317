namespace Confidant.Detection.Tests.Government;

public class UkNinoTests
{
    private const string Nino = "UK_NINO";

    [Theory]
    [InlineData("NI number AB123456C", "AB123456C")]
    [InlineData("national insurance: AB 12 34 56 C.", "AB 12 34 56 C")]
    [InlineData("it's JG 123456 A", "JG 123456 A")]
    [InlineData("nino ab123456c", "ab123456c")]
    [InlineData("my NINO is AB123456", "AB123456")]
    public void Scan_ValidNino_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, Nino));

    [Theory]
    [InlineData("QQ123456C")]
    [InlineData("DA123456C")]
    [InlineData("AO123456C")]
    [InlineData("GB123456A")]
    [InlineData("ZZ123456A")]
    [InlineData("AB123456E")]
    [InlineData("ab123456c")]
    [InlineData("AB123456")]
    [InlineData("AB1234567C")]
    [InlineData("order AB123456C")]
    public void Scan_InvalidOrWeakNino_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, Nino));

    [Fact]
    public void Scan_NinoWithContext_ScoresFull() =>
        Assert.Equal(1.0, Detectors.Default.Detect("national insurance AB123456C").Findings.Single().Score);

    [Fact]
    public void Scan_NinoWithoutContext_ScoresAboveThreshold() =>
        Assert.Equal(0.9, Detectors.Default.Detect("AB123456C").Findings.Single().Score);
}
