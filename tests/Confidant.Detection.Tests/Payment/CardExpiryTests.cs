namespace Confidant.Detection.Tests.Payment;

public class CardExpiryTests
{
    private const string Expiry = "CARD_EXPIRY";

    [Theory]
    [InlineData("exp 01/27", "01/27")]
    [InlineData("expires 12/2027", "12/2027")]
    [InlineData("expiry: 03-26", "03-26")]
    [InlineData("valid thru 01 / 27", "01 / 27")]
    [InlineData("expiration date jan 2027", "jan 2027")]
    [InlineData("vence 05/28", "05/28")]
    [InlineData("date d'expiration 11/29", "11/29")]
    [InlineData("gültig bis 09/26", "09/26")]
    [InlineData("exp 1/27", "1/27")]
    [InlineData("01/27 expiry", "01/27")]
    public void Scan_MonthYearAfterExpiryWord_IsFound(string text, string expected)
    {
        Assert.Equal([expected], Detectors.Values(text, Expiry));
    }

    [Fact]
    public void Scan_MonthYearRightAfterCardNumber_IsFound()
    {
        Assert.Equal(["01/27"], Detectors.Values("4111 1111 1111 1111 01/27", Expiry));
        Assert.Equal(["01/27"], Detectors.Values("card 4111111111111111, 01/27, 123", Expiry));
    }

    [Theory]
    [InlineData("meeting on 01/27")]
    [InlineData("exp 13/27")]
    [InlineData("exp 00/27")]
    [InlineData("exp 01/27/2025")]
    [InlineData("expires 2025-01-27")]
    [InlineData("4111 1111 1111 1111. See you 01/27")]
    [InlineData("in jan 2027 we go")]
    public void Scan_DateWithoutExpiryContextOrInvalidMonth_IsNotFound(string text)
    {
        Assert.Empty(Detectors.Values(text, Expiry));
    }

    [Fact]
    public void Scan_ExpiryWithFullWidthDigitsAndSlash_IsFound()
    {
        Assert.Equal(["０１／２７"], Detectors.Values("exp ０１／２７", Expiry));
    }
}
