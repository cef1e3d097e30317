using Confidant.Detection.Engine;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// A name written in its own script next to the Latin one, in parentheses: "Misaki Sato
/// (佐藤美咲)", "my father Li Wei (李伟)", "Kim Min-jun (김민준 on his documents)",
/// "Дмитрий Волков (Dmitry Volkov)". No dictionary knows these, but the name beside them says
/// what they are.
/// </summary>
internal sealed partial class PersonNameRecognizer
{
    /// <summary>Most words of a name in another script (Han names are one token; Arabic and Cyrillic ones two to four).</summary>
    private const int MaxScriptWords = 4;

    /// <summary>Adds the name in another script in parentheses right after or right before each name found.</summary>
    private void ScriptTwins(ScanContext context, int firstCandidate)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var found = context.CandidateCount;
        for (var c = firstCandidate; c < found; c++)
        {
            var name = context.Candidates[c];
            if (name.Score < Scores.DefaultThreshold || name.Class != DataClasses.PersonName || name.RecognizerId != Id)
            {
                continue;
            }

            // After: "Misaki Sato (佐藤美咲)".
            var open = name.End;
            while (open < text.Length && text[open] == ' ')
            {
                open++;
            }

            if (open < text.Length && text[open] == '(')
            {
                var first = context.TokenIndexAt(open);
                if (first < tokens.Length && tokens[first].Start == open + 1 && IsOtherScript(text, tokens[first]))
                {
                    var last = first;
                    while (last + 1 < tokens.Length && last - first + 1 < MaxScriptWords && IsScriptJoin(TokenText.Gap(text, tokens[last], tokens[last + 1]))
                        && IsOtherScript(text, tokens[last + 1]))
                    {
                        last++;
                    }

                    if (SameLength(context, name, first, last))
                    {
                        context.Add(DataClasses.PersonName, tokens[first].Start, tokens[last].End, name.Score, Id);
                    }
                }
            }

            // Before: "佐藤美咲 (Misaki Sato)".
            var close = name.Start - 1;
            if (close >= 1 && text[close] == '(' && !(name.End < text.Length && text[name.End] != ')'))
            {
                var end = close;
                while (end > 0 && text[end - 1] == ' ')
                {
                    end--;
                }

                var last = context.TokenIndexAt(end - 1);
                if (last < tokens.Length && tokens[last].End == end && IsOtherScript(text, tokens[last]))
                {
                    var first = last;
                    while (first > 0 && last - first + 1 < MaxScriptWords && IsScriptJoin(TokenText.Gap(text, tokens[first - 1], tokens[first]))
                        && IsOtherScript(text, tokens[first - 1]))
                    {
                        first--;
                    }

                    if (SameLength(context, name, first, last))
                    {
                        context.Add(DataClasses.PersonName, tokens[first].Start, tokens[last].End, name.Score, Id);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The run of tokens <paramref name="first"/> to <paramref name="last"/> can be the same name
    /// written otherwise: in a script that spaces its words (Cyrillic, Greek, Arabic, Hebrew) as many
    /// words as the name ("Мария Петрова (Maria Petrova)", not "Anna Petrova (Москва)"); Han, kana
    /// and Hangul names are written without spaces, so any run of them.
    /// </summary>
    private static bool SameLength(ScanContext context, in Engine.Candidate name, int first, int last)
    {
        var text = context.Text;
        var c = text[context.Tokens[first].Start];
        if (c is >= '\u2E80' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF')
        {
            return true;
        }

        var words = 1;
        foreach (var ch in text[name.Start..name.End])
        {
            words += ch == ' ' ? 1 : 0;
        }

        return words == last - first + 1;
    }

    /// <summary>What joins the words of a name in another script: a space or a middle dot ("ليلى حداد", "マリア・ガルシア").</summary>
    private static bool IsScriptJoin(ReadOnlySpan<char> gap) => gap is " " or "·" or "・";

    /// <summary>
    /// A token of letters beyond the Latin script (Greek, Cyrillic, Arabic, Hebrew, Indic, Han,
    /// kana, Hangul...), with no Latin letter or digit: Vietnamese and accented Latin are not.
    /// </summary>
    private static bool IsOtherScript(ReadOnlySpan<char> text, in Token token)
    {
        if ((token.Shape & (TokenShape.AsciiOnly | TokenShape.HasDigit)) != 0)
        {
            return false;
        }

        foreach (var c in text.Slice(token.Start, token.Length))
        {
            if (c < '\u0370' || c is >= '\u1E00' and <= '\u1EFF')
            {
                return false;
            }
        }

        return true;
    }
}
