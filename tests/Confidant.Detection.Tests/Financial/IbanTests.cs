using Confidant.Detection.Engine;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Tests.Financial;

public class IbanTests
{
    private const string Iban = "IBAN";

    [Theory]
    [InlineData("GB82 WEST 1234 5698 7654 32")]
    [InlineData("GB82WEST12345698765432")]
    [InlineData("DE89 3704 0044 0532 0130 00")]
    [InlineData("DE89370400440532013000")]
    [InlineData("FR14 2004 1010 0505 0001 3M02 606")]
    [InlineData("NO93 8601 1117 947")]
    [InlineData("BE68 5390 0754 7034")]
    [InlineData("NL91 ABNA 0417 1643 00")]
    [InlineData("ES91 2100 0418 4502 0005 1332")]
    [InlineData("CH93 0076 2011 6238 5295 7")]
    [InlineData("IT60 X054 2811 1010 0000 0123 456")]
    [InlineData("MT84 MALT 0110 0001 2345 MTLC AST0 01S")]
    [InlineData("de89 3704 0044 0532 0130 00")]
    [InlineData("DE89-3704-0044-0532-0130-00")]
    public void Scan_ValidIban_IsFound(string iban)
    {
        Assert.Equal([iban], Detectors.Values($"please send it to {iban} today", Iban));
    }

    [Fact]
    public void Scan_IbanWithIbanWord_ScoresFullConfidence()
    {
        var finding = Assert.Single(Detectors.Default.Detect("IBAN: DE89 3704 0044 0532 0130 00").Findings);
        Assert.Equal(Scores.ValidatedWithContext, finding.Score);
        Assert.Equal("financial.iban", finding.Explanation.RecognizerId);
    }

    [Fact]
    public void Scan_IbanWithoutWord_ScoresValidated()
    {
        var finding = Assert.Single(Detectors.Default.Detect("DE89370400440532013000").Findings);
        Assert.Equal(Scores.Validated, finding.Score);
    }

    [Theory]
    [InlineData("GB82 WEST 1234 5698 7654 33")]    // mod 97 fails
    [InlineData("DE89 3704 0044 0532 0130 0")]     // one char short for Germany
    [InlineData("DE89 3704 0044 0532 0130 000")]   // one char too many
    [InlineData("XX89 3704 0044 0532 0130 00")]    // no such country
    [InlineData("US12 3456 7890 1234 5678 90")]    // the US has no IBAN
    public void Scan_InvalidIban_IsNotFound(string text)
    {
        Assert.Empty(Detectors.Values($"iban {text}", Iban));
    }

    [Fact]
    public void Scan_IbanWithNoBreakSpacesAndZeroWidthChars_IsFound()
    {
        const string iban = "DE89\u00A03704\u00A00044\u200B0532 0130 00";
        Assert.Equal([iban], Detectors.Values($"iban {iban}", Iban));
    }

    [Fact]
    public void Scan_FullWidthIban_IsFound()
    {
        const string iban = "ＤＥ８９３７０４００４４０５３２０１３０００";
        Assert.Equal([iban], Detectors.Values($"iban {iban}", Iban));
    }

    [Fact]
    public void Scan_IbanDigits_AreNotAlsoABankAccount()
    {
        var findings = Detectors.Find("my account IBAN is DE89 3704 0044 0532 0130 00");
        Assert.Equal([("IBAN", "DE89 3704 0044 0532 0130 00")], findings);
    }

    [Theory]
    [InlineData("DE89 3704 0044 0532 0130 00", true)]
    [InlineData("NO9386011117947", true)]
    [InlineData("DE89 3704 0044 0532 0130 01", false)]
    [InlineData("NO9386011117947 1", false)]
    [InlineData("ZZ00", false)]
    public void IbanValidator_ChecksCountryLengthAndMod97(string value, bool valid)
    {
        Assert.Equal(valid, IbanValidator.IsValid(value));
        Assert.True(ValidatorRegistry.TryGet("iban", out var validator));
        Assert.Equal(valid, validator(value));
    }
}
