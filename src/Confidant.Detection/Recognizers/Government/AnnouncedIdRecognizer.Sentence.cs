using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Credentials;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// Values their sentence tells of, when no announcement stands right before them: later in the
/// announcing word's sentence ("Passport number for Sean Whitaker is 539102447", "my new US passport
/// starts with a letter, A04817365", "pasaporte, número PAK419283") or right before it
/// ("539102447 is my passport number"). Only a value of the class's shape with five digits or more,
/// standing alone, counts, and only when no word or number of another kind stands between: "passport
/// renewal, order 48213977" and "passport expires 2031, call 0300 222 0000" find nothing.
/// </summary>
internal abstract partial class AnnouncedIdRecognizer
{
    /// <summary>How many tokens after the announcing word its sentence is read (and at most <see cref="ScanContext.MaxContextDistance"/> chars).</summary>
    private const int MaxSentenceTokens = 12;

    /// <summary>The score of a value found in its sentence: less sure than one announced right before it.</summary>
    private const double SentenceScore = 0.7;

    /// <summary>Fewest digits a value found in its sentence holds: years, counts and short numbers are no ids.</summary>
    private const int MinSentenceDigits = 5;

    /// <summary>Words of other things than this class's value: a value past one of them is that thing's.</summary>
    private const ContextKinds OtherThings = CodeSentence.OtherNumbers | ContextKinds.Phone | ContextKinds.Email
        | ContextKinds.Password | ContextKinds.Pin | ContextKinds.OneTimeCode | ContextKinds.Secret;

    /// <summary>Words that may stand between a value and the announcing word after it ("X is my passport").</summary>
    private static readonly string[] BackFillers = ["is", "was", "my", "his", "her", "their", "our", "the", "s"];

    /// <summary>
    /// Things travel and everyday life number that the lexicon gives no kind: a value after one is
    /// its number ("on my passport on flight BA01234", "room 40512").
    /// </summary>
    private static readonly Personal.WordSet OtherCodes = new(
    [
        "flight", "flights", "seat", "gate", "room", "train", "coach", "platform", "terminal", "cabin", "locker",
        "form", "reg", "registration", "plate", "crime", "report", "incident", "claim",
        "vuelo", "asiento", "habitación", "vol", "siège", "chambre", "flug", "sitz", "zimmer",
    ]);

    /// <summary>
    /// Where the words after a value stop naming it: at a number or at a word that starts another
    /// clause ("XDA409216, tiene 6 años", "539102447 and his DOB").
    /// </summary>
    private static bool EndsWhatNamesIt(ScanContext context, int k) =>
        context.Tokens[k].Is(TokenShape.HasDigit) || Personal.TokenText.IsAny(context.Text, context.Tokens[k], ClauseStarts);

    /// <summary>Words that start another clause, whose words say nothing of the value before them.</summary>
    private static readonly string[] ClauseStarts = ["and", "but", "y", "pero", "et", "mais", "und", "aber"];

    /// <summary>
    /// Reads on from token <paramref name="from"/> in the sentence of the announcing word
    /// <paramref name="anchor"/> for the first value; <paramref name="wordsBetween"/> says whether
    /// words other than fillers stand between them already. Returns the token to resume from.
    /// </summary>
    private int LaterInSentence(ScanContext context, int anchor, int from, bool wordsBetween)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        var refused = OtherThings & ~_anchorKinds & ~(ContextKinds.Number | ContextKinds.Identity);
        var limit = Math.Min(tokens.Length, anchor + 1 + MaxSentenceTokens);
        for (var k = from; k < limit; k++)
        {
            var token = tokens[k];
            if (token.Start - tokens[anchor].End > ScanContext.MaxContextDistance
                || CodeSentence.IsSentenceEnd(text, tokens[k - 1].End, token.Start) || (token.Context & refused) != ContextKinds.None)
            {
                return from;
            }

            // After other words, an id word or a number word after a word that qualifies it names another
            // number: "passport photo and the id number 4471", "passport renewed, member number 4471";
            // "Führerschein ist neu, die Nummer lautet ..." is still the licence's.
            if (wordsBetween && (token.Context & _anchorKinds) == ContextKinds.None
                && ((token.Context & ContextKinds.Identity) != ContextKinds.None
                    || ((token.Context & ContextKinds.Number) != ContextKinds.None && !IsFiller(context, tokens[k - 1]))))
            {
                return from;
            }

            if ((token.Context & _anchorKinds) == ContextKinds.None && NamesOtherCode(text, token))
            {
                return from;
            }

            if (token.Is(TokenShape.HasDigit))
            {
                if (TryValue(context, k, out var end, out var next, out var score) && IsSentenceValue(context, k, end, next, refused))
                {
                    context.Add(_class, token.Start, end, Math.Min(score, SentenceScore), Id, null, tokens[anchor].Context & _anchorKinds);
                    return next;
                }

                return from;
            }

            wordsBetween |= !IsFiller(context, token);
        }

        return from;
    }

    /// <summary>
    /// "539102447 is my passport number", "A04817365 (passport)": a value right before the announcing
    /// word <paramref name="anchor"/>, with at most three of <see cref="BackFillers"/> between.
    /// </summary>
    private void BeforeAnchor(ScanContext context, int anchor)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        var refused = OtherThings & ~_anchorKinds;
        var k = anchor - 1;
        for (var fillers = 0; k >= 0 && fillers <= 3; k--)
        {
            if (!IsGap(text[tokens[k].End..tokens[k + 1].Start]))
            {
                return;
            }

            if (tokens[k].Is(TokenShape.HasDigit))
            {
                break;
            }

            if (!Personal.TokenText.IsAny(text, tokens[k], BackFillers))
            {
                return;
            }

            fillers++;
        }

        if (k < 0 || !tokens[k].Is(TokenShape.HasDigit) || !TryValue(context, k, out var end, out var next, out var score)
            || next != k + 1 || !IsSentenceValue(context, k, end, next, refused)
            || (CodeSentence.KindsBefore(context, k, 3, static (_, _) => false) & refused) != ContextKinds.None)
        {
            return;
        }

        context.Add(_class, tokens[k].Start, end, Math.Min(score, SentenceScore), Id, null, tokens[anchor].Context & _anchorKinds);
    }

    /// <summary>
    /// True when the value from token <paramref name="first"/> to char <paramref name="end"/> holds
    /// enough digits, stands alone, is no phone-length run of digits, and no word of another kind
    /// follows it in its sentence ("48213977 is my order number").
    /// </summary>
    private static bool IsSentenceValue(ScanContext context, int first, int end, int next, ContextKinds refused)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var value = text[tokens[first].Start..end];
        var digits = 0;
        var letters = 0;
        foreach (var c in value)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
            letters += char.IsAsciiLetter(c) ? 1 : 0;
        }

        // Spaced digit groups are how phone numbers are written: only a value in one piece (or joined
        // by hyphens) is taken without an announcement right before it. Digits alone are an id's only
        // from eight on (shorter ones are amounts and counts) and short of a phone's ten, and not a date.
        return digits >= MinSentenceDigits && (letters > 0 || (digits is >= 8 and < 10 && !Personal.DateReader.IsCompactDate(value, pastOnly: false)))
            && value.IndexOf(' ') < 0
            && CodeSentence.StandsAlone(text, tokens[first].Start, end)
            && (tokens[first].Start == 0 || text[tokens[first].Start - 1] != '_') && (end == text.Length || text[end] != '_')
            && (CodeSentence.KindsAfter(context, next - 1, 3, EndsWhatNamesIt) & refused) == ContextKinds.None;
    }

    /// <summary>
    /// A word of <see cref="OtherCodes"/>, or a compound naming another number ("Kundennummer",
    /// "Rechnungsnr", "membershipnumber").
    /// </summary>
    private static bool NamesOtherCode(ReadOnlySpan<char> text, in Token token)
    {
        if (Personal.TokenText.IsAny(text, token, OtherCodes))
        {
            return true;
        }

        var word = text.Slice(token.Start, token.Length);
        return word.Length > 6 && (word.EndsWith("nummer", StringComparison.OrdinalIgnoreCase) || word.EndsWith("number", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("nr", StringComparison.OrdinalIgnoreCase));
    }
}
