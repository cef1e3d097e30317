using Confidant.Detection.Text;

namespace Confidant.Detection.Tests.Core;

public class TextNormalizerTests
{
    private static (string Normalized, int[] Starts, int[] Ends) Normalize(string text)
    {
        var output = new char[text.Length];
        var map = new OffsetMap();
        var n = TextNormalizer.Normalize(text, output, map);
        var starts = Enumerable.Range(0, n).Select(map.StartOf).ToArray();
        var ends = Enumerable.Range(0, n).Select(map.EndOf).ToArray();
        return (new string(output, 0, n), starts, ends);
    }

    [Theory]
    [InlineData("４１１１", "4111")]          // full-width digits
    [InlineData("٤١١١", "4111")]              // Arabic-Indic digits
    [InlineData("४१११", "4111")]              // Devanagari digits
    [InlineData("41\u200B11", "4111")]        // zero-width space
    [InlineData("41\u200C\u200D11", "4111")]  // zero-width non-joiner and joiner
    [InlineData("41\u206011", "4111")]        // word joiner
    [InlineData("41\uFEFF11", "4111")]        // byte order mark
    [InlineData("41\u00AD11", "4111")]        // soft hyphen
    [InlineData("41\u00A011", "41 11")]       // no-break space
    [InlineData("41\u202F11", "41 11")]       // narrow no-break space
    [InlineData("41\u201311", "41-11")]       // en dash
    [InlineData("41\u221211", "41-11")]       // minus sign
    [InlineData("ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ", "john@example.com")]
    public void Normalize_Evasions_BecomePlainAscii(string input, string expected)
    {
        Assert.Equal(expected, Normalize(input).Normalized);
    }

    [Fact]
    public void Normalize_MathematicalDigitsOutsideTheBmp_BecomeOneDigitEach()
    {
        var text = "\U0001D7CF\U0001D7D0"; // MATHEMATICAL BOLD DIGIT ONE, TWO
        var (normalized, starts, ends) = Normalize(text);
        Assert.Equal("12", normalized);
        Assert.Equal([0, 2], starts);
        Assert.Equal([2, 4], ends);
    }

    [Fact]
    public void Normalize_OffsetMap_CoversRemovedCharsInsideAValue()
    {
        var text = "a 4\u200B1 b";
        var (normalized, starts, ends) = Normalize(text);
        Assert.Equal("a 41 b", normalized);
        var digitStart = normalized.IndexOf('4', StringComparison.Ordinal);
        // The span "41" maps back to "4\u200B1": the zero-width space is inside it.
        Assert.Equal(2, starts[digitStart]);
        Assert.Equal(5, ends[digitStart + 1]);
    }

    [Fact]
    public void Normalize_OffsetMap_GivesEveryCharItsOriginalRange()
    {
        // Copied, dropped (zero-width space, soft hyphen), emoji, full-width and two-char digits mixed:
        // the map keeps one-to-one stretches as segments, and each char must still map exactly.
        var text = "ab\u200B\U0001F600c\uFF14\U0001D7CF\u00ADd";
        var (normalized, starts, ends) = Normalize(text);
        Assert.Equal("ab\U0001F600c41d", normalized);
        Assert.Equal([0, 1, 3, 4, 5, 6, 7, 10], starts);
        Assert.Equal([1, 3, 4, 5, 6, 7, 10, 11], ends);
    }

    [Fact]
    public void Normalize_UnpairedSurrogates_AreKeptWithoutThrowing()
    {
        var text = "x\uD800y\uDC00z";
        var (normalized, _, _) = Normalize(text);
        Assert.Equal(text.Length, normalized.Length);
    }

    [Theory]
    [InlineData("plain ascii text 123")]
    [InlineData("tabs\tand\nnewlines")]
    public void IsPlain_AsciiText_NeedsNoNormalization(string text) => Assert.True(TextNormalizer.IsPlain(text));

    [Theory]
    [InlineData("café")]
    [InlineData("a\u200Bb")]
    public void IsPlain_NonAscii_TakesTheSlowPath(string text) => Assert.False(TextNormalizer.IsPlain(text));
}
