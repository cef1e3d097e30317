using Confidant.Detection.Engine;
using Confidant.Detection.Recognizers.Payment;

namespace Confidant.Detection.Tests.Payment;

public class CardNumberTests
{
    private const string Card = "CARD_NUMBER";

    [Theory]
    [InlineData("4111111111111111")]       // Visa 16
    [InlineData("4222222222222")]          // Visa 13
    [InlineData("4111111111111000008")]    // Visa 19
    [InlineData("5555555555554444")]       // Mastercard 51-55
    [InlineData("2221000000000009")]       // Mastercard 2-series
    [InlineData("378282246310005")]        // Amex
    [InlineData("6011111111111117")]       // Discover
    [InlineData("3530111333300000")]       // JCB
    [InlineData("180000000000002")]        // JCB legacy 15 digits
    [InlineData("36227206271667")]         // Diners 14
    [InlineData("30950000000000")]         // Diners 3095
    [InlineData("6200000000000005")]       // UnionPay
    [InlineData("6759649826438453")]       // Maestro UK
    [InlineData("5018000000000009")]       // Maestro 16
    [InlineData("2200123456000003")]       // Mir
    public void Scan_ContiguousCardNumberOfEachScheme_IsFound(string number)
    {
        Assert.Equal([number], Detectors.Values($"here it is {number} thanks", Card));
    }

    [Theory]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("4111-1111-1111-1111")]
    [InlineData("4111.1111.1111.1111")]
    [InlineData("4111-1111 1111.1111")]
    [InlineData("3782 822463 10005")]
    [InlineData("3622 720627 1667")]
    [InlineData("4111 1111 1111 1000 008")]
    public void Scan_CardNumberWithGroupSeparators_IsFoundWithSeparators(string number)
    {
        Assert.Equal([number], Detectors.Values($"use {number} please", Card));
    }

    [Fact]
    public void Scan_CardNumberWithCardWord_ScoresFullConfidence()
    {
        var finding = Assert.Single(Detectors.Default.Detect("my visa is 4111 1111 1111 1111").Findings);
        Assert.Equal(Scores.ValidatedWithContext, finding.Score);
        Assert.Equal(CardNumberRecognizer.RecognizerId, finding.Explanation.RecognizerId);
    }

    [Fact]
    public void Scan_CardNumberWithoutContext_ScoresValidated()
    {
        var finding = Assert.Single(Detectors.Default.Detect("4111111111111111").Findings);
        Assert.Equal(Scores.Validated, finding.Score);
    }

    [Theory]
    [InlineData("tarjeta de crédito 4111111111111111")]
    [InlineData("numéro de carte 4111111111111111")]
    [InlineData("meine Kreditkarte: 4111111111111111")]
    public void Scan_CardNumberWithForeignCardWord_IsFoundWithFullConfidence(string text)
    {
        var finding = Assert.Single(Detectors.Default.Detect(text).Findings);
        Assert.Equal(Scores.ValidatedWithContext, finding.Score);
    }

    [Theory]
    [InlineData("my RuPay card 8172 0012 3456 7892 was declined", "8172 0012 3456 7892")]
    [InlineData("rupay debit card no 8208056112345678 blocked", "8208056112345678")]
    [InlineData("Troy card 9792 2048 1177 3507 not accepted", "9792 2048 1177 3507")]
    public void Scan_RuPayOrTroyNumberWithACardWord_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, Card));

    [Theory]
    [InlineData("Consumer number 8172001234567892 - electricity bill")]   // other numbering plans share these prefixes
    [InlineData("Kargo takip no 9792204811773507")]
    [InlineData("Tracking number for order 55231 is 8208056112345678")]
    [InlineData("here it is 8172001234567892 thanks")]                    // no card word
    public void Scan_RuPayOrTroyPrefixWithoutACardWord_IsNotACard(string text) =>
        Assert.Empty(Detectors.Values(text, Card));

    [Theory]
    [InlineData("cc4539148803436467 exp 04/28")]
    [InlineData("my card: CC4539148803436467")]
    [InlineData("visa4539148803436467")]
    [InlineData("card 4539148803436467exp 04/28")]
    [InlineData("4539148803436467cvv 123")]
    public void Scan_CardNumberGluedToCardWord_ReportsOnlyTheDigits(string text)
    {
        Assert.Equal(["4539148803436467"], Detectors.Values(text, Card));
    }

    [Theory]
    [InlineData("sku4539148803436467")]          // a product code, not a card word
    [InlineData("ref4539148803436467x")]
    [InlineData("cc4539148803436467exp")]        // glued on both sides: a code
    [InlineData("cc4539148803436468")]           // Luhn fails
    [InlineData("cc9111111111111111")]           // no scheme
    [InlineData("Case ID: CC4047660516579677 please escalate")] // an id in capitals, no card word
    [InlineData("Product code PAN8108826992187064")]
    [InlineData("Invoice_4656_8040_3809_7303.pdf attached for the claim")]   // a file name
    [InlineData("Amazon gift card 8112717485143686")]                        // RuPay's prefix on a gift card
    [InlineData("Loyalty card 8200679240356552 points not added")]
    public void Scan_DigitsGluedToOtherLetters_AreNotACard(string text)
    {
        Assert.Empty(Detectors.Values(text, Card));
    }

    [Theory]
    [InlineData("4111111111111112")]       // Luhn fails
    [InlineData("5555555555554445")]
    [InlineData("4111 1111 1111 1112")]
    [InlineData("9111111111111111")]       // no scheme starts with 9
    [InlineData("0000000000000000")]
    [InlineData("41111111111111111111")]   // 20 digits: too long
    [InlineData("411111111111")]           // Visa with 12 digits
    public void Scan_NumberThatIsNotACard_IsNotFound(string number)
    {
        Assert.Empty(Detectors.Values($"number {number} here", Card));
    }

    [Theory]
    [InlineData("order 4111111111111111 shipped")]
    [InlineData("tracking number 4111111111111111")]
    [InlineData("invoice #4111111111111111")]
    [InlineData("item sku 6011111111111117")]
    public void Scan_LuhnValidOrderOrTrackingNumberWithoutGroups_IsNotFound(string text)
    {
        Assert.Empty(Detectors.Values(text, Card));
    }

    [Fact]
    public void Scan_CardGroupedNumberNearOrderWord_IsStillFound()
    {
        Assert.Equal(["4111 1111 1111 1111"], Detectors.Values("for order 389501 I used 4111 1111 1111 1111", Card));
    }

    [Theory]
    [InlineData("Tracking number for order 55231 is 4220941410642830")]
    [InlineData("I have 2 orders, 77120 and 4491395296853106, neither arrived")]
    public void Scan_ContiguousLuhnNumberInAMessageAboutOrders_IsNotACard(string text)
    {
        // A review found tracking and reference numbers after "order <number>": the order word still
        // demotes every contiguous number near it, so "order 88231 was charged to 4539…" needs a card word.
        Assert.Empty(Detectors.Values(text, Card));
    }

    [Fact]
    public void Scan_CardNumberNearOrderAndCardWords_KeepsFullConfidence()
    {
        var finding = Assert.Single(Detectors.Default.Detect("paid the order with my card 4111111111111111").Findings);
        Assert.Equal(Scores.ValidatedWithContext, finding.Score);
    }

    [Fact]
    public void Scan_CardNumberFollowedByExpiry_DoesNotSwallowTheExpiry()
    {
        Assert.Equal(["4111 1111 1111 1111"], Detectors.Values("card 4111 1111 1111 1111 01/27", Card));
        Assert.Equal(["6011 1111 1111 1117"], Detectors.Values("card 6011 1111 1111 1117 12 27", Card));
    }

    [Fact]
    public void Scan_CardNumberFollowedByCvvWithSpace_DoesNotSwallowTheCvv()
    {
        Assert.Equal(["4111 1111 1111 1111"], Detectors.Values("4111 1111 1111 1111 737", Card));
    }

    [Fact]
    public void Scan_TwoCardNumbers_AreBothFound()
    {
        Assert.Equal(["4111111111111111", "5555555555554444"],
            Detectors.Values("old 4111111111111111 new 5555555555554444", Card));
        Assert.Equal(["4111111111111111", "5555555555554444"],
            Detectors.Values("4111111111111111 5555555555554444", Card));
    }

    [Fact]
    public void Scan_FullWidthDigitsWithIdeographicSpaces_AreFound()
    {
        const string number = "４１１１　１１１１　１１１１　１１１１";
        Assert.Equal([number], Detectors.Values($"card {number}", Card));
    }

    [Fact]
    public void Scan_FullWidthDigitsWithAsciiSpaces_AreFound()
    {
        const string number = "４１１１ １１１１ １１１１ １１１１";
        Assert.Equal([number], Detectors.Values($"card {number}", Card));
    }

    [Fact]
    public void Scan_ZeroWidthSpaceInsideCardNumber_IsFoundWithTheHiddenChar()
    {
        const string number = "4111\u200B1111\u200B1111\u200B1111";
        Assert.Equal([number], Detectors.Values($"card {number} ok", Card));
    }

    [Fact]
    public void Scan_NoBreakSpacesBetweenGroups_AreFound()
    {
        const string number = "4111\u00A01111\u00A01111\u00A01111";
        Assert.Equal([number], Detectors.Values($"card {number}", Card));
    }

    [Fact]
    public void Scan_EnDashesBetweenGroups_AreFound()
    {
        const string number = "5555\u20135555\u20135555\u20134444";
        Assert.Equal([number], Detectors.Values($"mc {number}", Card));
    }

    [Theory]
    [InlineData("4111  1111  1111  1111")]
    [InlineData("4111/1111/1111/1111")]
    [InlineData("4111 - 1111.1111 / 1111")]
    public void Scan_LooseOrMixedSeparators_StillJoinGroups(string number)
    {
        Assert.Equal([number], Detectors.Values($"card {number} ok", Card));
    }

    [Theory]
    [InlineData("4111    1111    1111    1111")]
    [InlineData("4111 -- 1111 -- 1111 -- 1111")]
    public void Scan_WideSeparators_DoNotJoinGroups(string text)
    {
        Assert.Empty(Detectors.Values(text, Card));
    }

    [Fact]
    public void Scan_PhoneNumberWithPlus_IsNotACard()
    {
        Assert.Empty(Detectors.Values("call +4111111111111111", Card));
    }

    [Fact]
    public void Scan_CardInsideLongerGroupedNumber_IsNotFound()
    {
        // A USPS-style tracking number in groups of four: the card-like tail is a chance match.
        Assert.Empty(Detectors.Values("9400 4111 1111 1111 1111 11", Card));
    }

    [Fact]
    public void Scan_ShortMaestroNearOrderWord_IsNotFound()
    {
        Assert.Empty(Detectors.Values("order 5018 0000 0009", Card));
    }

    [Fact]
    public void Scan_ShortMaestroWithCardWord_IsFound()
    {
        Assert.Equal(["501800000009"], Detectors.Values("maestro card 501800000009", Card));
    }

    [Fact]
    public void Scan_CardNumber_IsReportedOnlyAsCard()
    {
        var findings = Detectors.Find("my account card number is 4111 1111 1111 1111, cvv 123");
        Assert.Contains(("CARD_NUMBER", "4111 1111 1111 1111"), findings);
        Assert.DoesNotContain(findings, f => f.Class != "CARD_NUMBER" && "4111 1111 1111 1111".Contains(f.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Scan_HostileDigitRuns_StayLinearAndFindNothing()
    {
        var spaced = string.Join(' ', Enumerable.Repeat("1", 50_000));
        var dashed = string.Concat(Enumerable.Repeat("1234-", 20_000));
        var digits = new string('7', 100_000);
        Assert.Empty(Detectors.Values(spaced, Card));
        Assert.Empty(Detectors.Values(dashed, Card));
        Assert.Empty(Detectors.Values(digits, Card));
    }
}
