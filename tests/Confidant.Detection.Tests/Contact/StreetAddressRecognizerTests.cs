namespace Confidant.Detection.Tests.Contact;

public class StreetAddressRecognizerTests
{
    [Theory]
    [InlineData("I live at 42 Oak Rd Apt 5, Springfield", "42 Oak Rd Apt 5")]
    [InlineData("ship to 1600 Pennsylvania Avenue NW, Washington", "1600 Pennsylvania Avenue NW")]
    [InlineData("221B Baker Street", "221B Baker Street")]
    [InlineData("221-B Baker Street", "221-B Baker Street")]
    [InlineData("10 Downing Street, London SW1A 2AA", "10 Downing Street")]
    [InlineData("office at 350 5th Ave, Suite 200", "350 5th Ave, Suite 200")]
    [InlineData("123 N Main St #5", "123 N Main St #5")]
    [InlineData("789 Martin Luther King Jr Blvd", "789 Martin Luther King Jr Blvd")]
    [InlineData("she moved to 12 Elm Court last year", "12 Elm Court")]
    [InlineData("my address is 55 maple drive", "55 maple drive")]
    [InlineData("4 Privet Drive, Little Whinging", "4 Privet Drive")]
    [InlineData("Flat 2, 7 Abbey Road", "7 Abbey Road")]
    [InlineData("500 Terry Francois St. Unit 3B", "500 Terry Francois St. Unit 3B")]
    [InlineData("send it to PO Box 1234", "PO Box 1234")]
    [InlineData("P.O. Box 77", "P.O. Box 77")]
    [InlineData("Vivo en Calle Mayor 5, Madrid", "Calle Mayor 5")]
    [InlineData("Avenida de la Constitución, 12", "Avenida de la Constitución, 12")]
    [InlineData("j'habite au 12 rue de la Paix, 75002 Paris", "12 rue de la Paix")]
    [InlineData("5 bis avenue Victor Hugo", "5 bis avenue Victor Hugo")]
    [InlineData("Ich wohne in der Hauptstraße 5 in Berlin", "Hauptstraße 5")]
    [InlineData("Berliner Straße 12a", "Berliner Straße 12a")]
    [InlineData("Hauptstr. 7", "Hauptstr. 7")]
    [InlineData("spedire a Via Solferino 28, 20121 Milano", "Via Solferino 28")]
    [InlineData("abito in Viale Monza 140, 20127 Milano", "Viale Monza 140")]
    [InlineData("ik woon op Kerkstraat 12, 1017 GC Amsterdam", "Kerkstraat 12")]
    [InlineData("Stuur het naar Keizersgracht 123, 1015 CJ Amsterdam", "Keizersgracht 123")]
    public void Scan_StreetAddress_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "STREET_ADDRESS"));

    [Theory]
    [InlineData("it is a 20 min drive from here")]
    [InlineData("a 5 minute walk to the beach")]
    [InlineData("in 5 days")]
    [InlineData("I ordered 10 items")]
    [InlineData("we drove 3 miles down the road")]
    [InlineData("3 weeks court date")]
    [InlineData("top 10 Broadway shows")]
    [InlineData("I have 2 dogs and a cat")]
    [InlineData("Street food for 5")]
    [InlineData("in 2024 the road was closed")]
    [InlineData("$5 Main Street")]
    [InlineData("The string 5 is short")]
    [InlineData("we met at 2 golf club events")]
    [InlineData("the top 5 gas station brands")]
    [InlineData("I paid via PayPal 25 dollars ago")]    // Italian "Via" only as a street
    [InlineData("sent Via Email 2 times")]
    public void Scan_NotAStreetAddress_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, "STREET_ADDRESS"));

    [Fact]
    public void Scan_AddressWithContext_ScoresHigher()
    {
        var bare = ContactScores.Of("it was 42 Oak Road", "STREET_ADDRESS");
        var withContext = ContactScores.Of("my address is 42 Oak Road", "STREET_ADDRESS");
        Assert.True(bare >= 0.8);
        Assert.True(withContext > bare);
    }

    [Fact]
    public void Scan_LowerCaseAddressWithoutContext_IsBorderline() =>
        Assert.InRange(ContactScores.Of("go to 42 oak road", "STREET_ADDRESS"), 0.5, 0.6);

    [Fact]
    public void Scan_AddressWithNoBreakSpaces_IsFound() =>
        Assert.Equal(["42\u00A0Oak\u00A0Road"], Detectors.Values("at 42\u00A0Oak\u00A0Road", "STREET_ADDRESS"));

    [Fact]
    public void Scan_TwoAddresses_AreBothFound() =>
        Assert.Equal(["1 Elm St", "2 Oak Ave"], Detectors.Values("from 1 Elm St to 2 Oak Ave", "STREET_ADDRESS"));

    [Theory]
    [InlineData("I live at 7/42 Harbour Street, Hobart", "7/42 Harbour Street")]
    [InlineData("vivo en calle del olmo 14", "calle del olmo 14")]
    [InlineData("update my address to avenida de mayo 9", "avenida de mayo 9")]
    [InlineData("post it to lindenstraße 8 please", "lindenstraße 8")]
    [InlineData("we moved to Karl-Marx-Straße 17 in Berlin", "Karl-Marx-Straße 17")]
    [InlineData("ich wohne in der berliner allee 3", "berliner allee 3")]
    [InlineData("j'habite au 9 rue des lilas", "9 rue des lilas")]
    public void Scan_AddressInLessUsualForm_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "STREET_ADDRESS"));

    [Theory]
    [InlineData("the camino 5 trail is closed")]
    [InlineData("paseo 12 times a day")]
    [InlineData("we met at the allee 3 times")]
    [InlineData("score was 3/4 overall")]
    public void Scan_LowerCaseStreetWordWithoutAddressContext_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, "STREET_ADDRESS"));

    // A street type inside the name, then the street's own type.
    [Theory]
    [InlineData("Please send the parcel to 4721 Oak Crest Drive, Apt. 3B, Columbus, OH 43215", "4721 Oak Crest Drive, Apt. 3B")]
    [InlineData("I live at 1200 Forest Hill Avenue now", "1200 Forest Hill Avenue")]
    [InlineData("88 Park View Road, Leeds", "88 Park View Road")]
    public void Scan_StreetNameHoldingAStreetType_KeepsTheLastType(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "STREET_ADDRESS"));

    [Theory]
    [InlineData("new place is 2214 Old Mill Rd", "2214 Old Mill Rd")]
    [InlineData("deliver to 88 New Street please", "88 New Street")]
    [InlineData("my address is 3310 n lake shore dr apt 12", "3310 n lake shore dr apt 12")]
    [InlineData("it's 44 Sailor's Rest Lane", "44 Sailor's Rest Lane")]
    [InlineData("unit and number: 8-1200 Yonge St", "8-1200 Yonge St")]
    [InlineData("farm is at 2290 Route 32, Saugerties NY", "2290 Route 32")]
    [InlineData("mail to 418 County Rd 9", "418 County Rd 9")]
    [InlineData("we're at 2145 Calle Primavera, Tucson", "2145 Calle Primavera")]
    [InlineData("envíelo a Avda. del Puerto 17, Valencia", "Avda. del Puerto 17")]
    [InlineData("c/ Balmes 120, Barcelona", "c/ Balmes 120")]
    [InlineData("Carrer de Mallorca 401, Barcelona", "Carrer de Mallorca 401")]
    [InlineData("1500 boul. Saint-Laurent, Montréal", "1500 boul. Saint-Laurent")]
    [InlineData("Address: 24 Lodhi Marg, New Delhi", "24 Lodhi Marg")]
    [InlineData("Address: 803 14 Ave NE, Calgary", "803 14 Ave NE")]
    [InlineData("the parcel went to 27 Bank St", "27 Bank St")]
    [InlineData("send to 9 Harbour Tce", "9 Harbour Tce")]
    [InlineData("please update to 14 Elm Stret", "14 Elm Stret")]
    public void Scan_StreetWrittenAnotherWay_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "STREET_ADDRESS"));

    [Theory]
    [InlineData("meet me at Terminal 2 arrivals gate")]
    [InlineData("is the Route 5 coastal road open?")]
    [InlineData("Platform 4 north walk is closed")]
    [InlineData("we ordered 12 new street signs")]
    [InlineData("Stage 3 main street parade tickets")]
    [InlineData("c/o the Smith family")]
    public void Scan_NumberedThingNearAStreetWord_IsNotAnAddress(string text) =>
        Assert.Empty(Detectors.Values(text, "STREET_ADDRESS"));

    // Cases an independent review found read as addresses by the first version of the rules above.
    [Theory]
    [InlineData("Je voudrais réserver 1 place. Marie viendra aussi")]
    [InlineData("Estoy en la Plaza. Marta 5 minutos tarde")]
    [InlineData("Llego a la Avda. Juan 10 minutos")]
    [InlineData("I booked 3 Plaza Premium lounge passes")]
    [InlineData("I'm insuring my 2016 Carrera Cabriolet")]
    [InlineData("Take the 45 Route 9 bus from the station")]
    [InlineData("I need 1 4 Way extension lead")]
    [InlineData("I bought 2 Children's Place outfits")]
    [InlineData("3 McDonald's Drive-Thru orders")]
    [InlineData("I visited 4 Old Street cafes")]
    [InlineData("pagué c/ Bizum 2 veces")]
    public void Scan_NumberBeforeAStreetWordThatIsNoAddress_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, "STREET_ADDRESS"));

    [Theory]
    [InlineData("Lieferadresse: Anneliese Brandt, Am Markt 3a, 04109 Leipzig", "Am Markt 3a")]
    [InlineData("Bitte an: An der Alster 12, 20099 Hamburg", "An der Alster 12")]
    public void Scan_GermanStreetNamedWithAPreposition_IsFoundInAnAddressLine(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "STREET_ADDRESS"));

    [Theory]
    [InlineData("Am Montag 3 Termine")]
    [InlineData("Im Mai 5 Tage Urlaub")]
    public void Scan_GermanPrepositionAndNumber_IsNoAddress(string text) =>
        Assert.Empty(Detectors.Values(text, "STREET_ADDRESS"));

    [Fact]
    public void Scan_GermanWeekdayAndNumber_IsNoAddress() =>
        Assert.Empty(Detectors.Values("Am Montag 3, 10115 Berlin", "STREET_ADDRESS"));
}
