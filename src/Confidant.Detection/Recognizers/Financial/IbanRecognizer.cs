using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Payment;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Financial;

/// <summary>
/// IBANs, contiguous or in groups separated by single spaces or dashes: a registered country, that
/// country's exact length and a valid mod-97 check.
/// </summary>
internal sealed class IbanRecognizer : IRecognizer
{
    public const string RecognizerId = "financial.iban";

    /// <summary>Check digits plus some of the account: IBANs with letters in the account part (NL, GB, QA) have few digits.</summary>
    private const int MinDigits = 6;

    private const int MaxLength = 34;
    private const int MaxFillerTokens = 6;
    private const int MaxFillerChars = 40;

    public string Id => RecognizerId;

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.Iban];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < MinDigits)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        Span<char> compact = stackalloc char[MaxLength];
        var resume = 0; // first token after the last IBAN found
        foreach (var first in context.DigitTokens)
        {
            var i = first.Index;
            if (i < resume || first.Length < 4 || !first.Is(TokenShape.HasLetter | TokenShape.HasDigit | TokenShape.AsciiOnly)
                || !char.IsAsciiDigit(text[first.Start + 2]) || !char.IsAsciiDigit(text[first.Start + 3]))
            {
                continue;
            }

            var expected = IbanRegistry.LengthOf(text[first.Start], text[first.Start + 1]);
            if (expected == 0 || first.Length > expected)
            {
                continue;
            }

            // Add groups until the country's length is reached exactly. Once, a few words may sit
            // between two parts ("IE02 BOFI 4902 ... rest: 4912 4437 47", two messages scanned together).
            var lowerCase = char.IsAsciiLetterLower(text[first.Start]);
            text.Slice(first.Start, first.Length).CopyTo(compact);
            var total = first.Length;
            var last = i;
            var splitAfter = -1;
            while (total < expected && last + 1 < tokens.Length)
            {
                var next = last + 1;
                var grouped = tokens[next].Start == tokens[last].End + 1 && text[tokens[last].End] is ' ' or '-'
                    && IsGroup(tokens[next], lowerCase && next == i + 1);
                if (!grouped)
                {
                    next = splitAfter < 0 ? ResumeAfterFiller(context, last) : -1;
                    if (next < 0)
                    {
                        break;
                    }

                    splitAfter = last;
                }

                if (total + tokens[next].Length > expected)
                {
                    break;
                }

                text.Slice(tokens[next].Start, tokens[next].Length).CopyTo(compact[total..]);
                total += tokens[next].Length;
                last = next;
            }

            if (total != expected || !IbanValidator.IsValid(compact[..total]))
            {
                continue;
            }

            var start = first.Start;
            var end = tokens[last].End;
            var hasWord = (context.ContextAround(start, end) & ContextKinds.Iban) != 0;
            var score = hasWord ? Scores.ValidatedWithContext : Scores.Validated;
            var used = hasWord ? ContextKinds.Iban : ContextKinds.None;
            if (splitAfter < 0)
            {
                context.Add(DataClasses.Iban, start, end, score, RecognizerId, "iban", used);
            }
            else
            {
                context.Add(DataClasses.Iban, start, tokens[splitAfter].End, score, RecognizerId, "iban", used);
                context.Add(DataClasses.Iban, tokens[splitAfter + 1 + FillerCount(context, splitAfter)].Start, end, score,
                    RecognizerId, "iban", used);
            }

            resume = last + 1;
        }
    }

    /// <summary>
    /// A group of an IBAN: has a digit, or is an upper-case bank code ("WEST"), or the four-letter
    /// bank code right after the country of a lower-case IBAN ("nl91 abna ..."). Other lower-case
    /// words ("rest") are words between parts.
    /// </summary>
    private static bool IsGroup(in Token token, bool lowerCaseBankCode) =>
        token.Is(TokenShape.AsciiOnly)
        && (token.Is(TokenShape.HasDigit) || token.Is(TokenShape.AllUpper) || (lowerCaseBankCode && token.Length == 4 && token.Entry < 0));

    /// <summary>Index of the first token with a digit after a few filler words following <paramref name="last"/>, or -1.</summary>
    private static int ResumeAfterFiller(ScanContext context, int last)
    {
        var tokens = context.Tokens;
        var skipped = FillerCount(context, last);
        var next = last + 1 + skipped;
        if (next >= tokens.Length || !tokens[next].Is(TokenShape.AllDigits | TokenShape.AsciiOnly)
            || tokens[next].Start - tokens[last].End > MaxFillerChars
            || NumberText.HasLineBreak(context.Text[tokens[last].End..tokens[next].Start]))
        {
            return -1;
        }

        return next;
    }

    private static int FillerCount(ScanContext context, int last)
    {
        var tokens = context.Tokens;
        var k = last + 1;
        while (k < tokens.Length && k - last <= MaxFillerTokens && !tokens[k].Is(TokenShape.HasDigit))
        {
            k++;
        }

        return k - last - 1;
    }
}
