namespace Confidant.Detection.Tests.Payment;

public class SplitValueTests
{
    [Fact]
    public void Scan_CardTypedInTwoMessages_ReportsTheSecondPartWithTheWindow()
    {
        var window = Detectors.Default.StartConversation();
        Assert.Empty(window.Scan("card no 4111 1111"));
        var finding = Assert.Single(window.Scan("cont. 1111 1111"));
        Assert.Equal("CARD_NUMBER", finding.Class.Name);
        var part = Assert.Single(finding.Parts);
        Assert.Equal((1, 6, 15), (part.MessageIndex, part.Start, part.End));
    }

    [Fact]
    public void Scan_CardPartsWithFillerWords_AreBothFound()
    {
        Assert.Equal(["4111 1111", "1111 1111"], Detectors.Values("my card is 4111 1111 ... rest is 1111 1111", "CARD_NUMBER"));
    }

    [Fact]
    public void Scan_TwoNumbersNamedAsOtherValues_AreNotJoinedIntoACard()
    {
        // 36464433 + 635693183 passes Luhn as a Diners number; the words say account and routing.
        Assert.Empty(Detectors.Values("acct 36464433, routing 635693183", "CARD_NUMBER"));
    }

    [Fact]
    public void Scan_TwoNumbersNearOrderWord_AreNotJoinedIntoACard()
    {
        Assert.Empty(Detectors.Values("order 4111 1111 and item 1111 1111", "CARD_NUMBER"));
    }

    [Fact]
    public void Scan_IbanTypedInTwoParts_BothPartsAreFound()
    {
        Assert.Equal(["DE89 3704 0044", "0532 0130 00"], Detectors.Values("iban DE89 3704 0044 ... rest: 0532 0130 00", "IBAN"));
    }

    [Fact]
    public void Scan_LowerCaseIbanFollowedByWord_IsFound()
    {
        Assert.Equal(["nl91 abna 0417 1643 00"], Detectors.Values("iban nl91 abna 0417 1643 00 thanks", "IBAN"));
    }
}
