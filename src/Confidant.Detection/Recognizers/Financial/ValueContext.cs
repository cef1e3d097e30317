using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Payment;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Financial;

/// <summary>
/// The context words that belong to one number. Several numbers in a message each take the words
/// nearest them ("routing 021000021 account 12345678"), so the search backwards stops at an
/// earlier number once a word was found; a list ("routing and account numbers: X and Y") still
/// shares its words.
/// </summary>
internal static class ValueContext
{
    private const int MaxTokens = 8;
    public const int MaxTokensAfter = 3;

    /// <summary>
    /// Kinds (within <paramref name="mask"/>) of the nearest context word before the value (or
    /// after it when there is none before), and the union of all the value's context words.
    /// </summary>
    public static (ContextKinds Nearest, ContextKinds All) Find(ScanContext context, int start, int end, ContextKinds mask,
        int maxBefore = MaxTokens)
    {
        var tokens = context.Tokens;
        var nearest = ContextKinds.None;
        var all = ContextKinds.None;
        var limit = start - ScanContext.MaxContextDistance;
        var i = context.TokenIndexAt(start) - 1;
        var boundary = start;
        for (var seen = 0; i >= 0 && seen < maxBefore && tokens[i].Start >= limit; i--, seen++)
        {
            ref readonly var token = ref tokens[i];
            if (NumberText.HasQuestionOrLineBreak(context.Text[token.End..boundary]))
            {
                break; // words of an earlier sentence (or message) are about something else
            }

            boundary = token.Start;
            if (IsNumber(token) && all != ContextKinds.None)
            {
                break;
            }

            var kinds = token.Context & mask;
            if (kinds != ContextKinds.None)
            {
                if (nearest == ContextKinds.None)
                {
                    nearest = kinds;
                }

                all |= kinds;
            }
        }

        if (all != ContextKinds.None)
        {
            return (nearest, all);
        }

        var j = context.TokenIndexAt(end);
        if (j < tokens.Length && tokens[j].Start < end)
        {
            j++;
        }

        for (var seen = 0; j < tokens.Length && seen < MaxTokensAfter && tokens[j].End <= end + ScanContext.MaxContextDistance; j++, seen++)
        {
            if (IsNumber(tokens[j]))
            {
                break;
            }

            var kinds = tokens[j].Context & mask;
            if (kinds != ContextKinds.None)
            {
                return (kinds, kinds);
            }
        }

        return (ContextKinds.None, ContextKinds.None);
    }

    private static bool IsNumber(in Token token) => token.Is(TokenShape.AllDigits) && token.Length >= 4;
}
