using System.Diagnostics;

namespace Confidant.Detection.Tests.Contact;

public class SpelledEmailTests
{
    private const string Email = "EMAIL";

    [Theory]
    [InlineData("my email is anna dot kowalska at gmail dot com, spelling it out", "anna dot kowalska at gmail dot com")]
    [InlineData("pls reply to m.ferreira (at) sapo (dot) pt obrigado", "m.ferreira (at) sapo (dot) pt")]
    [InlineData("Meine E-Mail: lena.meyer (at) web (punkt) de – bitte", "lena.meyer (at) web (punkt) de")]
    [InlineData("vous pouvez m'écrire à jean.moreau arobase free point fr pour la facture", "jean.moreau arobase free point fr")]
    [InlineData("mail me at ravi_k AT yahoo DOT co DOT in with the booking", "ravi_k AT yahoo DOT co DOT in")]
    [InlineData("write to lena[at]web[dot]de", "lena[at]web[dot]de")]
    [InlineData("contact: j.smith at company.co.uk", "j.smith at company.co.uk")]
    [InlineData("email me at jane dot doe at gmail dot com", "jane dot doe at gmail dot com")]
    [InlineData("mi correo es pablo77 arroba hotmail punto es", "pablo77 arroba hotmail punto es")]
    public void Scan_SpelledOutAddress_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, Email));

    [Theory]
    [InlineData("look at google dot com for the answer")]         // a website, no mailbox
    [InlineData("we stay at hotel dot com next week")]
    [InlineData("I'm at the office, call me")]
    [InlineData("arrived at 5 pm dot on time")]
    [InlineData("the price at tesco dot com is lower")]
    [InlineData("meet me at home dot")]                           // no top-level domain
    [InlineData("check out booking at expedia dot co dot uk")]
    [InlineData("the format at the top dot is wrong")]
    [InlineData("prices at amazon.co.uk went up")]
    [InlineData("They're 19.99 at amazon.co.uk")]                 // a price before "at"
    [InlineData("Room 12 at hotel.de")]
    [InlineData("The deal at orange.fr")]                          // a provider's name with real dots is a website
    [InlineData("Look at gmail dot com, it's down")]
    [InlineData("CHEAPER AT ARGOS.CO.UK")]
    [InlineData("I sent an email this morning at 9.No reply yet")]
    [InlineData("email support: 3 orders at zalando.de missing")]
    public void Scan_AtAndDotInSentences_AreNotAnAddress(string text) =>
        Assert.Empty(Detectors.Values(text, Email));

    [Theory]
    [InlineData("x at ")]
    [InlineData("a.")]
    [InlineData("a-")]
    [InlineData("b (at) c (dot) ")]
    public void Scan_HostileRepeats_FinishQuickly(string unit)
    {
        var text = "email " + string.Concat(Enumerable.Repeat(unit, 60_000)) + " at gmail dot com";
        var watch = Stopwatch.StartNew();
        Detectors.Default.Detect(text);
        Assert.True(watch.ElapsedMilliseconds < 3000, $"{watch.ElapsedMilliseconds} ms");
    }
}
