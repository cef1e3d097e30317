namespace Confidant.Detection.Tests.Government;

public class GermanTaxIdTests
{
    private const string TaxId = "DE_TAX_ID";

    [Theory]
    [InlineData("meine Steuer-ID ist 86095742719", "86095742719")]
    [InlineData("IdNr. 57382916475 liegt vor.", "57382916475")]
    [InlineData("steuerliche Identifikationsnummer: 39 415 268 724", "39 415 268 724")]
    [InlineData("my German tax ID is 86095742719", "86095742719")]
    [InlineData("SteuerIdNr 57382916475", "57382916475")]
    public void Scan_TaxIdWithATaxWord_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, TaxId));

    [Theory]
    [InlineData("Steuer-ID 8609574271")]   // ten digits
    [InlineData("86095742719")]            // no name near
    [InlineData("our VAT number is 86095742719")] // a tax word, but not the Steuer-ID's name
    [InlineData("Steuernummer 86095742719")]     // the Steuernummer is another number
    [InlineData("Kunden-ID-Nr. 86095742719")]
    [InlineData("Steuer-ID habe ich nicht. Nur 86095742719 von der Krankenkasse")] // another sentence
    public void Scan_InvalidOrUnnamedTaxId_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, TaxId));

    // Named right before it, a number whose check digit or digit rules fail is still the
    // customer's (mistyped) id: reported as named, with no validator in its explanation.
    [Theory]
    [InlineData("Steuer-ID 86095742718")]  // wrong check digit
    [InlineData("Steuer-ID 47019538268")]  // no digit repeats in the first ten
    [InlineData("Steuer-ID 06095742719")]  // starts with 0
    public void Scan_NamedTaxIdWhoseCheckFails_IsFoundWithoutValidator(string text)
    {
        var finding = Assert.Single(Detectors.Default.Detect(text).Findings);
        Assert.Equal(TaxId, finding.Class.Name);
        Assert.Null(finding.Explanation.Validator);
        Assert.True(finding.Score < 1.0);
    }

    // A valid Steuer-ID named earlier in the message, past the end of the naming sentence.
    [Theory]
    [InlineData("Ich brauche eine neue Mitteilung über meine Steuer-ID, die alte ist weg. Hier die Nummer: 86095742719")]
    [InlineData("Ihr Formular will die steuerliche Identifikationsnummer von mir. Meine: 86095742719")]
    public void Scan_ValidTaxIdNamedEarlierInTheMessage_IsFound(string text) =>
        Assert.Equal(["86095742719"], Detectors.Values(text, TaxId));

    [Theory]
    [InlineData("Steuer-ID habe ich nicht. Nur 86095742719 von der Krankenkasse")] // denied
    [InlineData("Ich habe keine Steuer-ID. Meine Kundennummer: 86095742719")]         // denied, and another kind named
    [InlineData("Steuer-ID kommt später. 86095742719 ist meine Telefonnummer")]       // told to be something else
    [InlineData("Meine Steuer-ID habe ich per Post bekommen. Können Sie Vorgang 86095742719 prüfen?")] // named a case
    public void Scan_TaxIdNamedEarlierButDeniedOrOther_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, TaxId));
}
