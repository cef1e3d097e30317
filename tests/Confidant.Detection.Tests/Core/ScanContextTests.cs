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

    [Fact]
    public void Indexes_ListTheTokensThatCanStartAValue_InTextOrder()
    {
        var text = "hi Dr. Ana, my card 4111 1111 is due 12/27 and my X1234 asthma pass is abc";
        var context = new ScanContext();
        context.Reset(text, WordLexicon.Default);
        var tokens = context.Tokens.ToArray();
        string Word(int i) => text.Substring(tokens[i].Start, tokens[i].Length);

        Assert.Equal(["4111", "1111", "12", "27", "X1234"], context.DigitTokens.ToArray().Select(d => Word(d.Index)));
        // A greeting (starts a name), a title, a first name, a context word, a health word, a
        // password word; "my", "is", "due", "and" and the digits are none.
        Assert.Equal(["hi", "Dr", "Ana", "card", "asthma", "pass"], context.WordAnchors.ToArray().Select(Word));

        context.Clear();
        Assert.True(context.DigitTokens.IsEmpty && context.WordAnchors.IsEmpty);
    }

    [Fact]
    public void KindsOfTokensAround_AreAtLeastWhatContextBeforeAndAfterSee_SoAPassedOverTokenLosesNothing()
    {
        // Recognizers pass over a token when the kinds they need are not among its neighbours'
        // (KindsOfTokensBefore/After); that is only right if those hold every kind ContextBefore
        // and ContextAfter would give for a value that starts or ends at that token.
        var text = string.Concat(Enumerable.Repeat("member id 1234-567 patient MRN 445566, account no. 12345678 routing 021000021 cvv 123\n", 6))
            + "x 1 y 22 call me at 555 0100 or my card 4111 1111 1111 1111";
        var context = new ScanContext();
        context.Reset(text, WordLexicon.Default);
        var tokens = context.Tokens.ToArray();
        Assert.Contains(tokens, t => t.Context != ContextKinds.None);
        for (var i = 0; i < tokens.Length; i++)
        {
            foreach (var count in new[] { 1, 3, 5, 6, 8 })
            {
                var before = context.ContextBefore(tokens[i].Start, count);
                Assert.Equal(before, before & context.KindsOfTokensBefore(i, count));
                var after = context.ContextAfter(tokens[i].End, count);
                Assert.Equal(after, after & context.KindsOfTokensAfter(i, count));
            }
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
