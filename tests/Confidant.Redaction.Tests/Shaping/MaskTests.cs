using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Shaping.Masking;
using Confidant.Redaction.Tests.Support;

namespace Confidant.Redaction.Tests.Shaping;

public class MaskTests
{
    public static TheoryData<string> CardNumbers() =>
    [
        "4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "378282246310005", "3782 822463 10005",
        "4222222222222", "6011000990139424", "5555555555554444", "6304000000000000000", "4111 1111 1111 1111 111", "123456789012",
    ];

    [Theory]
    [MemberData(nameof(CardNumbers))]
    public void CardMask_FirstSixLastFour_NeverShowsMoreThanFirstSixAndLastFour(string card) =>
        AssertPciLimit(card, CardMaskStyle.FirstSixLastFour);

    [Theory]
    [MemberData(nameof(CardNumbers))]
    public void CardMask_LastFour_ShowsAtMostTheLastFour(string card)
    {
        var masked = Mask(card, DataClasses.CardNumber, CardMaskStyle.LastFour);
        var digits = card.Where(char.IsAsciiDigit).ToArray();
        var shown = VisibleDigitPositions(card, masked);
        Assert.True(shown.Count <= 4);
        Assert.All(shown, p => Assert.True(p >= digits.Length - 4));
    }

    [Fact]
    public void CardMask_Random_NeverBreaksThePciLimit()
    {
        var random = new Random(20261129);
        for (var n = 0; n < 2000; n++)
        {
            var length = random.Next(8, 20);
            var card = new string([.. Enumerable.Range(0, length).Select(_ => (char)('0' + random.Next(10)))]);
            var separated = string.Join(random.Next(2) == 0 ? " " : "-", card.Chunk(4).Select(c => new string(c)));
            AssertPciLimit(separated, CardMaskStyle.FirstSixLastFour);
            AssertPciLimit(separated, CardMaskStyle.LastFour);
        }
    }

    [Fact]
    public void CardMask_Default_KeepsLastFourAndLayout() =>
        Assert.Equal("**** **** **** 1111", Mask("4111 1111 1111 1111", DataClasses.CardNumber, CardMaskStyle.LastFour));

    [Fact]
    public void CardMask_FirstSix_KeepsTheBin() =>
        Assert.Equal("411111******1111", Mask("4111111111111111", DataClasses.CardNumber, CardMaskStyle.FirstSixLastFour));

    [Theory]
    [InlineData("EMAIL", "jane.doe@example.com", "j***.***@example.com")]
    [InlineData("PERSON_NAME", "Maria Gonzalez", "M**** G*******")]
    [InlineData("US_SSN", "536-90-4399", "***-**-4399")]
    [InlineData("PHONE", "(415) 555-2671", "(***) ***-2671")]
    [InlineData("IBAN", "GB82 WEST 1234 5698 7654 32", "**** **** **** **** **54 32")]
    [InlineData("PIN", "4921", "****")]
    [InlineData("SYMPTOM", "chest pain", "***** ****")]
    [InlineData("US_ITIN", "912-7", "***-*")]
    public void Mask_ClassesGetSensibleMasks(string className, string value, string expected)
    {
        Assert.True(DataClasses.TryGet(className, out var dataClass));
        Assert.Equal(expected, Mask(value, dataClass, CardMaskStyle.LastFour));
    }

    [Fact]
    public async Task Mask_CardInTranscript_ShowsLastFourOnly()
    {
        using var harness = Harness.Create();
        var accepted = await harness.AcceptAsync("my card number is 4111 1111 1111 1111", Harness.NewConversation());
        Assert.Equal("my card number is **** **** **** 1111", accepted.View(Sink.Transcript).Text);
    }

    [Fact]
    public async Task Mask_ConfiguredFirstSixLastFour_IsUsed()
    {
        using var harness = Harness.Create(o => o.CardMask = "FirstSixLastFour");
        var accepted = await harness.AcceptAsync("my card number is 4111 1111 1111 1111", Harness.NewConversation());
        Assert.Equal("my card number is 4111 11** **** 1111", accepted.View(Sink.HumanAgent).Text);
    }

    private static string Mask(string value, DataClass dataClass, CardMaskStyle style)
    {
        var redactor = MaskRedactors.For(dataClass, style);
        var destination = new char[redactor.GetRedactedLength(value)];
        var written = redactor.Redact(value, destination);
        return new string(destination, 0, written);
    }

    private static void AssertPciLimit(string card, CardMaskStyle style)
    {
        var masked = Mask(card, DataClasses.CardNumber, style);
        Assert.Equal(card.Length, masked.Length);
        var digitCount = card.Count(char.IsAsciiDigit);
        var shown = VisibleDigitPositions(card, masked);
        Assert.True(shown.Count <= 10, $"{shown.Count} digits shown");
        Assert.All(shown, p => Assert.True(p < 6 || p >= digitCount - 4, $"digit {p} of {digitCount} shown"));
        Assert.True(digitCount - shown.Count >= Math.Min(3, digitCount), "too few digits hidden");
    }

    private static List<int> VisibleDigitPositions(string card, string masked)
    {
        var shown = new List<int>();
        var index = 0;
        for (var i = 0; i < card.Length; i++)
        {
            if (char.IsAsciiDigit(card[i]))
            {
                if (masked[i] == card[i])
                {
                    shown.Add(index);
                }
                else
                {
                    Assert.Equal('*', masked[i]);
                }

                index++;
            }
        }

        return shown;
    }
}
