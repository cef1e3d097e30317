using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Personal;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>
/// "What a headache", "your website gave me a headache", "this form is a headache": a nuisance,
/// not a symptom. The idiom is read only when nothing medical comes before it in the sentence
/// ("the new pills gave me a headache", "my main symptom is a headache" stay symptoms) and no
/// other health term follows in the same clause ("is it a headache or a migraine").
/// </summary>
internal static class FigurativeHealth
{
    private const int Lookback = 8;
    private const int Lookahead = 4;

    /// <summary>Words that may stand between "a" and the term: "a real headache", "a massive headache".</summary>
    private static readonly string[] Intensifiers =
        ["real", "total", "massive", "huge", "big", "major", "proper", "complete", "absolute", "right", "serious", "whole", "new"];

    /// <summary>Everyday health words for what someone takes: "the new pills gave me a headache" is a symptom.</summary>
    private static readonly string[] TakenThings = ["pill", "pills", "drug", "drugs", "dose", "jab", "shot", "shots", "vitamin", "alcohol", "heat"];

    private static readonly string[] GiveVerbs = ["gave", "give", "gives", "giving", "given"];

    private static readonly string[] BeVerbs = ["is", "was", "s", "been", "be", "are", "were", "becoming", "become"];

    /// <summary>True when the one-word term at token <paramref name="index"/> is used as an idiom for a nuisance.</summary>
    public static bool IsFigurative(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        if (!TokenText.IsAnyAt(text, tokens, index, ["headache", "headaches"]))
        {
            return false;
        }

        var k = index - 1;
        while (TokenText.IsAnyAt(text, tokens, k, Intensifiers) && index - k < 4)
        {
            k--;
        }

        if (!TokenText.IsAt(text, tokens, k, "a"))
        {
            return false;
        }

        // "what a headache" / "gave me a headache" / "it's a headache": the idiom's frames.
        var before = k - 1;
        var idiom = TokenText.IsAt(text, tokens, before, "what")
            || (TokenText.IsAt(text, tokens, before, "me") && TokenText.IsAnyAt(text, tokens, before - 1, GiveVerbs))
            || TokenText.IsAnyAt(text, tokens, before, BeVerbs);

        return idiom && !MedicalBefore(text, tokens, before) && !HealthTermAfter(text, tokens, index);
    }

    /// <summary>A health term or medical word within <see cref="Lookback"/> tokens before, in the same sentence.</summary>
    private static bool MedicalBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from)
    {
        for (var i = from; i >= 0 && from - i < Lookback; i--)
        {
            if ((tokens[i].Context & ContextKinds.Medical) != 0 || IsHealthWord(text, tokens[i]))
            {
                return true;
            }

            if (i > 0 && EndsSentence(TokenText.Gap(text, tokens[i - 1], tokens[i])))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Another health term within <see cref="Lookahead"/> tokens after, joined by spaces only ("a headache or a migraine").</summary>
    private static bool HealthTermAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        for (var i = index + 1; i < tokens.Length && i - index <= Lookahead; i++)
        {
            if (!TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[i - 1], tokens[i])))
            {
                break;
            }

            if (IsHealthWord(text, tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word that starts a health phrase and is no everyday word ("migraine", "ibuprofen"; not
    /// "water" or "check"), or an everyday word for something taken that can cause a headache ("pills").
    /// </summary>
    private static bool IsHealthWord(ReadOnlySpan<char> text, in Token token) =>
        ((token.Flags & WordFlags.HealthTerm) != 0 && !HealthTermRecognizer.IsEverydayWord(text, token))
        || TokenText.IsAny(text, token, TakenThings);

    private static bool EndsSentence(ReadOnlySpan<char> gap) => gap.IndexOfAny(".!?\n") >= 0;
}
