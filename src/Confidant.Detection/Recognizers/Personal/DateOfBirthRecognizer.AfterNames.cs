using Confidant.Detection.Engine;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// A person's name and then a date, as people identify someone: "Priya Venkatesh, 19/07/1995",
/// "Joan Whitaker 12.07.1961", "Siti Nurhaliza binti Rahman, 31-Dec-1999, passport is in my
/// maiden name". The date ends its field and its year is one of a birth (at least
/// <see cref="MinAgeYears"/> years back): "Anna Berg, 12/03/2025" is an appointment or a letter's date.
/// </summary>
internal sealed partial class DateOfBirthRecognizer
{
    /// <summary>How many years back a date after a name must lie to be taken for a birth.</summary>
    private const int MinAgeYears = 10;

    /// <summary>Reads a date right after each person's name found; names come from the name recognizer, which runs first.</summary>
    private void AfterNames(ScanContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var count = context.CandidateCount;
        for (var c = 0; c < count; c++)
        {
            var name = context.Candidates[c];
            if (name.Class != DataClasses.PersonName || name.Score < Scores.DefaultThreshold)
            {
                continue;
            }

            var first = context.TokenIndexAt(name.End);
            if (first >= tokens.Length || !(text[name.End..tokens[first].Start] is ", " or " " or " - "))
            {
                continue;
            }

            var last = DateReader.TryRead(text, tokens, first, requireYear: true);
            if (last < 0 || !EndsField(text, tokens[last].End) || !IsBirthYear(text, tokens, first, last))
            {
                continue;
            }

            Report(context, first, last);
        }
    }

    /// <summary>The date ends its field: the end of the text or a line, a comma, a semicolon, a parenthesis, a bar or two spaces.</summary>
    private static bool EndsField(ReadOnlySpan<char> text, int end) =>
        end == text.Length || text[end] is ',' or ';' or ')' or '\n' or '\r' or '|'
        || text[end..].StartsWith("  ") || (text[end] == '.' && (end + 1 == text.Length || text[end + 1] == ' '));

    /// <summary>A four-digit year in the date, from 1900 to <see cref="MinAgeYears"/> years ago.</summary>
    private static bool IsBirthYear(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            var token = text.Slice(tokens[k].Start, tokens[k].Length);
            var digits = token.Length;
            while (digits > 0 && !char.IsAsciiDigit(token[digits - 1]))
            {
                digits--;
            }

            // A year is a token of four digits, or the last four of a compact date ("19850622").
            if (digits >= 4 && int.TryParse(token.Slice(digits - 4, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
                && (digits == 4 || digits == 8) && year >= 1900)
            {
                return year <= DateTime.UtcNow.Year - MinAgeYears;
            }
        }

        return false;
    }
}
