using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Personal;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>
/// Public health cards whose number carries a check digit: the Australian Medicare card (4-5-1
/// digits), the Ontario health card (OHIP, 4-3-3 digits and a two-letter version code) and the
/// French social security number on the carte Vitale (15 digits, "1 76 08 59 350 042 30"). One
/// ten-digit number in ten passes a mod-10 check by chance, so a number is reported only after a
/// word that names the card itself ("Medicare card", "OHIP #", "health card number", "N° de
/// sécurité sociale", "carte Vitale"; not "policy", "plan" or "member", which other cover and
/// clubs use too), the first number after it, unless an account, phone, card or reference word
/// stands between them.
/// </summary>
internal sealed class HealthCardNumberRecognizer : IRecognizer
{
    private const int ContextTokens = 6;
    private const int MaxDigits = 15;
    private const int MaxGroups = 8;

    /// <summary>Context kinds of the words that can name a health card: "OHIP" (an insurance word), "Medicare", "health", the French words.</summary>
    private const ContextKinds Naming = ContextKinds.HealthPlan | ContextKinds.Medicare | ContextKinds.Medical | ContextKinds.HealthCard;

    /// <summary>Words of other numbers that, between the card's word and a number, make the number theirs.</summary>
    private const ContextKinds OtherNumbers = ContextKinds.Phone | ContextKinds.BankAccount | ContextKinds.Iban | ContextKinds.Card;

    public string Id => "health.card-number";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.HealthPlanId];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < 10)
        {
            return;
        }

        // From each word that names a health card to the first number after it: such words are far
        // fewer than the numbers of a long text.
        var text = context.Text;
        var tokens = context.Tokens;
        var anchors = context.WordAnchors;
        var kinds = context.WordAnchorKinds;
        Span<int> groups = stackalloc int[MaxGroups];
        var resume = 0; // no number is read twice
        for (var a = 0; a < anchors.Length; a++)
        {
            var i = anchors[a];
            if ((kinds[a] & Naming) == 0 || i < resume)
            {
                continue;
            }

            var schemes = SchemesNamedBy(text, tokens, i);
            if (schemes == Scheme.None)
            {
                continue;
            }

            for (var k = i + 1; k < tokens.Length && k <= i + ContextTokens; k++)
            {
                // "Medicare refund should go into account 2034567831", "call the health line on …",
                // "OHIP covers it, ref 1234-567-890": the number is what the word between names.
                if (((tokens[k].Context & OtherNumbers) != 0 && !TokenText.Is(text, tokens[k], "card")) || (tokens[k].Context & ContextKinds.Benign) != 0)
                {
                    break;
                }

                if (!tokens[k].Is(TokenShape.HasDigit))
                {
                    continue;
                }

                // The first number after the word is the one it names.
                resume = k + 1;
                if (tokens[k].Start - tokens[i].End <= ScanContext.MaxContextDistance && !context.SeparatesFields(tokens[i].End, tokens[k].Start)
                    && TryRead(text, tokens[k], groups, schemes, out var start, out var end, out var validator)
                    && !(validator == "au-medicare" && IsNpiNamed(context, text, start, end)))
                {
                    // Printed as the card prints it but failing its check, it is still the card's number,
                    // mistyped ("OHIP: 4827-193-650-KT"), scored as announced only.
                    var score = validator is null ? Scores.PatternWithContext : Scores.ValidatedWithContext;
                    context.Add(DataClasses.HealthPlanId, start, end, score, Id, validator, ContextKinds.HealthPlan);
                    resume = context.TokenIndexAt(end);
                }

                break;
            }
        }
    }

    /// <summary>Which cards the word at <paramref name="i"/> names: "Medicare", "OHIP", "health card", "N° de sécurité sociale", "carte Vitale"…</summary>
    private static Scheme SchemesNamedBy(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var word = text.Slice(tokens[i].Start, tokens[i].Length);
        if (word.Equals("medicare", StringComparison.OrdinalIgnoreCase))
        {
            return Scheme.AustralianMedicare;
        }

        if (word.Equals("ohip", StringComparison.OrdinalIgnoreCase))
        {
            return Scheme.Ontario;
        }

        // "health card number", "healthcare number": no one card, so the number must pass a check.
        if ((word.Equals("health", StringComparison.OrdinalIgnoreCase) || word.Equals("healthcare", StringComparison.OrdinalIgnoreCase))
            && TokenText.IsAnyAt(text, tokens, i + 1, ["card", "number", "no", "num"]))
        {
            return Scheme.Ontario | Scheme.AustralianMedicare | Scheme.CheckedOnly;
        }

        // French: "sécurité sociale", "carte Vitale", "N° SS", "NSS :", "sécu", "INSEE"; not "Marco Vitale" or "SS Great Britain".
        var french = ((word.Equals("sécurité", StringComparison.OrdinalIgnoreCase) || word.Equals("securite", StringComparison.OrdinalIgnoreCase))
                && TokenText.IsAt(text, tokens, i + 1, "sociale"))
            || (word.Equals("vitale", StringComparison.OrdinalIgnoreCase) && TokenText.IsAt(text, tokens, i - 1, "carte"))
            || ((word.Equals("ss", StringComparison.OrdinalIgnoreCase) || word.Equals("nss", StringComparison.OrdinalIgnoreCase))
                && (TokenText.IsAnyAt(text, tokens, i - 1, ["n", "no", "num", "numéro", "numero"])
                    || text[tokens[i].End..].TrimStart(' ').StartsWith(':')))
            || word.Equals("sécu", StringComparison.OrdinalIgnoreCase) || word.Equals("secu", StringComparison.OrdinalIgnoreCase)
            || word.Equals("insee", StringComparison.OrdinalIgnoreCase);
        return french ? Scheme.FrenchNir : Scheme.None;
    }

    /// <summary>The cards a word names; <see cref="CheckedOnly"/> when it names no one card, so only a number that passes a check counts.</summary>
    [Flags]
    private enum Scheme
    {
        None = 0,
        AustralianMedicare = 1,
        Ontario = 2,
        FrenchNir = 4,
        CheckedOnly = 8,
    }

    /// <summary>
    /// A number of one of <paramref name="schemes"/> starting at <paramref name="token"/>, unbroken or in
    /// the card's printed groups; <paramref name="validator"/> names the check that passed, and is null
    /// for a number that fails it but is printed as the card prints it (a word naming one card only).
    /// </summary>
    private static bool TryRead(ReadOnlySpan<char> text, in Token token, Span<int> groups, Scheme schemes,
        out int start, out int end, out string? validator)
    {
        start = token.Start;
        end = token.End;
        validator = null;

        // A number's first group: 10 or 15 digits whole, 4 (4-5-1, 4-3-3), 1 ("1 76 08 ...") or 13 ("…084 30"),
        // not inside a word, an amount or a longer number.
        if (token.Length is not (1 or 4 or 10 or 13 or 15) || !token.Is(TokenShape.AllDigits)
            || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '+' or '/' or '.' or ','))
            || (start > 1 && text[start - 1] is ' ' or '-' && char.IsAsciiDigit(text[start - 2])))
        {
            return false;
        }

        end = ReadGroups(text, start, groups, out var groupCount, out var digits);
        var shape = groups[..groupCount];
        var value = text[start..end];
        var printed = false;
        if (digits == 15 && (schemes & Scheme.FrenchNir) != 0)
        {
            validator = FrenchNirValidator.IsValid(value) ? "fr-nir" : null;
            printed = IsShape(shape, 1, 2, 2, 2, 3, 3, 2);
        }
        else if (digits == 10 && (schemes & Scheme.Ontario) != 0 && (IsShape(shape, 10) || IsShape(shape, 4, 3, 3))
            && (OntarioHealthNumberValidator.IsValid(value) || (schemes & Scheme.AustralianMedicare) == 0))
        {
            validator = OntarioHealthNumberValidator.IsValid(value) ? "ohip" : null;
            printed = IsShape(shape, 4, 3, 3);
            end = WithVersionCode(text, end);
        }
        else if (digits == 10 && (schemes & Scheme.AustralianMedicare) != 0 && (IsShape(shape, 10) || IsShape(shape, 4, 5, 1)))
        {
            validator = AustralianMedicareValidator.IsValid(value) ? "au-medicare" : null;
            printed = IsShape(shape, 4, 5, 1);
        }

        var accepted = validator is not null || (printed && (schemes & Scheme.CheckedOnly) == 0);
        return accepted && (end == text.Length || !char.IsLetterOrDigit(text[end]));
    }

    /// <summary>Reads digit groups joined by one space, dash or dot from <paramref name="start"/>; returns where they end.</summary>
    private static int ReadGroups(ReadOnlySpan<char> text, int start, Span<int> groups, out int count, out int digits)
    {
        count = 0;
        digits = 0;
        var p = start;
        while (true)
        {
            var groupStart = p;
            while (p < text.Length && char.IsAsciiDigit(text[p]))
            {
                p++;
            }

            groups[count++] = p - groupStart;
            digits += p - groupStart;
            if (digits > MaxDigits || count == MaxGroups || p + 1 >= text.Length || text[p] is not (' ' or '-' or '.')
                || !char.IsAsciiDigit(text[p + 1]))
            {
                return p;
            }

            p++;
        }
    }

    private static bool IsShape(ReadOnlySpan<int> groups, params ReadOnlySpan<int> shape) => groups.SequenceEqual(shape);

    /// <summary>The end after an OHIP version code glued to the number or after a dash ("-KT", "KT"); <paramref name="end"/> when none.</summary>
    private static int WithVersionCode(ReadOnlySpan<char> text, int end)
    {
        var p = end < text.Length && text[end] == '-' ? end + 1 : end;
        return p + 2 <= text.Length && char.IsAsciiLetterUpper(text[p]) && char.IsAsciiLetterUpper(text[p + 1])
            && (p + 2 == text.Length || !char.IsLetterOrDigit(text[p + 2]))
            ? p + 2
            : end;
    }

    /// <summary>A valid NPI after a provider word ("Provider: Dr Ngata, NPI 2642095356"): the NPI recognizer's, not a Medicare card.</summary>
    private static bool IsNpiNamed(ScanContext context, ReadOnlySpan<char> text, int start, int end) =>
        (context.ContextBefore(start, ContextTokens) & ContextKinds.Npi) != 0 && Luhn.IsValidWithPrefix("80840", text[start..end]);
}
