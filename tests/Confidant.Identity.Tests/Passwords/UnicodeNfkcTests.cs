using Confidant.Identity.Passwords;

namespace Confidant.Identity.Tests.Passwords;

public sealed class UnicodeNfkcTests
{
    [Theory]
    [InlineData("ｐａｓｓｗｏｒｄ１２３", "password123")]                 // full-width forms
    [InlineData("\uFB01ve \uFB02owers", "five flowers")]                 // ligatures fi, fl
    [InlineData("x\u00B2 \u2460 \u00BD", "x2 1 1\u20442")]              // superscript, circled digit, vulgar fraction
    [InlineData("\u212B", "\u00C5")]                                    // angstrom sign is A with ring
    [InlineData("e\u0301te\u0301", "\u00E9t\u00E9")]                    // combining acute composes
    [InlineData("a\u0323\u0302", "\u1EAD")]                             // marks in canonical order compose...
    [InlineData("a\u0302\u0323", "\u1EAD")]                             // ...and so do marks in the other order
    [InlineData("\u1E9B\u0323", "\u1E69")]                              // UAX #15's example: long s with dots becomes s with dots
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]                        // Hangul jamo compose into a syllable
    [InlineData("\uAC01", "\uAC01")]                                    // and a syllable stays one
    [InlineData("\u337B", "\u5E73\u6210")]                              // square era name
    [InlineData("\u00A0no-break\u3000spaces", " no-break spaces")]
    [InlineData("\u0301leading mark", "\u0301leading mark")]
    [InlineData("\U0001D400\U0001D401", "AB")]                          // mathematical bold capitals
    [InlineData("emoji \U0001F642 stays", "emoji \U0001F642 stays")]
    public void TryNormalize_GivesNfkc(string text, string expected)
    {
        Assert.True(UnicodeNfkc.TryNormalize(text, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Fact]
    public void TryNormalize_AsciiText_IsReturnedAsItIs()
    {
        const string Text = "plain ASCII, 100% of it!";

        Assert.True(UnicodeNfkc.TryNormalize(Text, out var normalized));
        Assert.Same(Text, normalized);
    }

    [Fact]
    public void TryNormalize_LoneSurrogate_IsRefused()
    {
        // Not theory data: xunit serialises theory strings as UTF-8, which turns lone surrogates into U+FFFD.
        string[] texts = ["abc\uD800", "\uDC00abc", "ab\uDE00\uD83Dcd", "é\uD83D", "\uD83D\uD83D\uDE42"];

        Assert.All(texts, text =>
        {
            Assert.False(UnicodeNfkc.TryNormalize(text, out var normalized));
            Assert.Null(normalized);
        });
    }
}
