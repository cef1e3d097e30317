using System.Collections.Frozen;
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

    private const int TokensBefore = 6;
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
        var cards = CandidateBlock.Of(context, CardNumberRecognizer.RecognizerId);
        var expiries = CandidateBlock.Of(context, CardExpiryRecognizer.RecognizerId);
        foreach (var token in context.DigitTokens)
        {
            var i = token.Index;
            if (!token.Is(TokenShape.AllDigits) && token.Is(TokenShape.HasLetter))
            {
                TryGlued(context, cards, token);
                continue;
            }

            // "…0501/06/31/559": joined by '/' to the expiry before it, which the fallback below checks.
            var joined = NumberText.IsJoinedToDigits(text, token.Start, token.End);
            var joinedAfter = token.End + 1 < text.Length && text[token.End] is '-' or '.' or '/' or ',' && char.IsAsciiDigit(text[token.End + 1]);
            if (token.Length is < 3 or > 4 || !token.Is(TokenShape.AllDigits)
                || (joined && (joinedAfter || text[token.Start - 1] != '/'))
                || NumberText.HasSignOrCurrencyBefore(text, token.Start))
            {
                continue;
            }

            double score;
            if (!joined && HasCvvWord(context, cards, i))
            {
                if (cards.Overlaps(context, token.Start, token.End))
                {
                    continue;
                }

                score = (context.ContextAround(token.Start, token.End, 8, 3) & ContextKinds.Card) != 0
                    ? Scores.PatternWithContext + 0.05
                    : Scores.PatternWithContext;
            }
            else if (token.Length == 3 && FollowsCardAndExpiry(context, cards, expiries, token.Start))
            {
                // "4111 1111 1111 1111 01/27 123": the three digits after a card and its expiry.
                score = Scores.StrongPattern;
            }
            else
            {
                continue;
            }

            context.Add(DataClasses.CardSecurityCode, token.Start, token.End, score, RecognizerId, null, ContextKinds.Cvv);
        }
    }

    /// <summary>Words that name a payment card: "Visa ending 4242", "my card".</summary>
    private static readonly string[] CardNames = ["card", "visa", "mastercard", "amex", "maestro", "discover", "debit", "credit", "ending"];

    /// <summary>The text names a card ("card", "Visa", "ending" or another card word); read once a scan.</summary>
    internal static bool NamesACard(ScanContext context) => context.CardNamed ??= ReadNamesACard(context);

    private static bool ReadNamesACard(ScanContext context)
    {
        foreach (var i in context.WordAnchors)
        {
            if ((context.Tokens[i].Context & ContextKinds.Card) != 0)
            {
                return true;
            }
        }

        foreach (var token in context.Tokens)
        {
            if (Personal.TokenText.IsAny(context.Text, token, CardNames))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Code words typed against the code: "cvc372" ("CID4521", "CSC2231" are as often ids).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GluedWords = Words("cvv", "cvc");

    /// <summary>"card#5128… exp0928 cvc372", "cvv812 card 5390…": a code word glued to three or four digits near a card number; the digits are reported.</summary>
    private static void TryGlued(ScanContext context, in CandidateBlock cards, in DigitToken token)
    {
        var value = context.Text.Slice(token.Start, token.Length);
        var digits = 0;
        while (digits < value.Length && char.IsAsciiDigit(value[value.Length - 1 - digits]))
        {
            digits++;
        }

        if (digits is < 3 or > 4 || !GluedWords.Contains(value[..^digits])
            || !(CardBefore(context, cards, token.Start) || cards.Overlaps(context, token.End, Math.Min(context.Text.Length, token.End + 80))))
        {
            return; // "cvc372" with a card number before or after it on the line
        }

        context.Add(DataClasses.CardSecurityCode, token.End - digits, token.End, Scores.PatternWithContext, RecognizerId, null, ContextKinds.Cvv);
    }

    /// <summary>
    /// A CVV word within a few tokens before the digits (or after them). "cvv", "cvc", "cid" count
    /// alone; "code", "digits", "security" only with "back" ("code on the back"), with each other
    /// ("security code", "sec code") or after a card number in the same message.
    /// </summary>
    private static bool HasCvvWord(ScanContext context, in CandidateBlock cards, int index)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        var weak = 0;
        var back = false;
        var vetoed = false;
        for (var k = index - 1; k >= 0 && k >= index - TokensBefore; k--)
        {
            var word = text.Slice(tokens[k].Start, tokens[k].Length);
            if ((tokens[k].Context & ContextKinds.Cvv) != 0 && !IsWeakWord(word))
            {
                return true;
            }

            // "the security code from the text was 8830": a code sent to the customer, not a card's
            // (a word of sending between the code word and the digits, and no card named in the
            // message; not "I sent you the security code 883", "Visa ending 4242, security code (I
            // emailed the rest) 737").
            vetoed |= weak == 0 && Personal.TokenText.IsAny(text, tokens[k], Credentials.AnnouncedSecretRecognizer.SentWords)
                && text[tokens[k].End..tokens[index].Start].IndexOfAny(".?!") < 0 && !NamesACard(context);

            if (IsWeakWord(word) || IsCodeWord(word))
            {
                weak++;
                vetoed |= k > 0 && IsOtherCodeWord(text.Slice(tokens[k - 1].Start, tokens[k - 1].Length));
            }
            else if (IsBackWord(word))
            {
                back = true;
            }
            else if (BelongsElsewhere(context, k))
            {
                break; // "cvv 123, pin 4567": the word before the PIN is the PIN's
            }
        }

        // "code 227 064" is a six-digit code written in halves.
        var halfOfLonger = index + 1 < tokens.Length && tokens[index + 1].Is(TokenShape.AllDigits)
            && tokens[index + 1].Start == tokens[index].End + 1;
        if (weak > 0 && !vetoed && !halfOfLonger && (back || weak > 1 || CardBefore(context, cards, tokens[index].Start)))
        {
            return true;
        }

        for (var k = index + 1; k < tokens.Length && k <= index + TokensAfter; k++)
        {
            if (tokens[k].Is(TokenShape.AllDigits))
            {
                break; // "cvv" after another number belongs to that one
            }

            if ((tokens[k].Context & ContextKinds.Cvv) != 0 && !IsWeakWord(text.Slice(tokens[k].Start, tokens[k].Length)))
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
            return token.Length > 1; // "3 digit code" keeps going; "pin 4567, 123" stops
        }

        const ContextKinds other = ContextKinds.Pin | ContextKinds.Password | ContextKinds.OneTimeCode | ContextKinds.Expiry;
        return (token.Context & other) != 0 && (token.Context & ContextKinds.Cvv) == 0;
    }

    private static bool IsWeakWord(ReadOnlySpan<char> word) => WeakWords.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeakWords = Words("security", "seguridad", "sécurité", "securite", "sec");

    private static bool IsCodeWord(ReadOnlySpan<char> word) => CodeWords.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CodeWords = Words("code", "código", "codigo", "cod", "digits", "digit", "dígitos", "chiffres", "ziffern");

    /// <summary>Codes that are not CVVs: "verification code 3588", "promo code".</summary>
    private static bool IsOtherCodeWord(ReadOnlySpan<char> word) => OtherCodeWords.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherCodeWords = Words("verification", "2fa", "mfa", "verify", "otp", "sms", "login", "promo", "coupon", "discount", "zip", "postal", "area", "access", "door");

    private static bool IsBackWord(ReadOnlySpan<char> word) => BackWords.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BackWords = Words("back", "reverse", "dorso", "reverso", "verso", "dos", "rückseite");

    /// <summary>A reported card number shortly before, on the same line.</summary>
    private static bool CardBefore(ScanContext context, in CandidateBlock cards, int position)
    {
        const int MaxDistance = 80;
        var index = cards.LastEndingBy(context, position);
        if (index < 0)
        {
            return false;
        }

        ref readonly var card = ref context.Candidates[index];
        return card.Score >= Scores.DefaultThreshold && position - card.End <= MaxDistance
            && !NumberText.HasLineBreak(context.Text[card.End..position]);
    }

    /// <summary>Right after a card's expiry date (which the expiry recognizer found after a card number), a space, comma or slash between.</summary>
    private static bool FollowsCardAndExpiry(ScanContext context, in CandidateBlock cards, in CandidateBlock expiries, int position)
    {
        var index = expiries.LastEndingBy(context, position);
        if (index < 0)
        {
            return false;
        }

        ref readonly var expiry = ref context.Candidates[index];
        return position - expiry.End <= 3 && context.Text[expiry.End..position].Trim(" ,;/|").IsEmpty
            && CardBefore(context, cards, expiry.Start);
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
