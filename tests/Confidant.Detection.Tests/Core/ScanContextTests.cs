using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Tests.Core;

public class ScanContextTests
{
    [Fact]
    public void TokenIndexAt_PositionsInAnyOrder_MatchALinearSearch()
    {
        var text = string.Concat(Enumerable.Repeat("order 12, pay $4.50 -- Dr. Ana   López 🙂 x\n", 40));
        var context = new ScanContext();
        context.Reset(text, WordLexicon.Default);
        var random = new Random(7);
        for (var i = 0; i < 5000; i++)
        {
            // Mostly small moves either way (what recognizers do), sometimes a jump.
            var position = i % 10 == 0 ? random.Next(-2, text.Length + 3) : Math.Clamp((i * 37 % text.Length) + random.Next(-20, 21), 0, text.Length);
            Assert.Equal(LinearTokenIndexAt(context, position), context.TokenIndexAt(position));
        }

        context.Clear();
    }

    private static int LinearTokenIndexAt(ScanContext context, int position)
    {
        var tokens = context.Tokens;
        var i = 0;
        while (i < tokens.Length && tokens[i].End <= position)
        {
            i++;
        }

        return i;
    }
}
