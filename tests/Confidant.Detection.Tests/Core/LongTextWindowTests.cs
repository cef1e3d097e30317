using System.Text;

namespace Confidant.Detection.Tests.Core;

/// <summary>
/// A long text is scanned in windows (<see cref="SensitiveDataDetector.WindowLength"/>); what it
/// finds must be what one pass over the whole text finds, wherever values fall.
/// </summary>
public class LongTextWindowTests
{
    private const string Card = "4111 1111 1111 1111";

    private static string Describe(IEnumerable<Finding> findings) =>
        string.Join("\n", findings.Select(f =>
            $"{f.Class.Name}@{f.Start}-{f.End}:{f.Score}:{f.Explanation.RecognizerId}:{string.Join(',', f.Explanation.ContextWords)}"));

    private static void AssertSameAsOnePass(string text)
    {
        var detector = Detectors.Default;
        Assert.True(text.Length > SensitiveDataDetector.WindowLength + 2 * SensitiveDataDetector.MaxReach, "the text must be long enough to be windowed");
        Assert.Equal(Describe(detector.DetectInOnePass(text).Findings), Describe(detector.Detect(text).Findings));
    }

    /// <summary>Filler words with nothing sensitive in them, <paramref name="length"/> chars.</summary>
    private static string Filler(int length)
    {
        var words = new[] { "thanks", "for", "waiting", "the", "order", "is", "on", "its", "way", "and", "will", "arrive", "soon" };
        var text = new StringBuilder(length + 10);
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(words[i % words.Length]).Append(i % 17 == 16 ? '\n' : ' ');
        }

        return text.ToString(0, length);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Detect_RandomLongChatText_FindsWhatOnePassFinds(int seed)
    {
        var random = new Random(seed);
        var separators = new[] { " ", "\n", "", ". ", "\u00A0" };
        var text = new StringBuilder();
        while (text.Length < 120_000)
        {
            for (var n = random.Next(1, 30); n > 0; n--)
            {
                text.Append(Generators.Fragments[random.Next(Generators.Fragments.Length)]);
            }

            text.Append(separators[random.Next(separators.Length)]);
        }

        AssertSameAsOnePass(text.ToString());
    }

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 12; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Fact]
    public void Detect_CardNumberAtEveryOffsetAroundTheFirstWindowEnd_IsFoundWhole()
    {
        // The first window's cut is chosen near WindowLength: put the card across it at every offset.
        var edge = SensitiveDataDetector.WindowLength;
        for (var at = edge - 40; at <= edge + 40; at += 3)
        {
            var text = Filler(at) + " my card is " + Card + " thanks " + Filler(60_000);
            var cards = Detectors.Default.Detect(text).Findings.Where(f => f.Class.Name == "CARD_NUMBER").ToList();
            var card = Assert.Single(cards);
            Assert.Equal(Card, text[card.Start..card.End]);
            AssertSameAsOnePass(text);
        }
    }

    [Fact]
    public void Detect_PrivateKeyBlockAcrossWindows_IsFoundAsInOnePass()
    {
        var body = string.Join('\n', Enumerable.Range(0, 200).Select(i => Convert.ToBase64String(BitConverter.GetBytes(i * 7919L + 13)).PadRight(64, 'Q')));
        var block = $"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----";
        var text = Filler(SensitiveDataDetector.WindowLength - 2_000) + "\nhere is my key:\n" + block + "\n" + Filler(50_000);

        var keys = Detectors.Default.Detect(text).Findings.Where(f => f.Class.Name == "PRIVATE_KEY").ToList();
        var key = Assert.Single(keys);
        Assert.Equal(block, text[key.Start..key.End]);
        AssertSameAsOnePass(text);
    }

    [Fact]
    public void Detect_UnterminatedKeyBlockLongerThanAWindow_IsScannedAsInOnePass()
    {
        // No end marker for 40,000 chars: the window holding its start cannot be cut, so it grows.
        var text = Filler(10_000) + " -----BEGIN PRIVATE KEY-----\n" + string.Concat(Enumerable.Repeat("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MTExMTExMTExMTExMTEx\n", 700))
            + " my card is " + Card + " " + Filler(40_000);
        AssertSameAsOnePass(text);
    }

    [Fact]
    public void Detect_LongTextWithoutWhitespace_IsScannedAsInOnePass()
    {
        var digits = string.Concat(Enumerable.Repeat("4111111111111111-", 6_000));
        AssertSameAsOnePass(digits);
        AssertSameAsOnePass(new string('a', 100_000) + " ssn 078-05-1121 " + new string('7', 100_000));
    }

    [Fact]
    public void Detect_LongRunsOfDigitGroups_AreScannedAsInOnePass()
    {
        AssertSameAsOnePass(string.Concat(Enumerable.Repeat("1234 5678 ", 15_000)));
        AssertSameAsOnePass(string.Concat(Enumerable.Repeat("4111 ", 30_000)));
        AssertSameAsOnePass(string.Concat(Enumerable.Repeat("4111 1111 1111 1111\n", 8_000)));
        AssertSameAsOnePass(string.Concat(Enumerable.Repeat("call 415 555 2671 or ", 8_000)));
    }
}
