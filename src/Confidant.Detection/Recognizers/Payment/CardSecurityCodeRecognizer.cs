using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Payment;

/// <summary>
/// Card security codes (CVV, CVC, CID): 3 or 4 digits, only right after (or before) a word that
/// names them. Three digits alone are everywhere, so there is no finding without that word.
/// </summary>
internal sealed class CardSecurityCodeRecognizer : IRecognizer
{
    public const string RecognizerId = "payment.cvv";

    private const int TokensBefore = 4;
    private const int TokensAfter = 3;

    public string Id => RecognizerId;

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.CardSecurityCode];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < 3)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Length is < 3 or > 4 || !token.Is(TokenShape.AllDigits)
                || NumberText.IsJoinedToDigits(text, token.Start, token.End)
                || NumberText.HasSignOrCurrencyBefore(text, token.Start)
                || !HasCvvWord(context, i)
                || InsideCard(context, token.Start))
            {
                continue;
            }

            var score = (context.ContextAround(token.Start, token.End, 8, 3) & ContextKinds.Card) != 0
                ? Scores.PatternWithContext + 0.05
                : Scores.PatternWithContext;
            context.Add(DataClasses.CardSecurityCode, token.Start, token.End, score, RecognizerId, null, ContextKinds.Cvv);
        }
    }

    private static bool HasCvvWord(ScanContext context, int index)
    {
        var tokens = context.Tokens;
        for (var k = index - 1; k >= 0 && k >= index - TokensBefore; k--)
        {
            if (IsCvvWord(context, k))
            {
                return true;
            }

            if (BelongsElsewhere(context, k))
            {
                break; // "cvv 123, pin 4567": the word before the PIN is the PIN's
            }
        }

        for (var k = index + 1; k < tokens.Length && k <= index + TokensAfter; k++)
        {
            if (tokens[k].Is(TokenShape.AllDigits))
            {
                break; // "cvv" after another number belongs to that one
            }

            if (IsCvvWord(context, k))
            {
                // "1234, cvv 567": the word introduces the next number, not this one.
                return k + 1 >= tokens.Length || !tokens[k + 1].Is(TokenShape.AllDigits);
            }
        }

        return false;
    }

    private static bool BelongsElsewhere(ScanContext context, int k)
    {
        ref readonly var token = ref context.Tokens[k];
        if (token.Is(TokenShape.AllDigits))
        {
            return true;
        }

        const ContextKinds other = ContextKinds.Pin | ContextKinds.Password | ContextKinds.OneTimeCode | ContextKinds.Expiry;
        return (token.Context & other) != 0 && (token.Context & ContextKinds.Cvv) == 0
            && !IsCodeWord(context.Text.Slice(token.Start, token.Length));
    }

    private static bool IsCvvWord(ScanContext context, int k)
    {
        var tokens = context.Tokens;
        if ((tokens[k].Context & ContextKinds.Cvv) == 0)
        {
            return false;
        }

        if (!IsWeakWord(context.Text.Slice(tokens[k].Start, tokens[k].Length)))
        {
            return true;
        }

        // "security" alone is too common ("social security"): only "security code" and
        // "código de seguridad" count.
        for (var m = Math.Max(0, k - 2); m < Math.Min(tokens.Length, k + 2); m++)
        {
            if (m != k && IsCodeWord(context.Text.Slice(tokens[m].Start, tokens[m].Length)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWeakWord(ReadOnlySpan<char> word) =>
        word.Equals("security", StringComparison.OrdinalIgnoreCase)
        || word.Equals("seguridad", StringComparison.OrdinalIgnoreCase)
        || word.Equals("sécurité", StringComparison.OrdinalIgnoreCase)
        || word.Equals("securite", StringComparison.OrdinalIgnoreCase);

    private static bool IsCodeWord(ReadOnlySpan<char> word) =>
        word.Equals("code", StringComparison.OrdinalIgnoreCase)
        || word.Equals("código", StringComparison.OrdinalIgnoreCase)
        || word.Equals("codigo", StringComparison.OrdinalIgnoreCase)
        || word.Equals("cod", StringComparison.OrdinalIgnoreCase);

    private static bool InsideCard(ScanContext context, int position)
    {
        foreach (ref readonly var candidate in context.Candidates)
        {
            if (candidate.Class == DataClasses.CardNumber && candidate.Start <= position && position < candidate.End)
            {
                return true;
            }
        }

        return false;
    }
}
