namespace Confidant.Detection.Tests.Government;

/// <summary>Passport and driver licence numbers their sentence tells of, with no announcement right before them.</summary>
public class IdInSentenceTests
{
    [Theory]
    [InlineData("I renewed my passport last month and the new one is 548120379", "548120379")]
    [InlineData("Tengo el pasaporte, número XDB118273, por si acaso", "XDB118273")]          // a comma after the word
    [InlineData("my son's passport has 12AB34567 printed on it", "12AB34567")]
    [InlineData("628411930 is my passport number", "628411930")]                            // before the word
    [InlineData("Passport number for Ama Mensah is 731550284 and her date of birth", "731550284")]
    [InlineData("el pasaporte de mi marido es XDB228374, tiene 40 años", "XDB228374")]     // an age after a comma
    public void Scan_PassportLaterInItsSentence_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PASSPORT"));

    [Theory]
    [InlineData("my driver's license from Texas has 40718263 on the front", "40718263")]
    [InlineData("Führerschein ist neu, die Nummer lautet B072RRE2I55", "B072RRE2I55")]
    public void Scan_DriverLicenseLaterInItsSentence_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "DRIVER_LICENSE"));

    [Theory]
    [InlineData("I travelled on my passport on flight BA01234 to Rome")]       // a flight
    [InlineData("passport renewal, order 48213977")]                           // an order
    [InlineData("passport scanned, file IMG_20240512.jpg attached")]           // a file name
    [InlineData("passport scanned as 20240512 today")]                         // a date
    [InlineData("my passport was in the bag with 250000 yen")]                 // an amount
    [InlineData("Reisepass verloren, Kundennummer 55123456")]                  // another number's compound name
    [InlineData("my passport photo and the id number 44718812")]               // another number's name
    [InlineData("I paid 150000 for my passport")]                              // an amount before the word
    [InlineData("lost my passport! 44718812 is the case")]                     // another sentence
    [InlineData("passport office rang from 03002220000")]                      // a phone's length
    [InlineData("the passport check took 45 min, then 482913 77 at the desk")] // spaced digits
    [InlineData("passport is fine, 48213977 is my order number")]              // named after it
    [InlineData("passport renewed, member number 44718812")]                   // a qualified number word
    public void Scan_NumberNamedOtherwiseInASentenceOfPassports_IsNoPassport(string text) =>
        Assert.Empty(Detectors.Values(text, "PASSPORT"));
}
