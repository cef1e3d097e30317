namespace Confidant.Detection.Tests.Financial;

public class SwiftBicTests
{
    private const string Swift = "SWIFT_BIC";

    [Theory]
    [InlineData("SWIFT: DEUTDEFF", "DEUTDEFF")]
    [InlineData("bic code COBADEFFXXX", "COBADEFFXXX")]
    [InlineData("the swift code is NWBKGB2L", "NWBKGB2L")]
    [InlineData("BIC BNPAFRPP please", "BNPAFRPP")]
    [InlineData("código SWIFT: CAIXESBBXXX", "CAIXESBBXXX")]
    public void Scan_BicWithSwiftWord_IsFound(string text, string expected)
    {
        Assert.Equal([expected], Detectors.Values(text, Swift));
    }

    [Theory]
    [InlineData("wire it to BOFAUS3N today", "BOFAUS3N")]
    [InlineData("send to CHASUS33 and confirm", "CHASUS33")]
    [InlineData("use DEUTDEFFXXX", "DEUTDEFFXXX")]
    public void Scan_CodedUpperCaseBicWithoutWord_IsFound(string text, string expected)
    {
        Assert.Equal([expected], Detectors.Values(text, Swift));
    }

    [Theory]
    [InlineData("that was ABSOLUTE nonsense")]
    [InlineData("my BUSINESS is fine")]
    [InlineData("DEUTDEFF")]                               // plain letters, no word: too much like a word
    [InlineData("swift customer service")]                 // lower-case word of the right shape
    [InlineData("swift ABCDXX12")]                         // XX is no country
    [InlineData("swift DEUT1EFF")]                         // digit in the bank part
    [InlineData("I AM VERY ANGRY ABOUT BOFAUS3N TODAY")]    // shouting
    public void Scan_WordOrInvalidCode_IsNotFound(string text)
    {
        Assert.Empty(Detectors.Values(text, Swift));
    }
}

public class SwiftBicPhrasingTests
{
    [Theory]
    [InlineData("promo code SUMMER20 doesn't work")]
    [InlineData("use coupon SPRING15 today")]
    public void Scan_PromoCode_IsNotABic(string text)
    {
        Assert.Empty(Detectors.Values(text, "SWIFT_BIC"));
    }

    [Fact]
    public void Scan_LowerCaseBicRightAfterSwift_IsFound()
    {
        Assert.Equal(["sogefrpp"], Detectors.Values("the bank's swift is sogefrpp is that right", "SWIFT_BIC"));
    }

    [Fact]
    public void Scan_GermanVoucherCode_IsNoSwift() =>
        Assert.Empty(Detectors.Values("Der Gutscheincode SOMMER10 funktioniert nicht", "SWIFT_BIC"));
}
