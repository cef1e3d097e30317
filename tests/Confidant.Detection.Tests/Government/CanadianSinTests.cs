namespace Confidant.Detection.Tests.Government;

public class CanadianSinTests
{
    private const string Sin = "CA_SIN";

    [Theory]
    [InlineData("my SIN is 130-692-544", "130-692-544")]
    [InlineData("mon NAS: 527 384 614", "527 384 614")]
    [InlineData("social insurance number 912004355 thanks", "912004355")]
    [InlineData("numéro d'assurance sociale : 610 448 722", "610 448 722")]
    [InlineData("130 692 544 is my SIN", "130 692 544")]
    [InlineData("130 692 544 (that's my SIN)", "130 692 544")]
    [InlineData("hey my sin is 388075517", "388075517")]     // lower case, as a label
    [InlineData("SIN card 130 692 544", "130 692 544")]
    [InlineData("SIN No. 130 692 544", "130 692 544")]
    [InlineData("sin: 733-262-299 dob: 1988-04-17", "733-262-299")]
    [InlineData("The SIN on it is 589-712-322, birth date March 3, 1961", "589-712-322")]
    public void Scan_SinWithItsName_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, Sin));

    // Several SINs after one name: the numbers and joiners between do not take the later ones from it.
    [Theory]
    [InlineData("my wife's SIN is 622 884 930 and mine is 519 623 516, for the joint account", "622 884 930", "519 623 516")]
    [InlineData("SINs: 130692544, 527384614", "130692544", "527384614")]
    public void Scan_SinsListedAfterOneName_AreAllFound(string text, string first, string second) =>
        Assert.Equal([first, second], Detectors.Values(text, Sin));

    [Theory]
    [InlineData("my SIN is 046 454 286")]   // 0 is never issued
    [InlineData("my SIN is 130-692 544")]   // mixed separators
    [InlineData("my SIN is 1306925440")]    // ten digits
    [InlineData("130692544")]               // one run, no name near
    [InlineData("130.692.544")]             // dotted, no name near: an amount as often
    [InlineData("order 130 692 544 shipped")] // an order word near
    [InlineData("total due 130 692 544 CAD")]
    [InlineData("Exemple SARL, SIREN 337 418 404, capital 10 000 €")] // a French company number
    [InlineData("RCS Paris 531 524 700")]
    [InlineData("pedido sin entregar, 130 692 544")] // Spanish "sin", not the acronym
    [InlineData("llámame al 130 692 544 sin falta")]
    [InlineData("ligue-me nas próximas horas: 912 004 355")] // Portuguese "nas", a phone number
    [InlineData("I have a US SSN 130692544, not a SIN")]     // the SSN word announces it
    [InlineData("Please update my SIN and my account number 130692544")]
    [InlineData("Case number 527384614 regarding my NAS")]  // network storage, a case number
    [InlineData("Flight to SIN booking ref 527384614")]
    [InlineData("ENVÍO SIN COSTO, CONTACTO 612 004 358")]  // shouted Spanish
    [InlineData("Llevo dos días SIN internet, por favor llamadme al 612 004 358")]
    [InlineData("Me quedé sin el 612 004 358, ahora uso otro")]
    [InlineData("sin 612 004 358 no puedo entrar")]
    [InlineData("me quedé sin el número: 612 004 358")]
    [InlineData("envío sin - 612 004 358")]
    [InlineData("I lost my SIN. 612 004 358 is my new phone")]
    [InlineData("Do I need my SIN? 130 692 544 is my order number")]
    [InlineData("my SIN is fine but the number you want is 527 384 614")]
    [InlineData("SIN: ___ Employee #: 527384614")]
    [InlineData("Our NAS backup job 527384614 failed overnight")]
    public void Scan_InvalidOrUnnamedSin_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, Sin));

    // A SIN in its own layout with its name out of reach: "I'm typing" it, or sending several.
    [Theory]
    [InlineData("the app keeps rejecting it, I am typing 228 923 272 exactly", "228 923 272")]
    [InlineData("spouse is 463-819-219 can we file together", "463-819-219")]
    public void Scan_UnnamedSinInItsOwnLayout_IsFoundAtPatternStrength(string text, string expected)
    {
        var finding = Assert.Single(Detectors.Default.Detect(text).Findings);
        Assert.Equal(Sin, finding.Class.Name);
        Assert.Equal(expected, text[finding.Start..finding.End]);
        Assert.InRange(finding.Score, 0.5, 0.7);
    }

    [Fact]
    public void Scan_UnnamedSinShapedNumberThatIsAPhoneAsTyped_StaysAPhone()
    {
        // Luhn-valid and 3-3-3, but a Spanish mobile as written: the phone outranks an unnamed SIN.
        var finding = Assert.Single(Detectors.Default.Detect("local 612 004 358 for the shop").Findings);
        Assert.Equal("PHONE", finding.Class.Name);
    }

    [Fact]
    public void Scan_SinNamed_OutranksThePhoneItCouldBe()
    {
        var finding = Assert.Single(Detectors.Default.Detect("my SIN is 527 384 614").Findings);
        Assert.Equal(Sin, finding.Class.Name);
        Assert.Equal(1.0, finding.Score);
        Assert.Equal(["SIN"], finding.Explanation.ContextWords);
    }

    [Theory]
    [InlineData("my SIN is 130-692-545", "130-692-545")]   // Luhn fails
    [InlineData("my SIN is 812 345 678", "812 345 678")]   // never issued (8)
    [InlineData("my SIN is 278 587 626 and the netfile keeps saying it doesnt match", "278 587 626")]
    public void Scan_NamedSinWhoseCheckFails_IsFoundWithoutValidator(string text, string expected)
    {
        var finding = Assert.Single(Detectors.Default.Detect(text).Findings);
        Assert.Equal(Sin, finding.Class.Name);
        Assert.Equal(expected, text[finding.Start..finding.End]);
        Assert.Null(finding.Explanation.Validator);
    }

    [Theory]
    [InlineData("I'm on a work permit so my SIN starts with a 9: 923 044 184. Is that why?", "923 044 184")]
    [InlineData("HR said to send my SIN to payroll through this chat?? feels sketchy but ok: 715385993", "715385993")]
    public void Scan_ValidSinNamedEarlierInTheMessage_OutranksThePhoneItCouldBe(string text, string expected)
    {
        var finding = Assert.Single(Detectors.Default.Detect(text).Findings);
        Assert.Equal(Sin, finding.Class.Name);
        Assert.Equal(expected, text[finding.Start..finding.End]);
    }

    [Theory]
    [InlineData("I don't have a SIN yet. Call me at 923 044 184")]
    [InlineData("Our SIN office is closed. The ticket is 923044184")]   // an acronym far away counts only after "my", "your"...
    public void Scan_SinNamedEarlierButDeniedOrNotOwned_IsNoSin(string text) =>
        Assert.Empty(Detectors.Values(text, Sin));
}
