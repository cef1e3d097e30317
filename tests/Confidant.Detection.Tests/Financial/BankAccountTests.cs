namespace Confidant.Detection.Tests.Financial;

public class BankAccountTests
{
    private const string Account = "BANK_ACCOUNT";

    [Theory]
    [InlineData("account number 12345678", "12345678")]
    [InlineData("my checking account is 000123456789", "000123456789")]
    [InlineData("acct #: 987654321012", "987654321012")]
    [InlineData("a/c 55512345", "55512345")]
    [InlineData("A/C: 1234-5678-90", "1234-5678-90")]
    [InlineData("número de cuenta 0049 1500 0512", "0049 1500 0512")]
    [InlineData("numéro de compte 30004000031234", "30004000031234")]
    [InlineData("Kontonummer 532013000", "532013000")]
    [InlineData("12345678 is my savings account", "12345678")]
    public void Scan_DigitsAfterAccountWord_AreFound(string text, string expected)
    {
        Assert.Equal([expected], Detectors.Values(text, Account));
    }

    [Theory]
    [InlineData("my number is 12345678")]                 // no account word
    [InlineData("account 12345")]                         // too short
    [InlineData("account 123456789012345678")]            // too long
    [InlineData("order number 12345678 for my account")]  // nearest word says order
    [InlineData("account card number 4111111111111111")]  // a card
    [InlineData("account balance $1,250.00")]
    [InlineData("account manager (555) 123-4567")]
    [InlineData("account manager 555-123-4567")]
    public void Scan_NumberThatIsNotAnAccount_IsNotFound(string text)
    {
        Assert.Empty(Detectors.Values(text, Account));
    }

    [Fact]
    public void Scan_PasswordNearAccountWord_IsNotAnAccount()
    {
        // "password" belongs to the credentials vocabulary; name it here so the test stands alone.
        var options = new DetectionOptions();
        options.ContextWords.Add(new ContextWordOptions { Word = "password", DataClass = "PASSWORD" });
        var detector = new SensitiveDataDetector(options);
        Assert.Empty(Detectors.Values("account password is 12345678", Account, detector));
        Assert.Empty(Detectors.Values("password for my account is 12345678", Account, detector));
        Assert.Equal(["12345678"], Detectors.Values("account number 12345678", Account, detector));
    }

    [Fact]
    public void Scan_AccountNumberWithNoBreakSpaces_IsFound()
    {
        const string number = "1234\u00A05678\u00A09012";
        Assert.Equal([number], Detectors.Values($"account {number}", Account));
    }
}

public class BankAccountSentenceTests
{
    [Fact]
    public void Scan_CardWordInEarlierQuestion_DoesNotVetoTheAccount()
    {
        Assert.Equal(["4843837"],
            Detectors.Values("is the account number the same as the card number? account no. 4843837 please", "BANK_ACCOUNT"));
    }

    [Theory]
    [InlineData("número de cuenta antiguo 0049 3315 71 5525112929, ¿sigue activo?", "0049 3315 71 5525112929")]
    [InlineData("Sir my a/c no is 50100234567812 and amount debited twice", "50100234567812")]
    public void Scan_SpanishCccOrIndianAccount_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "BANK_ACCOUNT"));

    [Theory]
    [InlineData("número de cuenta 0049 3315 72 5525112929")]
    [InlineData("account number 12345678901234567890")]
    [InlineData("a/c is closed, ref 12345678")]
    public void Scan_TwentyDigitsWithoutCccCheckDigits_IsNotAnAccount(string text) =>
        Assert.Empty(Detectors.Values(text, "BANK_ACCOUNT"));

    // A provider's customer account (broadband, water, energy) is not a bank account.
    [Theory]
    [InlineData("hi pls update my email, water account 3300482719")]
    [InlineData("my broadband account 7714820 is in my old name")]
    [InlineData("broadband down since 6am. acct no VM-4482917 router light flashing")]
    public void Scan_ProviderAccount_IsNotBankAccount(string text) =>
        Assert.Empty(Detectors.Values(text, "BANK_ACCOUNT"));

    [Fact]
    public void Scan_BankAccountNearAServiceWord_IsStillFoundWithABankWord() =>
        Assert.Equal(["00123456789"], Detectors.Values("pay the water bill from my bank account 00123456789", "BANK_ACCOUNT"));

    [Theory]
    [InlineData("I don't recognise a direct debit from Thames Water on account 40307712", "40307712")]
    [InlineData("account 40307712 - I changed my SIM and now I can't get the one-time codes", "40307712")]
    [InlineData("Bitte buchen Sie den Strom von meinem Konto 1234567890 ab", "1234567890")]
    [InlineData("please pay from acct-40307712", "40307712")]
    public void Scan_BankAccountInAMessageAboutAService_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "BANK_ACCOUNT"));

    // From ids2.txt (2026-12-01): a bank's code beside the account is not the account.
    [Theory]
    [InlineData("sort code 20-45-77 acc 41268830, please refund it there", "41268830")]
    [InlineData("ACCOUNT NUMBER 88104413 SORT 30-94-57 NAME J ASANTE", "88104413")]
    [InlineData("BSB 062-692 account 10482237 for the refund thanks", "10482237")]
    [InlineData("Kontonummer 6029384715, BLZ 500 105 17 - bitte die Lastschrift dahin", "6029384715")]
    public void Scan_AccountBesideABankCode_IsTheAccountOnly(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "BANK_ACCOUNT"));

    [Theory]
    [InlineData("BSB 062692 the code for my account is 558201")]
    [InlineData("IFSC SBIN0001234 and the otp for my account 558201")]
    public void Scan_CodeForAnAccountNearABankCode_IsNoAccount(string text) =>
        Assert.Empty(Detectors.Values(text, "BANK_ACCOUNT"));
}
