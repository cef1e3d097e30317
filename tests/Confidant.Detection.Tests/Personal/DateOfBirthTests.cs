namespace Confidant.Detection.Tests.Personal;

public class DateOfBirthTests
{
    [Theory]
    [InlineData("my date of birth is 03/14/1979", "03/14/1979")]
    [InlineData("DOB: 14/03/1979", "14/03/1979")]
    [InlineData("D.O.B. 1979-03-14", "1979-03-14")]
    [InlineData("born 14.03.1979 in Lyon", "14.03.1979")]
    [InlineData("I was born on 3 March 1985", "3 March 1985")]
    [InlineData("born on March 3, 1985 in Ohio", "March 3, 1985")]
    [InlineData("I was born on the 3rd of March 1985", "3rd of March 1985")]
    [InlineData("birthday 03-14-79", "03-14-79")]
    [InlineData("fecha de nacimiento: 3 de marzo de 1985", "3 de marzo de 1985")]
    [InlineData("je suis né le 3 mars 1985", "3 mars 1985")]
    [InlineData("geboren am 3. März 1985", "3. März 1985")]
    [InlineData("1979-03-14 is my birthday", "1979-03-14")]
    [InlineData("Mit freundlichen Grüßen, Thomas Becker, geb. 03.07.1966", "03.07.1966")]
    [InlineData("add my kids as dependents. Their birthdays are 5/14/2016", "5/14/2016")]
    [InlineData("DOB \uFF10\uFF13/\uFF11\uFF14/\uFF11\uFF19\uFF17\uFF19", "\uFF10\uFF13/\uFF11\uFF14/\uFF11\uFF19\uFF17\uFF19")]
    [InlineData("Fecha de nac.: 03/07/1958   CIA: ARA0771928346", "03/07/1958")]        // "nac." abbreviates nacimiento
    [InlineData("mia mamma Maria Luisa Fontana nata il 24/11/1944, cf", "24/11/1944")]
    [InlineData("data di nascita 24/11/1944", "24/11/1944")]
    [InlineData("Anya Sokolova, b. 12 Jan 1990, policy holder", "12 Jan 1990")]             // "b." for born after a name
    [InlineData("patient Muhammad Hafiz bin Abdullah b. 1961-12-31, please", "1961-12-31")]
    public void Scan_DateNearBirthWord_IsDateOfBirth(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "DATE_OF_BIRTH"));

    [Theory]
    [InlineData("Priya Venkatesh, 19/07/1995, hospital number RX4019283", "19/07/1995")]
    [InlineData("the booking is for my son Tomasz Nowak, 4 May 2009, can he travel alone?", "4 May 2009")]
    [InlineData("hola, mi hija Lucía nació el 14/05/2019 y tiene mocos", "14/05/2019")]
    [InlineData("Nato a Milano il 3 aprile 1975", "3 aprile 1975")]
    [InlineData("geboortedatum: 14 maart 1982", "14 maart 1982")]
    [InlineData("geboren op 3 mei 1975", "3 mei 1975")]
    [InlineData("my date of birth is wrong in the app, it should actually be 2 June 1961", "2 June 1961")]
    public void Scan_DateRightAfterAPersonOrABirthVerb_IsDateOfBirth(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "DATE_OF_BIRTH"));

    [Theory]
    [InlineData("Anna Berg, 12/03/2025")]                         // too recent for a birth: an appointment
    [InlineData("my date of birth is fine but my card expired, it should be renewed on 12/03/2025")] // the card's date
    [InlineData("Priya Venkatesh, 19/07/1995 to 2001 at the old branch")] // the field goes on
    public void Scan_DateAfterANameThatIsNoBirth_IsNotReported(string text) =>
        Assert.Empty(Detectors.Values(text, "DATE_OF_BIRTH"));

    [Theory]
    [InlineData("the meeting is on 03/14/2024")]
    [InlineData("I paid on March 3, 1985")]
    [InlineData("DOB: 31/02/1979")]
    [InlineData("born 13/13/1979")]
    [InlineData("DOB 14/03/1779")]
    [InlineData("born in 1985")]
    [InlineData("birth certificate v1.2.3.4")]
    [InlineData("dob 192.168.1.10")]
    [InlineData("plan b. 12 Jan 1990 was the deadline")]          // "b." after a lower-case word is no "born"
    [InlineData("Anya Sokolova, b. 12 Jan")]                    // "b." needs a full date
    [InlineData("booked 5/14/2016 and 10/2/2019")]              // a list with no birth word before it
    public void Scan_DateWithoutBirthContextOrInvalid_IsNotReported(string text) =>
        Assert.Empty(Detectors.Values(text, "DATE_OF_BIRTH"));

    [Fact]
    public void Scan_BirthDatesListedAfterOneBirthWord_AreAllFound() =>
        Assert.Equal(["5/14/2016", "10/2/2019", "3/1/2021"],
            Detectors.Values("add my kids as dependents. Their birthdays are 5/14/2016, 10/2/2019 and 3/1/2021", "DATE_OF_BIRTH"));

    [Fact]
    public void Scan_HostileDigitsNearBirthWord_StaysLinear()
    {
        var text = "born " + string.Concat(Enumerable.Repeat("1/", 50_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Detectors.Default.Detect(text);
        Assert.True(watch.ElapsedMilliseconds < 3000);
    }

    [Theory]
    [InlineData("DOB (YYYYMMDD): 19850622", "19850622")]
    [InlineData("DOB 22061985", "22061985")]
    [InlineData("NAME: OKONKWO D.O.B.: 22AUG1983 PHONE: (305) 448-2716", "22AUG1983")]
    [InlineData("dob: 3mar1985", "3mar1985")]
    [InlineData("date of birth 31-Dec-1999", "31-Dec-1999")]
    [InlineData("born 12/Mar/1985 in Leeds", "12/Mar/1985")]
    [InlineData("DOB is 19850622", "19850622")]
    public void Scan_CompactAndHyphenatedBirthDates_AreFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "DATE_OF_BIRTH"));

    [Theory]
    [InlineData("born 1985 member id 20230415")]   // eight digits further on are another number
    [InlineData("DOB 19851322")]                   // no month 13, no day 85
    [InlineData("my birthday is 31-Feb-1999")]     // no such day
    [InlineData("date of birth 31-Dec/1999")]      // two different separators
    [InlineData("born 22XYZ1983")]
    [InlineData("Order 20240612 was a birthday gift")]                          // before the birth word: an order number
    [InlineData("I was born in 1980 and my flight is 14MAR2025")]               // not right after the birth word
    [InlineData("DOB on the form is wrong, passport expiry 31-Dec-2030")]
    [InlineData("Birthday voucher valid until 31-Dec-2025")]
    [InlineData("date of birth 14MAR2099")]                                     // a birth date is never ahead
    public void Scan_EightDigitsOrGluedMonthThatAreNoBirthDate_AreNotReported(string text) =>
        Assert.Empty(Detectors.Values(text, "DATE_OF_BIRTH"));
}
