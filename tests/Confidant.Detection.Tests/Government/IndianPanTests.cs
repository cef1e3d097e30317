namespace Confidant.Detection.Tests.Government;

public class IndianPanTests
{
    private const string Pan = "IN_PAN";

    [Theory]
    [InlineData("My PAN number is ABBPM4567S with a lot of text beyond it", "ABBPM4567S")]
    [InlineData("PAN: aaaca1234b", "aaaca1234b")]              // a company's, in lower case, named
    [InlineData("permanent account number AAAHT5678Q", "AAAHT5678Q")]
    [InlineData("pan card no aaacr5055k", "aaacr5055k")]
    [InlineData("my pan is abcpe1234f", "abcpe1234f")]
    [InlineData("KYC again: Aadhar - 8436 6629 7816, Pan - BKRPS2281C, please check", "BKRPS2281C")] // a list's dash label
    public void Scan_Pan_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, Pan));

    [Theory]
    [InlineData("PAN ABCDE1234F")]        // D is no holder type
    [InlineData("PAN ABCP1234F")]         // too short
    [InlineData("PAN ABCPE12345")]        // digit in the last place
    [InlineData("please update ABCPE1234F on my profile")] // alone: promo codes have the shape too
    [InlineData("use code HAPPY5000X at checkout")]
    [InlineData("Kitchen pan HAPPY5000X")]             // the word, not the acronym
    [InlineData("The pan is great. Use HAPPY5000X for 10% off")]
    [InlineData("Frying pan - HAPPY5000X applied")]   // a dash after a lower-case word, not a list's label
    [InlineData("PAN card order 4412, code SHOPP2024X")] // an order word decides first
    [InlineData("PAN X-ABCPE1234F")]      // part of a longer code
    public void Scan_InvalidOrWeakPan_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, Pan));

    [Fact]
    public void Options_PanDisabledByName_IsNotReportedAndOthersStay()
    {
        var options = new DetectionOptions();
        options.DisabledClasses.Add(Pan);
        Assert.Empty(new DetectionOptionsValidator().Validate(null, options).Failures ?? []);
        var detector = new SensitiveDataDetector(options);
        Assert.DoesNotContain("government.in-pan", detector.RecognizerIds);
        Assert.Contains("government.us-ssn", detector.RecognizerIds);
        Assert.Empty(Detectors.Values("My PAN number is ABBPM4567S", Pan, detector));
        Assert.Equal(["536-22-1847"], Detectors.Values("SSN 536-22-1847", "US_SSN", detector));
    }

    [Fact]
    public void Scan_PanNamedEarlierInTheMessage_IsFound() =>
        Assert.Equal(["GZTPG1496C"], Detectors.Values(
            "The portal is rejecting my PAN because I typed it with a space - GZTPG 1496C... without the space: GZTPG1496C", "IN_PAN"));

    [Theory]
    [InlineData("my PAN card is lost. Use promo HAPPY5000X at checkout")]
    [InlineData("I don't have a PAN card. Coupon HAPPY5000X did not work")]
    [InlineData("Our PAN office is shut. Ticket ABCPE1234F")]
    public void Scan_PanShapeAfterAnEarlierNameButAPromotionOrNoOwner_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, "IN_PAN"));
}
