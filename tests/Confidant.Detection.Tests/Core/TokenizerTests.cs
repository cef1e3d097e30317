using Confidant.Detection.Lexicon;
using Confidant.Detection.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Confidant.Detection.Tests.Core;

/// <summary>
/// The tokenizer reads 64 chars at a time with vector compares and bit masks; these tests hold it
/// to a plain char-by-char tokenizer written from the definition (tokens are maximal runs of
/// letters, digits and combining marks), on texts whose tokens start, end and run across block
/// boundaries, in any script.
/// </summary>
public class TokenizerTests
{
    // Chunks chosen to make tokens of every length (up to several blocks) and to hit the lexicon.
    private static readonly string[] Pieces =
    [
        "card", "CARD", "Card", "my", "I", "is", "the", "password", "Dr", "Maria", "GONZALEZ", "asthma", "street",
        "metformin", "hypertension", "x", "ab", "abc", "abcd", "abcdefgh", "abcdefghi", "4111", "1", "12", "X1234",
        "é", "É", "ß", "İ", "Siobhán", "Ní", "apixabán", "Ștefan", "ÅSA", "Ω", "ω", "ﬁ", "\u0301", "中文", "١٢٣", "𝟘", "\uD83D", "\uDE00", "😀", "\u200B",
        " ", "  ", "\n", ".", "-", "'", "@", "_", "\u00A0", "\t", new string('a', 63), new string('7', 64), new string('Z', 65),
    ];

    private static Gen<string> Texts =>
        Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts));

    [Property(MaxTest = 500)]
    public Property Tokenize_AnyText_GivesWhatACharByCharTokenizerGives() =>
        Prop.ForAll(Texts.ToArbitrary(), text => AssertSameAsReference(text));

    [Property(MaxTest = 300)]
    public Property Tokenize_RandomChars_GivesWhatACharByCharTokenizerGives() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => AssertSameAsReference(text ?? ""));

    [Theory]
    [InlineData("OHr")]             // a body word (German "Ohr") in odd case: an anchor in both
    [InlineData("my arm and LEG")]
    public void Tokenize_BodyWords_AreAnchorsAsInTheReference(string text) => AssertSameAsReference(text);

    [Fact]
    public void Tokenize_TokensAtEveryOffsetAroundABlockBoundary_MatchTheReference()
    {
        foreach (var length in new[] { 1, 3, 4, 7, 8, 9, 31, 32, 33, 64, 65, 130 })
        {
            for (var offset = 0; offset < 140; offset++)
            {
                AssertSameAsReference(new string(' ', offset) + new string('q', length) + " Card 42");
                AssertSameAsReference(new string('.', offset) + "Password" + new string('9', length));
            }
        }
    }

    [Fact]
    public void Lexicon_FindsEveryWordOfAText_InAnyCase_WhereverItStands()
    {
        // The same word must be found whether it is read as two chunks (far from the end of the
        // text) or char by char (near the end), in lower, upper or mixed case.
        foreach (var word in new[] { "card", "password", "Maria", "asthma", "metformin", "hypertension", "I", "my" })
        {
            foreach (var form in new[] { word.ToLowerInvariant(), word.ToUpperInvariant(), word })
            {
                var far = Tokenize(form + " and some more text after it");
                var near = Tokenize("text before " + form);
                Assert.True(far[0].Entry >= 0, $"'{form}' far from the end");
                Assert.Equal(far[0].Entry, near[^1].Entry);
            }
        }
    }

    [Fact]
    public void Lexicon_FindsEveryWordOfUpToThreeLetters_ByItsLettersAsByItsHash()
    {
        // Words of one to three ASCII letters are looked up by their letters alone; every such
        // word, in lower, upper and mixed case, must get the entry the hash table gives.
        var lexicon = WordLexicon.Default;
        var found = 0;
        foreach (var word in AllWordsOfUpToThreeLetters())
        {
            var expected = lexicon.Find(word, WordHash.OfAsciiWord(word), asciiWord: true);
            found += expected >= 0 ? 1 : 0;
            foreach (var form in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
            {
                Assert.Equal(expected, lexicon.FindTiny(form));
                Assert.Equal(expected, Tokenize("« " + form + " »")[0].Entry);
            }
        }

        Assert.InRange(found, 100, 18_278); // "my", "dr", "pin", names such as "ana"
    }

    private static IEnumerable<string> AllWordsOfUpToThreeLetters()
    {
        const string Letters = "abcdefghijklmnopqrstuvwxyz";
        foreach (var a in Letters)
        {
            yield return a.ToString();
            foreach (var b in Letters)
            {
                yield return string.Concat(a, b);
                foreach (var c in Letters)
                {
                    yield return string.Concat(a, b, c);
                }
            }
        }
    }

    [Fact]
    public void WordHash_IsTheSameWhicheverWayAWordIsRead()
    {
        foreach (var word in new[] { "a", "ab", "abc", "abcd", "abcde", "Abcdefg", "ABCDEFGH", "abcdefghi", "a1b2c3d4e5f6g7h8i9", "Z9" })
        {
            var expected = WordHash.Of(word);
            Assert.Equal(expected, WordHash.Of(word.ToUpperInvariant()));
            Assert.Equal(expected, WordHash.OfAsciiWord(word));
            if (word.Length <= WordHash.ShortWord)
            {
                var (first, second) = WordHash.ShortAsciiChunks((word + "########").AsSpan(), word.Length);
                Assert.Equal(expected, WordHash.OfChunks(word.Length, first, second));
            }
        }
    }

    private static bool AssertSameAsReference(string text)
    {
        var lexicon = WordLexicon.Default;
        var tokens = new Token[4];
        var indexes = new TokenIndexes();
        Tokenizer.Tokenize(text, lexicon, ref tokens, out var count, indexes, out var digits);
        var expected = ReferenceTokenizer.Tokenize(text, lexicon);

        Assert.Equal(expected.Tokens.Count, count);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(expected.Tokens[i], tokens[i]);
        }

        Assert.Equal(expected.Digits, digits);
        Assert.Equal(expected.DigitTokens, indexes.DigitTokens.ToArray().Select(d => d.Index));
        Assert.Equal(expected.WordAnchors, indexes.WordAnchors.ToArray());

        // The side-by-side records repeat what the tokens say, for the token and the one before.
        foreach (var d in indexes.DigitTokens)
        {
            var previous = d.Index > 0 ? tokens[d.Index - 1] : default;
            Assert.Equal((tokens[d.Index].Start, tokens[d.Index].Length, tokens[d.Index].Shape), (d.Start, d.Length, d.Shape));
            Assert.Equal((Math.Min(previous.Length, ushort.MaxValue), previous.Shape), (d.PreviousLength, d.PreviousShape));
        }

        Assert.Equal(indexes.WordAnchors.ToArray().Select(a => tokens[a].Context), indexes.WordAnchorKinds.ToArray());
        return true;
    }

    private static Token[] Tokenize(string text)
    {
        var tokens = new Token[4];
        Tokenizer.Tokenize(text, WordLexicon.Default, ref tokens, out var count, new TokenIndexes(), out _);
        return tokens[..count];
    }
}
