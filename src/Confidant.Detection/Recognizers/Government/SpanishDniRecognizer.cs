using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// Spanish DNI ("12345678Z") and NIE ("X1234567L") numbers, with their mod-23 check letter. There
/// is no built-in class for them, so they are reported as the custom class ES_DNI. The check
/// letter only rules out 22 of 23 random values, so the shape alone scores as a strong pattern.
/// </summary>
internal sealed class SpanishDniRecognizer() : NationalIdRecognizer("government.es-dni", EsDni,
    ContextKinds.Identity | ContextKinds.TaxId, 7, "es-dni", [1, 8, 9])
{
    public static readonly DataClass EsDni = DataClass.Custom("ES_DNI", "government", SensitivityTier.Restricted, "Spanish DNI/NIE");

    protected override bool TryMatch(ScanContext context, int index, out IdMatch match)
    {
        match = default;
        var tokens = context.Tokens;
        var text = context.Text;
        var first = tokens[index];
        if (first.Length is not (1 or 8 or 9))
        {
            return false;
        }

        // Chars 2-8 must be digits: in this token, or (after a one-char X/Y/Z or digit) in the next
        // one. Checked on the shapes first, as one-letter words ("I", "a") are everywhere in chat.
        var digitsFrom = first.Length == 1 ? index + 1 : index;
        if (digitsFrom >= tokens.Length || (tokens[digitsFrom].Shape & TokenShape.HasDigit) == 0)
        {
            return false;
        }

        Span<char> chars = stackalloc char[9];
        var n = 0;
        var upper = true;
        var last = index;
        var separator = '\0';
        for (var i = index; i < tokens.Length && i < index + 3; i++)
        {
            var token = tokens[i];
            if (i > index)
            {
                var sep = text[token.Start - 1];
                if (token.Start - tokens[i - 1].End != 1 || sep is not (' ' or '-') || (separator != '\0' && sep != separator))
                {
                    break;
                }

                separator = sep;
            }

            if (n + token.Length > chars.Length)
            {
                break;
            }

            foreach (var c in text.Slice(token.Start, token.Length))
            {
                upper &= !char.IsAsciiLetterLower(c);
                chars[n++] = char.ToUpperInvariant(c);
            }

            last = i;
            if (n == chars.Length)
            {
                break;
            }
        }

        if (n != 9 || !SpanishDniValidator.IsValidCompact(chars))
        {
            return false;
        }

        var end = tokens[last].End;
        if (!DigitGroups.IsIsolated(text, first.Start, end, separator))
        {
            return false;
        }

        match = new IdMatch(first.Start, end, last + 1, upper ? Scores.StrongPattern : Scores.Weak, Scores.ValidatedWithContext);
        return true;
    }
}
