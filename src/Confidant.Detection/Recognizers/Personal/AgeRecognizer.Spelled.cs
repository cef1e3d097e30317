using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// Ages written in words: "I'm seventy-four, not great with computers", "mum is eighty-two and has
/// macular degeneration", "my daughter is seventeen", "a forty two year old man". The words around
/// the number are read exactly as for digits (<see cref="Score"/>), on a copy of the tokens near it
/// in which the number's words are one token.
/// </summary>
internal sealed partial class AgeRecognizer
{
    /// <summary>Tokens either side of a spelled number that the age checks may read.</summary>
    private const int SpelledWindow = 10;

    private static readonly string[] Units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    /// <summary>Words that make a number larger: "twenty-five thousand", "one hundred and twenty".</summary>
    private static readonly string[] Multipliers = ["hundred", "thousand", "million", "grand", "k"];

    private static readonly System.Collections.Frozen.FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberValues =
        BuiltInWords.NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private void SpelledAges(ScanContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var next = 0;
        foreach (var i in context.WordAnchors)
        {
            if (i < next || (tokens[i].Flags & WordFlags.NumberWord) == 0
                || !NumberValues.TryGetValue(text.Slice(tokens[i].Start, tokens[i].Length), out var value))
            {
                continue;
            }

            // "seventy-four", "forty two": a tens word and a unit joined by a hyphen or a space.
            var last = i;
            if (value >= 20 && i + 1 < tokens.Length && TokenText.Gap(text, tokens[i], tokens[i + 1]) is "-" or " ")
            {
                for (var unit = 0; unit < Units.Length; unit++)
                {
                    if (TokenText.Is(text, tokens[i + 1], Units[unit]))
                    {
                        value += unit + 1;
                        last = i + 1;
                        break;
                    }
                }
            }

            // "twenty-five thousand", "ten pounds fifty" are no ages; a number word inside a longer
            // one ("one hundred and twenty") is left too.
            next = last + 1;
            if ((i > 0 && TokenText.Gap(text, tokens[i - 1], tokens[i]) is "-" or " " && IsNumberWord(text, tokens[i - 1]))
                || (TokenText.IsAt(text, tokens, i - 1, "and") && TokenText.IsAnyAt(text, tokens, i - 2, Multipliers))
                || TokenText.IsAnyAt(text, tokens, last + 1, Multipliers))
            {
                continue;
            }

            var score = ScoreSpelled(text, tokens, i, last, value);
            if (score > 0)
            {
                context.Add(DataClasses.Age, tokens[i].Start, tokens[last].End, score, Id, context: ContextKinds.Age);
            }
        }
    }

    /// <summary>Scores the spelled number from token <paramref name="first"/> to <paramref name="last"/> as one token of digits would be.</summary>
    private static double ScoreSpelled(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last, int value)
    {
        var from = Math.Max(0, first - SpelledWindow);
        var to = Math.Min(tokens.Length - 1, last + SpelledWindow);
        Span<Token> window = stackalloc Token[to - from + 1 - (last - first)];
        var n = 0;
        for (var k = from; k <= to; k++)
        {
            if (k > first && k <= last)
            {
                continue;
            }

            window[n] = tokens[k];
            if (k == first)
            {
                window[n].Length = tokens[last].End - tokens[first].Start;
                window[n].Shape = TokenShape.AllDigits | TokenShape.HasDigit | TokenShape.AsciiOnly; // read as the number it is
                window[n].Flags = WordFlags.None;
                window[n].Context = ContextKinds.None;
                window[n].Entry = -1;
            }

            n++;
        }

        return Score(text, window, first - from, value);
    }

    private static bool IsNumberWord(ReadOnlySpan<char> text, in Token token) =>
        (token.Flags & WordFlags.NumberWord) != 0 || TokenText.IsAny(text, token, Units) || TokenText.IsAny(text, token, Multipliers);
}
