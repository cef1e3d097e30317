using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Confidant.Detection.Streaming;

namespace Confidant.Detection.Tests.Core;

public class StreamingScannerTests
{
    private static (string Text, List<Finding> Findings) Stream(string text, IEnumerable<int> chunkSizes)
    {
        var scanner = Detectors.Default.StartStream();
        var releases = new List<StreamRelease>();
        var offset = 0;
        foreach (var size in chunkSizes)
        {
            if (offset >= text.Length)
            {
                break;
            }

            var take = Math.Min(size, text.Length - offset);
            releases.AddRange(scanner.Write(text.Substring(offset, take)));
            offset += take;
        }

        if (offset < text.Length)
        {
            releases.AddRange(scanner.Write(text[offset..]));
        }

        releases.Add(scanner.Complete());
        return (string.Concat(releases.Select(r => r.Text)), releases.SelectMany(r => r.Findings).ToList());
    }

    private static string Describe(IEnumerable<Finding> findings) =>
        string.Join("; ", findings.Select(f => $"{f.Class.Name}@{f.Start}-{f.End}:{f.Score}"));

    [Fact]
    public void Stream_CardNumberArrivingDigitByDigit_IsReleasedOnlyAsAWholeFinding()
    {
        var text = "Sure, the card on file is 4111 1111 1111 1111 and it expires soon. " + new string('.', 1200);
        var (released, findings) = Stream(text, Enumerable.Repeat(1, text.Length));
        Assert.Equal(text, released);
        var card = Assert.Single(findings, f => f.Class.Name == "CARD_NUMBER");
        Assert.Equal("4111 1111 1111 1111", released[card.Start..card.End]);
    }

    [Fact]
    public void Stream_NothingIsReleasedWhileTheTailCouldStillBeAValue()
    {
        var scanner = Detectors.Default.StartStream();
        Assert.Empty(scanner.Write("my card is 4111 1111 1111"));
        Assert.Equal(25, scanner.Pending);
    }

    [Property(MaxTest = 60)]
    public Property Stream_AnyChunking_ReleasesWhatAWholeScanFinds() =>
        Prop.ForAll(
            // No shrinking: a failing case is kilobytes long and its label already says what differs.
            Arb.From(Gen.Choose(150, 500).SelectMany(n => Generators.ChatLikeText.ArrayOf(n / 10).Select(parts => string.Join(' ', parts))),
                _ => []),
            Arb.From(Gen.Choose(1, 700).ArrayOf(400), _ => []),
            (text, chunks) =>
            {
                var whole = Detectors.Default.Detect(text).Findings;
                var (released, findings) = Stream(text, chunks);
                return (released == text && Describe(findings) == Describe(whole))
                    .Label($"text length {text.Length}: stream [{Describe(findings)}] vs whole [{Describe(whole)}]");
            });
}
