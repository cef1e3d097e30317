using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Financial;

/// <summary>
/// SWIFT/BIC codes: 4 letters (bank), 2 letters (a real country), 2 letters or digits (location)
/// and an optional 3-char branch. Many eight-letter words fit that shape ("BUSINESS", "ABSOLUTE"),
/// so without a "SWIFT"/"BIC" word only an upper-case code with a digit in its location or
/// branch, or the "XXX" head-office branch, is reported.
/// </summary>
internal sealed class SwiftBicRecognizer : IRecognizer
{
    public const string RecognizerId = "financial.swift";

    private static readonly string[] PromoWords =
        ["promo", "coupon", "voucher", "discount", "code", "gift", "cupón", "cupon", "descuento", "réduction", "gutschein", "rabatt",
         "gutscheincode", "rabattcode", "aktionscode", "promocode", "código", "codigo"];

    public string Id => RecognizerId;

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.SwiftBic];

    public void Recognize(ScanContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Length is not (8 or 11) || !token.Is(TokenShape.AsciiOnly | TokenShape.HasLetter))
            {
                continue;
            }

            var value = text.Slice(token.Start, token.Length);
            if (!HasBicShape(value))
            {
                continue;
            }

            var upper = token.Is(TokenShape.AllUpper);
            var hasWord = HasSwiftWord(tokens, i);
            if (hasWord && (upper || LooksCoded(value) || IsNamedLowerCase(context, i)))
            {
                context.Add(DataClasses.SwiftBic, token.Start, token.End, Scores.PatternWithContext, RecognizerId, null,
                    ContextKinds.Swift);
            }
            else if (!hasWord && upper && token.Entry < 0 && LooksCoded(value) && !IsShouting(context, i) && !IsPromoCode(context, i))
            {
                context.Add(DataClasses.SwiftBic, token.Start, token.End, Scores.Pattern, RecognizerId);
            }
        }
    }

    /// <summary>"swift"/"bic" within four tokens before or two after (a plain scan: cheaper than a context lookup).</summary>
    private static bool HasSwiftWord(ReadOnlySpan<Token> tokens, int index)
    {
        for (var k = Math.Max(0, index - 4); k < Math.Min(tokens.Length, index + 3); k++)
        {
            if ((tokens[k].Context & ContextKinds.Swift) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A lower-case code ("swift is sogefrpp") counts only right after "swift"/"bic" (small words
    /// between allowed) and not followed by another word ("swift customer service").
    /// </summary>
    private static bool IsNamedLowerCase(ScanContext context, int index)
    {
        var tokens = context.Tokens;
        if (index + 1 < tokens.Length && tokens[index + 1].Start - tokens[index].End <= 1
            && tokens[index + 1].Is(TokenShape.HasLetter) && (tokens[index + 1].Flags & WordFlags.StopWord) == 0)
        {
            return false;
        }

        for (var k = index - 1; k >= 0 && k >= index - 3; k--)
        {
            if ((tokens[k].Context & ContextKinds.Swift) != 0)
            {
                return true;
            }

            var word = context.Text.Slice(tokens[k].Start, tokens[k].Length);
            if ((tokens[k].Flags & WordFlags.StopWord) == 0 && !word.Equals("code", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"promo code SUMMER20": codes of shops look like BICs with a digit location.</summary>
    private static bool IsPromoCode(ScanContext context, int index)
    {
        var tokens = context.Tokens;
        for (var k = index - 1; k >= 0 && k >= index - 3; k--)
        {
            var word = context.Text.Slice(tokens[k].Start, tokens[k].Length);
            foreach (var promo in PromoWords)
            {
                if (word.Equals(promo, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            if ((tokens[k].Context & (ContextKinds.Password | ContextKinds.Pin | ContextKinds.OneTimeCode | ContextKinds.Secret
                | ContextKinds.Benign)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasBicShape(ReadOnlySpan<char> value)
    {
        for (var k = 0; k < 6; k++)
        {
            if (!char.IsAsciiLetter(value[k]))
            {
                return false;
            }
        }

        // A lower-case code only counts when the whole code is one case ("deutdeff").
        var upper = char.IsAsciiLetterUpper(value[0]);
        foreach (var c in value)
        {
            if (char.IsAsciiLetter(c) && char.IsAsciiLetterUpper(c) != upper)
            {
                return false;
            }
        }

        return CountryCodes.IsKnown(value[4], value[5]);
    }

    /// <summary>A digit in the location or branch ("BOFAUS3N", "CHASUS33"), or the head-office branch "XXX".</summary>
    private static bool LooksCoded(ReadOnlySpan<char> value)
    {
        // A plain loop: IndexOfAnyInRange allocated on this runtime, and a scan must not.
        foreach (var c in value[6..])
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return value.Length == 11 && value[8..].Equals("XXX", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the neighbouring words are upper case too: the message is shouting, not quoting a code.</summary>
    private static bool IsShouting(ScanContext context, int index)
    {
        var tokens = context.Tokens;
        var before = index > 0 && tokens[index - 1].Is(TokenShape.AllUpper) && tokens[index - 1].Length > 1;
        var after = index + 1 < tokens.Length && tokens[index + 1].Is(TokenShape.AllUpper) && tokens[index + 1].Length > 1;
        return before && after;
    }
}
