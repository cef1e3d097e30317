using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// UK national insurance numbers: "AB123456C", "AB 12 34 56 C", "AB 123456 C". The prefix rules
/// make a valid upper-case number distinctive enough to report alone; lower case or a missing
/// suffix letter needs a word such as "national insurance" or "NINO".
/// </summary>
internal sealed class UkNinoRecognizer() : NationalIdRecognizer("government.uk-nino", DataClasses.UkNino,
    ContextKinds.NationalInsurance, 6, "nino", [2, 8, 9], TokenShape.HasLetter)
{
    /// <summary>A valid upper-case number with no context: the format alone is strong.</summary>
    private const double FormatScore = 0.9;

    protected override bool TryMatch(ScanContext context, int index, out IdMatch match)
    {
        match = default;
        var tokens = context.Tokens;
        var text = context.Text;
        var first = tokens[index];
        if (first.Length is not (2 or 8 or 9) || !char.IsAsciiLetter(text[first.Start]) || !char.IsAsciiLetter(text[first.Start + 1]))
        {
            return false;
        }

        // Chars 3-8 must be digits: in this token, or (after a two-letter prefix) in the next one.
        // Checked on the shapes first, as two-letter words are everywhere in chat.
        var digitsFrom = first.Length == 2 ? index + 1 : index;
        if (digitsFrom >= tokens.Length || (tokens[digitsFrom].Shape & TokenShape.HasDigit) == 0)
        {
            return false;
        }

        // Gather up to 9 chars from whole tokens joined by one space (or one '-').
        Span<char> chars = stackalloc char[9];
        var n = 0;
        var upper = true;
        var last = index;
        var separator = '\0';
        for (var i = index; i < tokens.Length; i++)
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

        if (n < 8 || !UkNinoValidator.IsValidCompact(chars[..n]))
        {
            return false;
        }

        var end = tokens[last].End;
        if (!DigitGroups.IsIsolated(text, first.Start, end, separator))
        {
            return false;
        }

        var alone = n == 9 && upper ? FormatScore : Scores.Weak;
        match = new IdMatch(first.Start, end, last + 1, alone, n == 9 ? Scores.ValidatedWithContext : Scores.PatternWithContext);
        return true;
    }
}
