using Confidant.Detection.Conversation;

namespace Confidant.Detection.Tests.Core;

public class ConversationWindowTests
{
    [Fact]
    public void Scan_CardNumberSplitAcrossTwoMessages_IsFoundWithAPartInEach()
    {
        var window = Detectors.Default.StartConversation();
        Assert.DoesNotContain(window.Scan("my card is 4111 1111"), f => f.Class.Name == "CARD_NUMBER");

        var finding = Assert.Single(window.Scan("1111 1111"), f => f.Class.Name == "CARD_NUMBER");
        Assert.Equal([new FindingPart(0, 11, 20), new FindingPart(1, 0, 9)], finding.Parts);
        Assert.True(finding.SpansMessages);
    }

    [Fact]
    public void Scan_CardNumberSplitAcrossThreeMessages_PointsIntoAllThree()
    {
        var window = Detectors.Default.StartConversation();
        window.Scan("card: 4111 1111");
        window.Scan("1111");
        var finding = Assert.Single(window.Scan("1111"), f => f.Class.Name == "CARD_NUMBER");
        Assert.Equal([0, 1, 2], finding.Parts.Select(p => p.MessageIndex));
    }

    [Fact]
    public void Scan_ValueWhollyInAnEarlierMessage_IsNotReportedAgain()
    {
        var window = Detectors.Default.StartConversation();
        Assert.Contains(window.Scan("jane.doe@example.com"), f => f.Class.Name == "EMAIL");
        Assert.DoesNotContain(window.Scan("thanks"), f => f.Class.Name == "EMAIL");
    }

    [Fact]
    public void Scan_FindingInTheLatestMessage_HasOffsetsOfThatMessage()
    {
        var window = Detectors.Default.StartConversation();
        window.Scan("hello there, I have a question about my order");
        var finding = Assert.Single(window.Scan("write to jane.doe@example.com"), f => f.Class.Name == "EMAIL");
        Assert.Equal(new FindingPart(1, 9, 29), Assert.Single(finding.Parts));
    }

    [Fact]
    public void Scan_LongConversation_KeepsAtMostTheCarryLength()
    {
        var window = new SensitiveDataDetector(new DetectionOptions { ConversationCarryLength = 8 }).StartConversation();
        window.Scan("my card is 4111 1111");
        // Only "111 1111" (8 chars) is carried, so the split number can no longer be completed.
        Assert.DoesNotContain(window.Scan("1111 1111"), f => f.Class.Name == "CARD_NUMBER" && f.SpansMessages);
        Assert.Equal(2, window.MessageCount);
    }

    [Fact]
    public void Scan_FirstHalfOfASplitCardWithWordsBetween_IsReportedWhenTheSecondHalfArrives()
    {
        var window = Detectors.Default.StartConversation();
        Assert.Empty(window.Scan("card no 4111 1111"));
        var parts = window.Scan("cont. 1111 1111").Where(f => f.Class.Name == "CARD_NUMBER").SelectMany(f => f.Parts).ToList();
        Assert.Contains(parts, p => p.MessageIndex == 0 && p.Start == 8 && p.End == 17);
        Assert.Contains(parts, p => p.MessageIndex == 1);
    }

    [Fact]
    public void Scan_ValueReportedEarlier_IsNotReportedAgainWhenContextArrives()
    {
        var window = Detectors.Default.StartConversation();
        Assert.Single(window.Scan("write to jane.doe@example.com"));
        Assert.Empty(window.Scan("my email, I mean"));
    }

    [Fact]
    public void Scan_SplitCardAfterAPaymentQuestion_IsFoundInBothMessages()
    {
        var window = Detectors.Default.StartConversation();
        window.Scan("can I pay over chat?");
        window.Scan("4667");
        var parts = window.Scan("cont. 7770 2621 7959").Where(f => f.Class.Name == "CARD_NUMBER").SelectMany(f => f.Parts).ToList();
        Assert.Contains(parts, p => p.MessageIndex == 1);
        Assert.Contains(parts, p => p.MessageIndex == 2);
    }

    [Fact]
    public void Scan_FirstPartOfACardAfterCardWords_IsNotTakenForAPhone()
    {
        var window = Detectors.Default.StartConversation();
        Assert.DoesNotContain(window.Scan("card no 3477-773606"), f => f.Class.Name == "PHONE");
        var parts = window.Scan("and 72518").Where(f => f.Class.Name == "CARD_NUMBER").SelectMany(f => f.Parts).ToList();
        Assert.Equal([0, 1], parts.Select(p => p.MessageIndex).Order());
    }

    [Fact]
    public void Scan_NameOpeningALaterMessage_IsFoundAsWhenTheMessageIsAlone()
    {
        // The kept tail of the first message comes before the second: rules that need the name to
        // open the message must still see where the message opens.
        var window = Detectors.Default.StartConversation();
        window.Scan("I sent the documents yesterday but nobody answered my email about the refund");
        var finding = Assert.Single(window.Scan("Gráinne Byrne here, following up"), f => f.Class.Name == "PERSON_NAME");
        Assert.Equal([new FindingPart(1, 0, 13)], finding.Parts);
    }

    [Fact]
    public void Scan_SecondHalfOfASplitCardThatAloneLooksLikeAPhone_IsReportedAsTheCard()
    {
        var window = Detectors.Default.StartConversation();
        window.Scan("card no 4959");
        var findings = window.Scan("and 3331 3875 6719 968");
        Assert.DoesNotContain(findings, f => f.Class.Name == "PHONE");
        Assert.Contains(findings, f => f.Class.Name == "CARD_NUMBER" && f.Parts.Any(p => p.MessageIndex == 1 && p.Start == 4 && p.End == 22));
    }

    [Fact]
    public void Scan_ValueNeedingContextFromTheMessageBefore_IsStillFound()
    {
        var window = Detectors.Default.StartConversation();
        window.Scan("my account number is");
        var finding = Assert.Single(window.Scan("48151623"), f => f.Class.Name == "BANK_ACCOUNT");
        Assert.Equal([new FindingPart(1, 0, 8)], finding.Parts);
    }

    [Theory]
    [InlineData("I paid with card 4111 1111", "1111 1111")]
    [InlineData("my card number is 4397 5280 6076", "3086 \U0001F648")]
    public void Scan_SplitCard_IsNotReportedAgainByLaterMessages(string first, string second)
    {
        var window = Detectors.Default.StartConversation();
        window.Scan(first);
        Assert.Contains(window.Scan(second), f => f.Class.Name == "CARD_NUMBER" && f.SpansMessages);
        Assert.Empty(window.Scan("thanks, do you need the expiry too"));
        Assert.Empty(window.Scan("ok"));
    }

    [Fact]
    public void Scan_CvvAfterASplitCard_IsFound()
    {
        var window = Detectors.Default.StartConversation();
        window.Scan("my card is 4645 8249");
        var findings = window.Scan("8399 8937 07/29 672");
        Assert.Contains(findings, f => f.Class.Name == "CARD_CVV");
        Assert.DoesNotContain(findings, f => f.Class.Name == "PHONE");
    }

    [Fact]
    public void Scan_SignOffBeforeAMessageOpeningWithAWordName_GivesNoNameAcrossTheJoin()
    {
        var window = Detectors.Default.StartConversation();
        window.Scan("it says invalid card number?? - Anna");
        Assert.DoesNotContain(window.Scan("Mark this transaction as fraud please"), f => f.Class.Name == "PERSON_NAME");
    }

    [Theory]
    [InlineData("hi, my name is Anna", "Kowalski, with a K", "Kowalski")]
    [InlineData("Regards, Tomasz", "Wiśniewski", "Wiśniewski")]
    public void Scan_NameGivenOverTwoMessages_IsFoundInBoth(string first, string second, string rest)
    {
        var window = Detectors.Default.StartConversation();
        window.Scan(first);
        var finding = Assert.Single(window.Scan(second), f => f.Class.Name == "PERSON_NAME");
        Assert.Equal(new FindingPart(1, 0, rest.Length), finding.Parts[^1]);
    }

    [Fact]
    public void Scan_NameFoundAlone_IsNotCutShortByANameAcrossTheJoin()
    {
        var window = Detectors.Default.StartConversation();
        window.Scan("account holder: Catriona Q. Ní Bhriain");
        var covered = window.Scan("Catriona Ní Bhriain here, following up").SelectMany(f => f.Parts).Where(p => p.MessageIndex == 1).Max(p => p.End);
        Assert.True(covered >= 19, $"message 1 is covered only up to {covered}");
    }

    [Fact]
    public void Scan_MessageThatFitsAloneButNotWithTheTail_IsScannedAlone()
    {
        var window = new SensitiveDataDetector(new DetectionOptions { MaxInputLength = 100 }).StartConversation();
        window.Scan("hello there");
        Assert.Contains(window.Scan("my email is jane.doe@example.com" + new string(' ', 68)), f => f.Class.Name == "EMAIL");
        Assert.Throws<InputTooLargeException>(() => window.Scan(new string('a', 101)));
    }

    [Fact]
    public void Export_AfterAMessageWithManyFindings_StaysAsSmallAsTheTail()
    {
        var window = Detectors.Default.StartConversation();
        window.Scan(string.Join(" and ", Enumerable.Range(0, 500).Select(i => $"user{i}@example.com")));
        var afterMany = window.Export().Length;
        var other = Detectors.Default.StartConversation();
        other.Scan("user499@example.com and user500@example.com and user501@example.com");
        Assert.True(afterMany <= other.Export().Length + 64, $"state is {afterMany} bytes after 500 emails");
    }

    [Fact]
    public void Scan_FindingsOfEachMessage_AreReportedOnceOnly()
    {
        var window = Detectors.Default.StartConversation();
        var all = new List<ConversationFinding>();
        foreach (var message in new[] { "Gráinne Byrne here, my email is grainne@example.ie", "and my phone is (415) 829-2671", "thanks", "bye" })
        {
            all.AddRange(window.Scan(message));
        }

        var keys = all.Select(f => (f.Class.Name, f.Parts[0].MessageIndex, f.Parts[0].Start)).ToList();
        Assert.Equal(keys.Distinct().Count(), keys.Count);
        Assert.Equal(["EMAIL", "PERSON_NAME", "PHONE"], all.Select(f => f.Class.Name).Order());
    }
}
