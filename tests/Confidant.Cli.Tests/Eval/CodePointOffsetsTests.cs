using Confidant.Cli.Eval;

namespace Confidant.Cli.Tests.Eval;

public class CodePointOffsetsTests
{
    [Fact]
    public void ToUtf16_AfterAnEmoji_AddsOnePerSurrogatePair()
    {
        // "😀 a😀b": code points 😀(0) ' '(1) a(2) 😀(3) b(4); UTF-16: 0, 2, 3, 4, 6.
        var offsets = new CodePointOffsets("\U0001F600 a\U0001F600b");

        Assert.Equal([0, 2, 3, 4, 6, 7], Enumerable.Range(0, 6).Select(offsets.ToUtf16));
    }

    [Fact]
    public void ToUtf16_PlainText_IsTheSameOffsetClampedIntoTheText()
    {
        var offsets = new CodePointOffsets("abc");

        Assert.Equal(2, offsets.ToUtf16(2));
        Assert.Equal(3, offsets.ToUtf16(99));
        Assert.Equal(0, offsets.ToUtf16(-1));
    }
}
