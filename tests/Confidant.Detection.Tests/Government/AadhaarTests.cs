namespace Confidant.Detection.Tests.Government;

public class AadhaarTests
{
    private const string Aadhaar = "IN_AADHAAR";

    [Theory]
    [InlineData("My Aadhaar number is 400123456787 with a lot of text beyond it", "400123456787")]
    [InlineData("aadhar: 3998 7654 3211", "3998 7654 3211")]
    [InlineData("UIDAI no 3123-4567-8909", "3123-4567-8909")]
    [InlineData("मेरा आधार 5271 8364 0929 है", "5271 8364 0929")]
    [InlineData("804551273918 (Aadhaar)", "804551273918")]
    [InlineData("adhar 399876543211", "399876543211")]
    [InlineData("My Aadhaar card number is 3998 7654 3211", "3998 7654 3211")]
    [InlineData("mera aadhar card number 3998 7654 3211 hai", "3998 7654 3211")]
    [InlineData("my Aadhaar was rejected when I typed 3998 7654 3211", "3998 7654 3211")] // a name, not an acronym: words between do not matter
    public void Scan_AadhaarWithItsName_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, Aadhaar));

    [Theory]
    [InlineData("aadhaar 3998 7654-3211")]  // mixed separators
    [InlineData("aadhaar 3998 7654 3211 5")] // a longer number
    [InlineData("3998 7654 3211")]          // no name near
    [InlineData("My UID is 3998 7654 3211")] // a user id as often as an Aadhaar
    [InlineData("My Aadhaar linked bank account number is 399876543211")] // the account word announces it
    [InlineData("My Aadhaar linked mobile number is 399876543211")]
    [InlineData("Aadhaar linked hai. Naya mobile 3998 7654 3211")] // another sentence
    public void Scan_InvalidOrUnnamedAadhaar_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, Aadhaar));

    [Theory]
    [InlineData("aadhaar 3998 7654 3212", "3998 7654 3212")]  // Verhoeff fails
    [InlineData("aadhar number 6932 8404 7868 hai mera, please check why ekyc failing", "6932 8404 7868")]
    public void Scan_NamedAadhaarWhoseCheckFails_IsFoundWithoutValidator(string text, string expected)
    {
        var finding = Assert.Single(Detectors.Default.Detect(text).Findings);
        Assert.Equal(Aadhaar, finding.Class.Name);
        Assert.Equal(expected, text[finding.Start..finding.End]);
        Assert.Null(finding.Explanation.Validator);
    }

    [Theory]
    [InlineData("my aadhaar card is lost, 3998 7654 3212 maybe")]  // check fails and the name is not right before it
    [InlineData("aadhaar: 3998 7654-3212")]                       // mixed separators
    public void Scan_AadhaarWhoseCheckFailsWithoutItsNameRightBefore_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, Aadhaar));
}
