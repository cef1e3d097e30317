namespace Confidant.Detection.Tests.Contact;

public class PhoneRecognizerTests
{
    [Theory]
    [InlineData("you can reach me at (415) 555-2671 tonight", "(415) 555-2671")]
    [InlineData("my number: 415-555-2671", "415-555-2671")]
    [InlineData("ring me on +44 20 7946 0958 after six", "+44 20 7946 0958")]
    [InlineData("office 020 7946 0958", "020 7946 0958")]
    [InlineData("dial 415.555.2671 now", "415.555.2671")]
    [InlineData("+1 (415) 555-2671", "+1 (415) 555-2671")]
    [InlineData("1-415-555-2671 is the line", "1-415-555-2671")]
    [InlineData("mi teléfono es 612 34 56 78", "612 34 56 78")]
    [InlineData("appelle-moi au 06 12 34 56 78", "06 12 34 56 78")]
    [InlineData("meine Handynummer ist 0151 23456789", "0151 23456789")]
    [InlineData("Telefon: 030/1234567", "030/1234567")]
    [InlineData("WhatsApp +49 151 23456789", "+49 151 23456789")]
    [InlineData("+33 6 12 34 56 78", "+33 6 12 34 56 78")]
    [InlineData("mobile 07700 900123", "07700 900123")]
    [InlineData("call +919876543210", "+919876543210")]
    [InlineData("Handy: 0157 3841 2296 bitte nur WhatsApp", "0157 3841 2296")] // four-digit groups, but the word says phone
    public void Scan_PhoneNumber_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PHONE"));

    [Theory]
    [InlineData("call me at 4155552671", "4155552671")]
    [InlineData("text me 07700900123", "07700900123")]
    [InlineData("call customer service at 4158292671", "4158292671")]
    [InlineData("My claim was denied, my number is 415-829-2671", "415-829-2671")]
    [InlineData("I'm calling about my claim, you can reach me at 415-829-2671", "415-829-2671")]
    [InlineData("my client's number is 07700 900123", "07700 900123")]
    [InlineData("client callback 415-829-2671", "415-829-2671")]
    public void Scan_BarePhoneNumberWithContext_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PHONE"));

    [Theory]
    [InlineData("the meeting is on 2024-01-15 at noon")]
    [InlineData("due 01/15/2024 and 15.01.2024")]
    [InlineData("it costs $1,250.00 in total")]
    [InlineData("we paid 1,250,000.00 for it")]
    [InlineData("server at 192.168.100.200 is down")]
    [InlineData("my ssn is 123-45-6789")]
    [InlineData("card 4111 1111 1111 1111 expires soon")]
    [InlineData("card 4111111111111111")]
    [InlineData("order #389501234 has shipped")]
    [InlineData("item 1029384756 is out of stock")]
    [InlineData("invoice 4155552671 is attached")]
    [InlineData("tracking 123456789012")]
    [InlineData("version 10.0.19041.1288")]
    [InlineData("v2.15.1234567")]
    [InlineData("ref 415-555-2671")]
    [InlineData("population grew to 8,000,000 people")]
    [InlineData("between 10:30 and 12:45:10 today")]
    [InlineData("the id is 1234567")]
    [InlineData("about 1.250.000 euros")]
    [InlineData("nothing here")]
    [InlineData("the answer is 42 and 1234")]
    [InlineData("sku 123456789")]
    [InlineData("the desk lamp (631-496-3933) stopped working")]
    [InlineData("confirmation TXN-20251021-7179")]
    [InlineData("invoice INV-2025-45941 is wrong")]
    [InlineData("it's 4738-6151")]
    [InlineData("here you go 5280 9734 1323")]
    [InlineData("card no 4530 1248 2346")]
    [InlineData("we talked on the phone; passport 455 002 394")]
    [InlineData("customer number 904 118 273, I've been on hold for 45 minutes")]
    [InlineData("application number 4471-0093-118, any news?")]
    [InlineData("claim number 2024-118-0047762, submitted march 3rd")]
    [InlineData("Kundennummer 4155552671 bitte prüfen")]
    [InlineData("mi número de cliente 912447301")]
    [InlineData("My NHS number is 943 476 5919")]
    [InlineData("Rechnungsnummer 2024-55817 über 89,90 €, bitte um Stornierung")]
    [InlineData("Bestellnummer 0301 5581 72 noch nicht da")]
    public void Scan_BenignNumber_IsNotPhone(string text) =>
        Assert.Empty(Detectors.Values(text, "PHONE"));

    [Fact]
    public void Scan_PhoneWordBeforeTheNextNumber_LeavesTheHouseNumberAndPostcodeToTheAddress()
    {
        const string text = "order for ana ship to Paseo de Gracia 80 46005 Valencia phone 962256815";
        Assert.Equal(["962256815"], Detectors.Values(text, "PHONE"));
        Assert.Equal(["Paseo de Gracia 80"], Detectors.Values(text, "STREET_ADDRESS"));
    }

    [Fact]
    public void Scan_FormattedValidNumber_IsValidatedScore() =>
        Assert.Equal(0.95, ContactScores.Of("reach (415) 555-2671", "PHONE"), 3);

    [Fact]
    public void Scan_FormattedValidNumberWithPhoneWord_ScoresFull() =>
        Assert.Equal(1.0, ContactScores.Of("phone (415) 555-2671", "PHONE"), 3);

    [Fact]
    public void Scan_BareTenDigitsWithoutContext_IsBorderline()
    {
        var findings = Detectors.Default.Detect("reach 4155552671").Findings.Where(f => f.Class.Name == "PHONE").ToList();
        Assert.All(findings, f => Assert.InRange(f.Score, 0.45, 0.55));
    }

    [Fact]
    public void Scan_BareNineDigitsWithoutContext_IsNotPhone() =>
        Assert.Empty(Detectors.Values("reach 415555267", "PHONE"));

    [Fact]
    public void Scan_OrderNumberWithPhoneContext_IsPhone() =>
        Assert.Equal(["415-555-2671"], Detectors.Values("about my order, call 415-555-2671", "PHONE"));

    [Fact]
    public void Scan_HashNumberWithPhoneContext_IsPhone() =>
        Assert.Equal(["4155552671"], Detectors.Values("phone #4155552671", "PHONE"));

    [Fact]
    public void Scan_PhoneWithFullWidthDigits_IsFoundInOriginal()
    {
        const string text = "call ４１５-５５５-２６７１ now";
        Assert.Equal(["４１５-５５５-２６７１"], Detectors.Values(text, "PHONE"));
    }

    [Fact]
    public void Scan_PhoneWithNoBreakSpaces_IsFound()
    {
        const string text = "tel +44\u00A020\u00A07946\u00A00958";
        Assert.Equal(["+44\u00A020\u00A07946\u00A00958"], Detectors.Values(text, "PHONE"));
    }

    [Fact]
    public void Scan_PhoneWithZeroWidthSpaceInside_IsFound()
    {
        const string text = "call 415-555\u200B-2671";
        Assert.Equal(["415-555\u200B-2671"], Detectors.Values(text, "PHONE"));
    }

    [Fact]
    public void Scan_PhoneWithMixedSeparators_IsFound() =>
        Assert.Equal(["(415) 555.2671"], Detectors.Values("call (415) 555.2671", "PHONE"));

    [Fact]
    public void Scan_UnclosedParenthesis_IsLeftOut() =>
        Assert.Equal(["415-555-2671"], Detectors.Values("my cell (415-555-2671", "PHONE"));

    [Fact]
    public void Scan_LocalNumberWithPhoneContext_IsFoundBelowValidated()
    {
        var options = new DetectionOptions();
        options.PhoneRegions.Clear();
        options.PhoneRegions.Add("US");
        var detector = new SensitiveDataDetector(options);
        var finding = detector.Detect("call me on 555-2671").Findings.Single(f => f.Class.Name == "PHONE");
        Assert.InRange(finding.Score, 0.8, 0.9);
        Assert.Empty(Detectors.Values("it was 555-2671", "PHONE", detector));
    }

    [Fact]
    public void Scan_ZipPlusFour_IsNotPhone() =>
        Assert.Empty(Detectors.Values("Austin, TX 78701-1234", "PHONE"));

    [Fact]
    public void Scan_TwoPhones_AreBothFound() =>
        Assert.Equal(["415-555-2671", "+44 20 7946 0958"], Detectors.Values("call 415-555-2671 or +44 20 7946 0958", "PHONE"));

    [Fact]
    public void Scan_NationalNumberOutsideConfiguredRegions_IsOnlyContextStrength()
    {
        var options = new DetectionOptions();
        options.PhoneRegions.Clear();
        options.PhoneRegions.Add("US");
        var detector = new SensitiveDataDetector(options);
        var national = detector.Detect("teléfono 612 34 56 78").Findings.Single(f => f.Class.Name == "PHONE");
        Assert.InRange(national.Score, 0.8, 0.9);
        var international = detector.Detect("móvil +34 612 34 56 78").Findings.Single(f => f.Class.Name == "PHONE");
        Assert.Equal(1.0, international.Score, 3);
    }

    // A range of months in a CV, and references named right before the number, even after a
    // phone word, are no phones.
    [Theory]
    [InlineData("09/2017 – 07/2020: Ausbildung zur Bankkauffrau")]
    [InlineData("08.2020 - 06.2023 Studium, Universität Köln")]
    [InlineData("rep name Trevor, call ref 8841-2290")]
    [InlineData("Incidencia nº 2024/118/4471 Asunto: cobro duplicado")]
    [InlineData("N° de relevé : 2024-10-448172")]
    [InlineData("Lab no.: 24-1018-7734  Collected: 18/10/2024")]
    [InlineData("Membership number: 8821 447 093")]
    public void Scan_DateRangeOrNamedReference_IsNotPhone(string text) =>
        Assert.Empty(Detectors.Values(text, "PHONE"));

    [Theory]
    [InlineData("phone no. 0157 3841 2296", "0157 3841 2296")] // a phone word before "no." overrules the card-like layout
    [InlineData("ref: call me on 415-829-2671", "415-829-2671")]
    [InlineData("my claim was denied, my number is 415-829-2671", "415-829-2671")]
    public void Scan_PhoneNearReferenceWords_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PHONE"));

    // How likely a national number is (valid in North America, valid with a trunk prefix, valid
    // only in some other region's plan) does not depend on the order the regions are configured in.
    [Theory]
    [InlineData("it's 415 555 2671")]      // North American
    [InlineData("it's 07700 900123")]      // trunk prefix (GB)
    [InlineData("it's 98765 43210")]       // only an Indian mobile
    [InlineData("it's 612 34 56 78")]      // only a Spanish mobile
    [InlineData("call 011 44 20 7946 0958")] // dialled from the US to the UK
    [InlineData("ring 0123 45")]           // valid nowhere
    public void Scan_NationalNumber_ScoresTheSameWhateverTheRegionOrder(string text)
    {
        var forward = new DetectionOptions();
        var backward = new DetectionOptions();
        backward.PhoneRegions.Clear();
        foreach (var region in forward.PhoneRegions.Reverse())
        {
            backward.PhoneRegions.Add(region);
        }

        var expected = new SensitiveDataDetector(forward).Detect(text).Findings.Select(f => (f.Class.Name, f.Start, f.End, f.Score));
        var actual = new SensitiveDataDetector(backward).Detect(text).Findings.Select(f => (f.Class.Name, f.Start, f.End, f.Score));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Scan_NumberValidOnlyOutsideNorthAmericaWithoutTrunkPrefix_ScoresBelowANorthAmericanOne()
    {
        var indian = Detectors.Default.Detect("it's 98765 43210").Findings.Single(f => f.Class.Name == "PHONE");
        var american = Detectors.Default.Detect("it's 415 555 2671").Findings.Single(f => f.Class.Name == "PHONE");
        var british = Detectors.Default.Detect("it's 07700 900123").Findings.Single(f => f.Class.Name == "PHONE");
        Assert.True(indian.Score < american.Score, $"{indian.Score} < {american.Score}");
        Assert.Equal(american.Score, british.Score, 3);
    }

    // Words before a person's name describe the person ("Other driver"), not the number after the
    // name; a number in parentheses right after a name is that person's phone.
    [Theory]
    [InlineData("Other driver: Marcus Bell, (323) 874-6612", "(323) 874-6612")]
    [InlineData("on-site contact: Mehmet Yıldız (07856 302117). Kind regards", "07856 302117")]
    [InlineData("John Smith (07911 123456)", "07911 123456")] // a first name that is also a word, before a known surname
    public void Scan_PhoneAfterAPersonsName_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PHONE"));

    // "license" is no context word on its own (a software licence): only "license number" or a
    // state's licence names the number after it as a licence's.
    [Theory]
    [InlineData("licence 0300 790 6801 is the number they gave me", "0300 790 6801")]
    [InlineData("My Texas license expired! 512-836-0187 is my new cell btw", "512-836-0187")]
    [InlineData("Sent the licence, no rush, 07700 900 123 if you need anything", "07700 900 123")]
    [InlineData("Florida license renewal 305 555 0147 please call back", "305 555 0147")]
    [InlineData("dog licence number 0300 790 6801 for the council, ring after 5", "0300 790 6801")] // another kind of licence
    public void Scan_PhoneAfterALicenceWordThatNamesNoNumber_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PHONE"));

    [Theory]
    [InlineData("the lamp (631-496-3933) arrived broken")]
    [InlineData("my order number (631-496-3933)")]
    [InlineData("Nike Air Max (631-496-3933)")]
    [InlineData("Company: Brightwater Interiors Ltd, VAT reg GB 284 7719 06. Many thanks")]
    [InlineData("NY driver license 714 829 306")]
    [InlineData("gift card 5018 0000 0009 has no balance")]
    [InlineData("my phone bill card 6759 6498 2643")]
    [InlineData("Phone bill reference 1234 5678 9012")]
    [InlineData("new phone, IMEI 3569 8702 1145")]
    [InlineData("phone order 2231 4455 6678")]
    [InlineData("my NY license number is 718 204 593")]
    public void Scan_NumberNamedOrWrappedAsSomethingElse_IsNotPhone(string text) =>
        Assert.Empty(Detectors.Values(text, "PHONE"));

    [Theory]
    [InlineData("can u send the otp to my other # (503) 284-7716 instead", "(503) 284-7716")]
    [InlineData("pls update my contact email and ph 07395 628114 acct 60019283", "07395 628114")]
    [InlineData("my claim was denied, my number is 415-829-2671", "415-829-2671")] // "number" names no reference here
    [InlineData("Ansprechpartnerin: Frau Yildiz, Durchwahl 0221 9487 3312", "0221 9487 3312")]
    public void Scan_PhoneAfterHashOrPh_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PHONE"));

    [Theory]
    [InlineData("gas mprn 7284910362 - is that the one you need?")]
    [InlineData("Ich hole das Auto ab, Reservierung 9988-4471-02.")]
    [InlineData("order # 5032847716 shipped")]
    [InlineData("my customer number is 904 218 337, can you check")]       // the reference's name, then a verb
    [InlineData("El número de comercio es 341882077 y el terminal es el T2")]
    [InlineData("Il numero di sinistro è 2024/0038817.")]
    [InlineData("Fall-Nr.: 2024-118273 Pat.-ID: 00831947")]                 // a compound's hyphen before "Nr."
    [InlineData("Auftrags-Nr.: 24-031-88217")]
    [InlineData("the prescription number on the label is Rx 6018823-04")]
    public void Scan_MeterOrBookingNumber_IsNotPhone(string text) =>
        Assert.Empty(Detectors.Values(text, "PHONE"));

    [Theory]
    [InlineData("the app keeps rejecting it, I am typing 228 923 272 exactly")] // a SIN's layout; French only as 04 ...
    [InlineData("spouse is 463 819 219 can we file together")]
    [InlineData("Ordonnance n° 24-0318-772. Bonne journée")]
    public void Scan_FormattedNumberValidOnlyWithATrunkPrefixItLacks_IsNotPhone(string text) =>
        Assert.Empty(Detectors.Values(text, "PHONE"));

    [Theory]
    [InlineData("local 612 345 678 for the shop", "612 345 678")]         // Spain dials no trunk prefix
    [InlineData("reach me 98765 43210 anytime", "98765 43210")]           // Indian mobiles are written without one
    [InlineData("reach me 0472 749 613 anytime", "0472 749 613")]         // with the prefix
    [InlineData("my number is 472 749 613", "472 749 613")]               // a word says it is a number
    [InlineData("appelez le 472 749 613 svp", "472 749 613")]             // a word says call
    public void Scan_FormattedNumberWrittenAsItsRegionWritesIt_IsPhone(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PHONE"));

    [Fact]
    public void Scan_NumberTypedWithATrunkPrefixOtherThanZero_IsPhone()
    {
        var options = new DetectionOptions();
        options.PhoneRegions.Clear();
        options.PhoneRegions.Add("BY"); // Belarus dials 8 0 before a Minsk number
        var detector = new SensitiveDataDetector(options);
        Assert.Equal(["8 017 234 56 78"], Detectors.Values("see you, 8 017 234 56 78 after six", "PHONE", detector));
        Assert.Empty(Detectors.Values("see you, 17 234 56 78 after six", "PHONE", detector));
    }

    // Layouts that rule a number out elsewhere do not apply where no card or id is written so.
    [Theory]
    [InlineData("Bitte um Rückruf unter 0176 2291 4483", "0176 2291 4483")]                  // 4-4-4 after a trunk 0: no card starts with 0
    [InlineData("update the mobile on the account to +44 7823 119054", "+44 7823 119054")] // '+' outweighs "account" near
    [InlineData("My number is +234 803 412 7788", "+234 803 412 7788")]                     // passes Luhn, but no card follows a '+'
    [InlineData("update emergency contact on my booking: Mei-Ling Cheng ✈️ +61 438 217 906", "+61 438 217 906")] // "booking" is not the nearest word
    public void Scan_NumberInAPhonesOwnLayout_IsPhone(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PHONE"));

    [Theory]
    [InlineData("booking ref +61 438 217 906")]
    [InlineData("order total +61 438 217 906")]
    public void Scan_InternationalNumberRightAfterAReferenceWord_IsNotPhone(string text) =>
        Assert.Empty(Detectors.Values(text, "PHONE"));

    [Theory]
    [InlineData("my card 4111 1111 1111 then the rest")]
    [InlineData("account 4111 2222 3333 please")]
    public void Scan_FourFourFourWithoutTrunkPrefix_IsNotPhone(string text) =>
        Assert.Empty(Detectors.Values(text, "PHONE"));

    [Theory]
    [InlineData("BY", "172345678", false)]
    [InlineData("ES", "612345678", true)]
    [InlineData("IN", "9876543210", true)]
    [InlineData("FR", "472749613", false)]
    [InlineData("FR", "612345678", false)]
    [InlineData("GB", "2079460958", false)]
    [InlineData("DE", "15123456789", false)]
    [InlineData("AU", "412345678", false)]
    public void TrunkPrefixFormat_SaysWhetherTheRegionWritesThePrefix(string region, string nationalNumber, bool writtenWithout) =>
        Assert.Equal(writtenWithout, Confidant.Detection.Recognizers.Contact.TrunkPrefixFormat.WrittenWithout(region, nationalNumber));

    [Theory]
    [InlineData("Profile export: name=Oscar Lindahl; email=oscar.lindahl@telia.se; phone=+46 70 482 19 36; last_order=2024-03-30", "+46 70 482 19 36")]
    [InlineData("mobile=07911 123456&consent=yes", "07911 123456")]
    public void Scan_NumberAfterAPhoneKeyAndEquals_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "PHONE"));

    [Theory]
    [InlineData("https://shop.example.com/track?id=4155829267&lang=en")]
    [InlineData("order=4155829267")]
    public void Scan_NumberAfterAnotherKeyAndEquals_IsNoPhone(string text) =>
        Assert.Empty(Detectors.Values(text, "PHONE"));
}
