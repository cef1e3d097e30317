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

public class CardExpiryPhrasingTests
{
    private const string Expiry = "CARD_EXPIRY";

    [Theory]
    [InlineData("Karte 4111 1111 1111 1111, gültig bis 04.26, danke", "04.26")]
    [InlineData("HI EXP. 12.26", "12.26")]
    [InlineData("exp 0925 cvc 281", "0925")]
    [InlineData("the expiry on my card is Nov/27, is that why", "Nov/27")]
    [InlineData("THE EXPIRY ON MY CARD IS 11/2027", "11/2027")]
    public void Scan_ExpiryWrittenLoosely_IsFound(string text, string expected)
    {
        Assert.Equal([expected], Detectors.Values(text, Expiry));
    }

    [Theory]
    [InlineData("the price is 04.26 euros")]
    [InlineData("exp 2025")]
    [InlineData("exp 1399")]
    [InlineData("ID verification: passport expires 10/2029")]
    public void Scan_DecimalsYearsAndDocumentExpiry_AreNotCardExpiry(string text)
    {
        Assert.Empty(Detectors.Values(text, Expiry));
    }

    [Theory]
    [InlineData("hola, tarjeta 4095 4941 3482 6901 venc. 05/28 gracias", "05/28")]
    [InlineData("card: 4958 7019 8316 3855 / 09.31 / 127", "09.31")]
    public void Scan_ExpiryAbbreviatedOrAsTheNextField_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "CARD_EXPIRY"));

    [Fact]
    public void Scan_CodeAfterCardAndExpiryFields_IsACvv() =>
        Assert.Equal(["127"], Detectors.Values("card: 4958 7019 8316 3855 / 09.31 / 127", "CARD_CVV"));

    // Leases, policies and offers expire too.
    [Theory]
    [InlineData("my lease expires 04/28 so i'd like the rent autopay to stop then")]
    [InlineData("my insurance policy expires 09/27, do you still need a copy of it?")]
    [InlineData("the offer expires 12/26 right?")]
    [InlineData("4958 7019 8316 3855 and 09.31 euros")]
    public void Scan_DateOfSomethingElseThatExpires_IsNotACardExpiry(string text) =>
        Assert.Empty(Detectors.Values(text, "CARD_EXPIRY"));

    [Fact]
    public void Scan_CardExpiryNextToAPolicyWord_IsFoundWhenACardIsNamed() =>
        Assert.Equal(["09/27"], Detectors.Values("the card on my policy expires 09/27", "CARD_EXPIRY"));

    [Theory]
    [InlineData("4870198316385963 0230 117", "0230", "117")]
    [InlineData("5310.8917.4130.1101 05.28 246", "05.28", "246")]
    [InlineData("pay w/ 2720078800490501/06/31/559", "06/31", "559")]
    [InlineData("card#5128-6885-8131-2756 exp0928 cvc372 pls charge the deposit", "0928", "372")]
    public void Scan_CardDumpWithoutWords_FindsExpiryAndCode(string text, string expiry, string code)
    {
        Assert.Equal([expiry], Detectors.Values(text, "CARD_EXPIRY"));
        Assert.Equal([code], Detectors.Values(text, "CARD_CVV"));
    }

    [Fact]
    public void Scan_MonthNameWithApostropheYear_IsFoundAfterExpiryWord() =>
        Assert.Equal(["Apr '29"], Detectors.Values("top up £20 using 4106 5830 8612 6943, expiry Apr '29", "CARD_EXPIRY"));

    [Theory]
    [InlineData("order 4411 2030 shipped 12.40 100 units")]   // no card before
    [InlineData("the 2019/06/31/559 batch")]
    [InlineData("paid 45.00 on 06/31/559")]
    [InlineData("invoice 2720078800490501 0230117")]           // no separator: one number
    [InlineData("exp0928 for the coupon")]                      // glued, but no card
    [InlineData("version 10.28 123")]
    [InlineData("Paid with 4267 1234 5678 9015 12/05/2024 and it was declined")] // a transaction date
    [InlineData("4096123412341239/12/05/2024")]
    [InlineData("card 4157123412341235 1030 350 GBP at 10:30?")]                 // a time and an amount
    [InlineData("5301123412341237 0800 200 calls to the bank")]
    [InlineData("loyalty card points exp0325")]                                  // no card number
    [InlineData("Membership card valid1225")]
    public void Scan_NumbersThatOnlyLookLikeACardDump_HaveNoExpiry(string text) =>
        Assert.Empty(Detectors.Values(text, "CARD_EXPIRY"));
}
