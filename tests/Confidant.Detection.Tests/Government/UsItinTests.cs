namespace Confidant.Detection.Tests.Government;

public class UsItinTests
{
    private const string Itin = "US_ITIN";

    [Theory]
    [InlineData("ITIN 912-70-1234", "912-70-1234")]
    [InlineData("my taxpayer number is 987 99 4321", "987 99 4321")]
    [InlineData("912-50-1234 please", "912-50-1234")]
    [InlineData("ITIN: 912941234", "912941234")]
    public void Scan_ValidItin_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, Itin));

    [Theory]
    [InlineData("912-93-1234")]
    [InlineData("912-49-1234")]
    [InlineData("912-89-1234")]
    [InlineData("812-70-1234")]
    [InlineData("912701234")]
    [InlineData("invoice 912-70-1234")]
    public void Scan_InvalidItin_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, Itin));

    [Fact]
    public void Scan_ItinShapedNumber_IsNeverAlsoAnSsn() =>
        Assert.Empty(Detectors.Values("SSN 912-70-1234", "US_SSN"));
}
