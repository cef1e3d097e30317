namespace Confidant.Detection.Tests.Payment;

public class SplitValueTests
{
    [Fact]
    public void Scan_CardTypedInTwoMessages_ReportsBothPartsWhenTheSecondArrives()
    {
        var window = Detectors.Default.StartConversation();
        Assert.Empty(window.Scan("card no 4111 1111"));
        var parts = window.Scan("cont. 1111 1111").Where(f => f.Class.Name == "CARD_NUMBER").SelectMany(f => f.Parts)
            .Select(p => (p.MessageIndex, p.Start, p.End)).Order().ToList();
        Assert.Equal([(0, 8, 17), (1, 6, 15)], parts);
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
    public void Scan_TwoNumbersInThrees_AreNotJoinedIntoACard()
    {
        // 622884930 + 519623516 passes Luhn as a UnionPay number; both are written as ids are, in threes.
        Assert.Empty(Detectors.Values("hers is 622 884 930 and mine is 519 623 516", "CARD_NUMBER"));
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
