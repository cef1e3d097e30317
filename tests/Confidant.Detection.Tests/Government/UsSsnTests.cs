namespace Confidant.Detection.Tests.Government;

public class UsSsnTests
{
    private const string Ssn = "US_SSN";

    [Theory]
    [InlineData("My SSN is 536-22-8147 thanks", "536-22-8147")]
    [InlineData("536 22 8147 is the number", "536 22 8147")]
    [InlineData("ssn: 536.22.8147", "536.22.8147")]
    [InlineData("please file 536-22-8147 today", "536-22-8147")]
    [InlineData("social security number 536228147", "536228147")]
    [InlineData("número de seguro social 536-22-8147", "536-22-8147")]
    public void Scan_ValidSsn_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, Ssn));

    [Theory]
    [InlineData("000-22-8147")]
    [InlineData("666-22-8147")]
    [InlineData("912-22-8147")]
    [InlineData("536-00-8147")]
    [InlineData("536-22-0000")]
    [InlineData("111-11-1111")]
    [InlineData("1-536-22-8147")]
    [InlineData("536-22-8147-2")]
    [InlineData("536228147")]
    [InlineData("order #536-22-8147")]
    [InlineData("item 536228147 shipped")]
    [InlineData("tracking 536-22-8147")]
    [InlineData("078-05-1120")]
    [InlineData("123-45-6789 is the usual example")]
    public void Scan_InvalidOrUnannouncedSsn_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, Ssn));

    [Fact]
    public void Scan_SsnWithContext_ScoresHigherThanAlone()
    {
        var alone = Detectors.Default.Detect("536-22-8147").Findings.Single();
        var announced = Detectors.Default.Detect("my ssn 536-22-8147").Findings.Single();
        Assert.True(announced.Score > alone.Score);
        Assert.Equal(1.0, announced.Score);
    }

    [Fact]
    public void Scan_WellKnownExampleCalledSsn_IsReported() =>
        Assert.Equal(["123-45-6789"], Detectors.Values("My SSN is 123-45-6789", Ssn));

    [Fact]
    public void Scan_SsnWithFullWidthDigits_IsFound() =>
        Assert.Equal(["５３６-２２-８１４７"], Detectors.Values("SSN ５３６-２２-８１４７", Ssn));

    [Fact]
    public void Scan_SsnWithZeroWidthSpaceInside_IsFound() =>
        Assert.Single(Detectors.Values("SSN 536-22\u200B-8147", Ssn));

    [Fact]
    public void Scan_SsnWithNbspSeparators_IsFound() =>
        Assert.Equal(["536\u00A022\u00A08147"], Detectors.Values("SSN 536\u00A022\u00A08147", Ssn));

    [Fact]
    public void Scan_SsnWithMixedSeparators_IsFoundOnlyWithContext()
    {
        Assert.Equal(["536-22 8147"], Detectors.Values("my social security number is 536-22 8147", Ssn));
        Assert.Empty(Detectors.Values("536-22 8147", Ssn));
    }

    [Fact]
    public void Validator_SsnRegistered_Validates()
    {
        Assert.True(Confidant.Detection.Validators.ValidatorRegistry.TryGet("ssn", out var validator));
        Assert.True(validator("536-22-8147"));
        Assert.False(validator("078-05-1120"));
        Assert.False(validator("666-22-8147"));
        Assert.False(validator("53622814"));
    }
}
