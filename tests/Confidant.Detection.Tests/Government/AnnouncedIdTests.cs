namespace Confidant.Detection.Tests.Government;

public class AnnouncedIdTests
{
    private const string Passport = "PASSPORT";
    private const string License = "DRIVER_LICENSE";

    [Theory]
    [InlineData("my passport number is 123456789", "123456789")]
    [InlineData("Passport No.: X12345678", "X12345678")]
    [InlineData("passport# 530123456, expires soon", "530123456")]
    [InlineData("número de pasaporte: AB1234567", "AB1234567")]
    [InlineData("numéro de passeport 12AB34567", "12AB34567")]
    [InlineData("Reisepassnummer C01X00T47", "C01X00T47")]
    [InlineData("passport 123456789.", "123456789")]
    [InlineData("Reisepassnummer C7LN4RT82, geboren am 03.11.1984", "C7LN4RT82")]
    [InlineData("Reisepassnummer C7LN4RT82", "C7LN4RT82")]
    [InlineData("good morning, pasport 500566118", "500566118")]
    [InlineData("Reisepassnummer FJN2LKKJL", "FJN2LKKJL")]                 // German letters with one digit
    [InlineData("Reisepassnummer KKLW9JMHT danke", "KKLW9JMHT")]
    [InlineData("mein Pass: K4R19T7HW, gültig bis 2031", "K4R19T7HW")]     // German "Pass" after a possessive
    public void Scan_AnnouncedPassport_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, Passport));

    [Theory]
    [InlineData("my passport is expired")]
    [InlineData("I need a passport photo")]
    [InlineData("passport expires in 2031")]
    [InlineData("passport fee is 130 dollars")]
    [InlineData("123456789 was shipped")]
    [InlineData("passport order number 12345678")]
    [InlineData("passport 1234")]
    [InlineData("passport 12345678901234")]
    [InlineData("Reisepassnummer CABLE1234")]
    [InlineData("passport KLMNPRTVW")]
    public void Scan_NoPassportNumber_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, Passport));

    [Theory]
    [InlineData("my pass: Hunter2024!")]
    [InlineData("user bob pass Hunter2024")]
    public void Scan_EnglishPass_StaysAPassword(string text)
    {
        Assert.Empty(Detectors.Values(text, Passport));
        Assert.NotEmpty(Detectors.Values(text, "PASSWORD"));
    }

    [Fact]
    public void Scan_GermanPassAfterAPossessive_IsNoPassword() =>
        Assert.Empty(Detectors.Values("mein Pass: K4R19T7HW, gültig bis 2031", "PASSWORD"));

    [Theory]
    [InlineData("my driver's license is A1234567", "A1234567")]
    [InlineData("driver license number: 123456789", "123456789")]
    [InlineData("driving licence MORGA657054SM9IJ", "MORGA657054SM9IJ")]
    [InlineData("DL# D123-4567-8901", "D123-4567-8901")]
    [InlineData("licencia de conducir 12345678", "12345678")]
    [InlineData("numéro de permis de conduire 123456789012", "123456789012")]
    [InlineData("Führerschein B072RRE2I55", "B072RRE2I55")]
    [InlineData("driver\u2019s license A1234567", "A1234567")]
    [InlineData("Illinois license X880-6956-1626 thanks", "X880-6956-1626")]
    [InlineData("NY license 069357911", "069357911")]
    [InlineData("licence number STEWA510237E99HZ33 for the age check", "STEWA510237E99HZ33")]
    [InlineData("my NY license number is 718 204 593", "718 204 593")]        // grouped like a phone, announced as a licence
    [InlineData("my licence number is 12345 678 90", "12345 678 90")]          // a short group closes the number
    [InlineData("license no. F255 921 50 994", "F255 921 50 994")]
    [InlineData("my license number is 123 456 789 12 years clean driving", "123 456 789")] // a count after it is no group
    [InlineData("DL 448 221 09 and I have 6 points", "448 221 09")]
    [InlineData("Re my Ohio license: 614 555 0101", "614 555 0101")]
    [InlineData("Führerschein-Nr. N0715TR2F61", "N0715TR2F61")]                // the hyphen joins the name's words, not a prefix
    [InlineData("Driver's license: CA D4471938, exp 02/19/2027", "D4471938")]   // the issuing state between the word and the number
    [InlineData("DL: NY 123 456 789", "123 456 789")]
    public void Scan_AnnouncedDriverLicense_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, License));

    [Theory]
    [InlineData("my driver's license expired")]
    [InlineData("license key A1234567")]
    [InlineData("my license A1234567 for the software")]
    [InlineData("software license 12345678 seats")]
    [InlineData("driver license renewal")]
    [InlineData("A1234567 is the code")]
    [InlineData("DL 2024-05-01")]
    [InlineData("the driver was late by 10 minutes")]
    [InlineData("Please cancel order #DL-448120, it was placed by mistake")] // "DL-" starts a reference
    [InlineData("Policy number DL-48829104")]
    [InlineData("Booking reference: HTCN24-DL-40871")]
    [InlineData("DL: CA")]
    [InlineData("my license: OK thanks, order 12345678")]
    public void Scan_NoDriverLicense_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, License));

    // Licences of the payments development set: "n°", spaced digit groups, a Spanish licence (a DNI number).
    [Theory]
    [InlineData("permis de conduire n° 910692300418", "910692300418")]
    [InlineData("NY license 684 209 517", "684 209 517")]
    [InlineData("NJ license # S3107 45829 61734", "S3107 45829 61734")]
    [InlineData("PA driver's license no. 29 618 443", "29 618 443")]
    [InlineData("michigan DL K 381 604 927 153 for the age check", "K 381 604 927 153")]
    [InlineData("carnet de conducir nº 20007142V", "20007142V")]
    public void Scan_DriverLicenseInGroupsOrAfterNumberSign_IsFoundWhole(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, License));

    [Theory]
    [InlineData("my driver license 1234567 10 days ago expired", "1234567")]
    [InlineData("DL A1234 567 8", "A1234")]
    public void Scan_DriverLicenseBeforeOtherNumbers_KeepsOnlyTheLicense(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, License));

    [Fact]
    public void Scan_SpacedLicenseDigits_AreNotAPhone() =>
        Assert.Empty(Detectors.Values("NY license 684 209 517", "PHONE"));

    [Theory]
    [InlineData("my son's passport is T6031852 and mine is M2750419, both Indian", "M2750419")]
    [InlineData("her driving licence is MORGA657054SM9IJ and mine is STEWA510237E99HZ", "STEWA510237E99HZ")]
    public void Scan_SecondIdAfterAndMineIs_IsFound(string text, string expected) =>
        Assert.Contains(expected, Detectors.Values(text, text.Contains("passport", StringComparison.Ordinal) ? Passport : License));

    [Fact]
    public void Scan_AndMineIsBeforeAWord_FindsNoSecondId() =>
        Assert.Single(Detectors.Values("my passport is T6031852 and mine is expired", Passport));
}
