namespace Confidant.Detection.Tests.Government;

public class ItalianFiscalCodeTests
{
    private const string FiscalCode = "IT_FISCAL_CODE";

    [Theory]
    [InlineData("il mio codice fiscale è RSSMRA85T10A562S", "RSSMRA85T10A562S")]
    [InlineData("RSSMRA85T10A562S", "RSSMRA85T10A562S")]            // capitals: distinctive alone
    [InlineData("CF: mrtmtt25d09f205z", "mrtmtt25d09f205z")]        // lower case, named
    [InlineData("tax code AAAAAA00B11C333Y and nothing else", "AAAAAA00B11C333Y")]
    [InlineData("Rssmra85t10a562s è il mio codice fiscale", "Rssmra85t10a562s")] // capitalised by a phone
    [InlineData("C.F. rssmra85t10a562s", "rssmra85t10a562s")]
    public void Scan_FiscalCode_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, FiscalCode));

    [Theory]
    [InlineData("codice fiscale RSSMRA85T10A562T")] // wrong check letter
    [InlineData("codice fiscale AAAAAA00B11C333N")] // wrong check letter
    [InlineData("codice fiscale RSSMRA85F10A562S")] // F is no month
    [InlineData("codice fiscale RSSMRA85T35A562S")] // no day 35
    [InlineData("codice fiscale A55AAA00B11C333N")] // digits in the name part
    public void Scan_InvalidOrWeakFiscalCode_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, FiscalCode));

    [Theory]
    [InlineData("RSSMRA85T10A562S", 0.95)]
    [InlineData("rssmra85t10a562s", 0.8)]
    [InlineData("codice fiscale: rssmra85t10a562s", 1.0)]
    public void Scan_FiscalCode_ScoresByCaseAndName(string text, double score) =>
        Assert.Equal(score, Detectors.Default.Detect(text).Findings.Single().Score);
}
