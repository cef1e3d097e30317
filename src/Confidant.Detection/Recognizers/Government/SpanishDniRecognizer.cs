using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// Spanish DNI ("12345678Z") and NIE ("X1234567L") numbers, with their mod-23 check letter,
/// reported as the class ES_DNI. The check letter only rules out 22 of 23 random values, so the
/// shape alone scores as a strong pattern.
/// </summary>
internal sealed class SpanishDniRecognizer() : NationalIdRecognizer("government.es-dni", DataClasses.EsDni,
    ContextKinds.Identity | ContextKinds.TaxId, 7, "es-dni", [1, 8, 9])
{
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
        var n = JoinedTokens.Collect(text, tokens, index, 3, chars, out var last, out var upper, out var separator);
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
