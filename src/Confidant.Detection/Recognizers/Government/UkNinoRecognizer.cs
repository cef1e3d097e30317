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
        var n = JoinedTokens.Collect(text, tokens, index, int.MaxValue, chars, out var last, out var upper, out var separator);
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
