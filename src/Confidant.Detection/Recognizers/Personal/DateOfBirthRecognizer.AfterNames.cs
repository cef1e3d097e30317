using Confidant.Detection.Engine;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// A person's name and then a date, as people identify someone: "Priya Venkatesh, 19/07/1995",
/// "Joan Whitaker 12.07.1961", "Siti Nurhaliza binti Rahman, 31-Dec-1999, passport is in my
/// maiden name". The date ends its field and its year is one of a birth (at least
/// <see cref="MinAgeYears"/> years back): "Anna Berg, 12/03/2025" is an appointment or a letter's
/// date; a name after "by" or "from" signs or sends something, and the date is its date ("the lease
/// was signed by John Smith, 03/04/2005").
/// </summary>
internal sealed partial class DateOfBirthRecognizer
{
    /// <summary>How many years back a date after a name must lie to be taken for a birth (a letter's or a lease's date is often some years old).</summary>
    private const int MinAgeYears = 16;

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

            var nameStart = context.TokenIndexAt(name.Start);
            if (TokenText.IsAnyAt(text, tokens, nameStart - 1, ["by", "from", "von", "par", "por"]))
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

            // A year is a token of four digits, or the first or last four of a compact date ("19850622", "22061985").
            if (digits is 4 or 8)
            {
                var year = YearAt(token, 0);
                if (digits == 8 && year < 1900)
                {
                    year = YearAt(token, 4);
                }

                if (year >= 1900)
                {
                    return year <= DateTime.UtcNow.Year - MinAgeYears;
                }
            }
        }

        return false;
    }

    /// <summary>The four digits at <paramref name="at"/> as a year from 1900 to 2099, or 0.</summary>
    private static int YearAt(ReadOnlySpan<char> token, int at)
    {
        var year = int.Parse(token.Slice(at, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        return year is >= 1900 and <= 2099 ? year : 0;
    }
}
