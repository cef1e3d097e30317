using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Personal;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>
/// Public health cards whose number carries a check digit: the Australian Medicare card (4-5-1
/// digits), the Ontario health card (OHIP, 4-3-3 digits and a two-letter version code) and the
/// French social security number on the carte Vitale (15 digits, "1 76 08 59 350 042 30"). One
/// ten-digit number in ten passes a mod-10 check by chance, so a number is reported only after a
/// word that names a health card or an insurer ("Medicare card", "OHIP #", "health card number",
/// "N° de sécurité sociale", "member ID"), where it is a health plan id even when no generic
/// insurance word stands before it.
/// </summary>
internal sealed class HealthCardNumberRecognizer : IRecognizer
{
    private const int ContextTokens = 6;
    private const int MaxDigits = 15;
    private const int MaxGroups = 8;

    /// <summary>Words that name a health card here, though the lexicon knows them as other context or not at all.</summary>
    private static readonly WordSet CardWords = new(
    [
        "health", "healthcare", "ohip", "medicare", "vitale", "sécurité", "securite", "sécu", "secu", "ss", "nss", "insee",
    ]);

    public string Id => "health.card-number";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.HealthPlanId];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < 10)
        {
            return;
        }

        var text = context.Text;
        Span<int> groups = stackalloc int[MaxGroups];
        var resume = 0; // no number starts inside the last one read
        foreach (var token in context.DigitTokens)
        {
            var start = token.Start;
            if (start < resume || !token.Is(Text.TokenShape.AllDigits) || token.Length > MaxDigits
                || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '+' or '/' or '.' or ','))
                || (start > 1 && text[start - 1] is ' ' or '-' && char.IsAsciiDigit(text[start - 2])))
            {
                continue; // inside a word, an amount or a longer number
            }

            var end = ReadGroups(text, start, groups, out var groupCount, out var digits);
            resume = end;
            if (digits is not (10 or 15))
            {
                continue;
            }

            var shape = groups[..groupCount];
            string? validator = null;
            if (digits == 15)
            {
                validator = FrenchNirValidator.IsValid(text[start..end]) ? "fr-nir" : null;
            }
            else if (IsShape(shape, 10) || IsShape(shape, 4, 5, 1) || IsShape(shape, 4, 3, 3))
            {
                validator = !IsShape(shape, 4, 5, 1) && OntarioHealthNumberValidator.IsValid(text[start..end]) ? "ohip"
                    : !IsShape(shape, 4, 3, 3) && AustralianMedicareValidator.IsValid(text[start..end]) ? "au-medicare"
                    : null;
                if (validator == "ohip")
                {
                    end = WithVersionCode(text, end);
                }
            }

            if (validator is null || (end < text.Length && char.IsLetterOrDigit(text[end])) || !NamedBefore(context, token.Index, start)
                || (validator == "au-medicare" && IsNpiNamed(context, text, start, end)))
            {
                continue;
            }

            context.Add(DataClasses.HealthPlanId, start, end, Scores.ValidatedWithContext, Id, validator, ContextKinds.HealthPlan);
        }
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

    /// <summary>True when an insurance word, or a word naming a health card, stands in the few tokens before the number.</summary>
    private static bool NamedBefore(ScanContext context, int index, int start)
    {
        if ((context.ContextBefore(start, ContextTokens) & (ContextKinds.HealthPlan | ContextKinds.Medicare)) != 0)
        {
            return true;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        for (var k = index - 1; k >= 0 && k >= index - ContextTokens && tokens[k].End >= start - ScanContext.MaxContextDistance; k--)
        {
            if (TokenText.IsAny(text, tokens[k], CardWords))
            {
                return true;
            }
        }

        return false;
    }
}
