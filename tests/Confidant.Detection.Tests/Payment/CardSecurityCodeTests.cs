namespace Confidant.Detection.Tests.Payment;

public class CardSecurityCodeTests
{
    private const string Cvv = "CARD_CVV";

    [Theory]
    [InlineData("cvv 123", "123")]
    [InlineData("CVV: 123", "123")]
    [InlineData("cvc2 = 4567", "4567")]
    [InlineData("the CID is 1234", "1234")]
    [InlineData("security code 737", "737")]
    [InlineData("código de seguridad 123", "123")]
    [InlineData("cryptogramme 321", "321")]
    [InlineData("Prüfziffer 999", "999")]
    [InlineData("123 is the cvv", "123")]
    public void Scan_ThreeOrFourDigitsAfterCvvWord_AreFound(string text, string expected)
    {
        Assert.Equal([expected], Detectors.Values(text, Cvv));
    }

    [Theory]
    [InlineData("I have 123 apples")]
    [InlineData("room 1234")]
    [InlineData("social security 1234")]
    [InlineData("cvv 12")]
    [InlineData("cvv 12345")]
    [InlineData("cvv 123-456")]
    [InlineData("cvv 1.234")]
    public void Scan_DigitsWithoutCvvWordOrWrongLength_AreNotFound(string text)
    {
        Assert.Empty(Detectors.Values(text, Cvv));
    }

    [Fact]
    public void Scan_CvvAfterCardAndExpiry_IsFoundOnce()
    {
        Assert.Equal(["123"], Detectors.Values("card 4111 1111 1111 1111 exp 01/27 cvv 123", Cvv));
    }

    [Fact]
    public void Scan_CvvWordBeforeAnotherNumber_DoesNotMarkTheFirst()
    {
        Assert.Equal(["567"], Detectors.Values("pin 1234, cvv 567", Cvv));
        Assert.Equal(["123"], Detectors.Values("cvv 123 and 4567", Cvv));
    }

    [Fact]
    public void Scan_FullWidthCvv_IsFound()
    {
        Assert.Equal(["１２３"], Detectors.Values("cvv １２３", Cvv));
    }
}

public class CardSecurityCodePhrasingTests
{
    private const string Cvv = "CARD_CVV";

    [Theory]
    [InlineData("code on back 893, thanks", "893")]
    [InlineData("3 digit code on the back: 091", "091")]
    [InlineData("the 3 digits on the back are 601", "601")]
    [InlineData("sec code 511", "511")]
    [InlineData("card 4111 1111 1111 1111 please. exp 08/29, code 078.", "078")]
    [InlineData("4111 1111 1111 1111 07/29 672", "672")]
    [InlineData("4111 1111 1111 1111 07 / 26 586", "586")]
    public void Scan_CvvPhrasedWithoutTheWordCvv_IsFound(string text, string expected)
    {
        Assert.Equal([expected], Detectors.Values(text, Cvv));
    }

    [Theory]
    [InlineData("your code is 1234")]
    [InlineData("verification code 3588 didn't work")]
    [InlineData("card 4111 1111 1111 1111, 2FA code 227 064")]
    [InlineData("promo code 123 on the back of the flyer")]
    [InlineData("meeting 07/29 672 people")]
    public void Scan_OtherCodes_AreNotCvv(string text)
    {
        Assert.Empty(Detectors.Values(text, Cvv));
    }

    [Theory]
    [InlineData("card#5128-6885-8131-2756 exp0928 cvc372")]
    [InlineData("CVV0412 card 4372590542478641")]
    public void Scan_CodeGluedToItsWord_ReportsTheDigits(string text) =>
        Assert.Single(Detectors.Values(text, "CARD_CVV"), v => v.All(char.IsAsciiDigit));

    [Theory]
    [InlineData("the 2019/06/31/559 batch")]
    [InlineData("ref abc123 and pc2024")]
    [InlineData("cvc37")]
    [InlineData("cvc372")]                          // no card number on the line
    [InlineData("Customer ref CID4521")]
    [InlineData("The CSC1204 module on the card terminal")]
    [InlineData("card 4157123412341235 1030 350 GBP at 10:30?")]
    public void Scan_DigitsJoinedOrGluedToOtherThings_AreNoCode(string text) =>
        Assert.Empty(Detectors.Values(text, "CARD_CVV"));
}
