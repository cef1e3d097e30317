using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// Dates are everywhere in chat, so a date is a date of birth only next to a birth word ("born",
/// "DOB", "date of birth", "nacimiento", "né le", "geboren am"): the recognizer starts from those
/// words and reads a valid date a few tokens after them, or just before them ("1979-03-14 (DOB)").
/// </summary>
internal sealed partial class DateOfBirthRecognizer : IRecognizer
{
    private const int After = 8;
    private const int Before = 8;

    public string Id => "personal.dob";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.DateOfBirth];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount == 0)
        {
            return;
        }

        AfterNames(context);
        var text = context.Text;
        var tokens = context.Tokens;
        var done = -1; // last token already reported, so two birth words do not report one date twice
        for (var c = 0; c < tokens.Length; c++)
        {
            var end = c;
            if (IsBornAbbreviation(text, tokens, c))
            {
                // "Anya Sokolova, b. 12 Jan 1990": "b." counts only with a full date right after it.
                var date = DateReader.TryRead(text, tokens, c + 1, requireYear: true);
                if (date >= 0 && c + 1 > done)
                {
                    Report(context, c + 1, date);
                    done = date;
                    c = date;
                }

                continue;
            }

            if ((tokens[c].Context & ContextKinds.Birth) == 0 && !IsDotOB(text, tokens, c, out end))
            {
                continue;
            }

            // A date just before the birth word: at most three tokens between ("1979-03-14 is my birthday").
            for (var j = Math.Max(done + 1, c - Before); j < c; j++)
            {
                var last = DateReader.TryRead(text, tokens, j, requireYear: true);
                if (last >= 0 && last < c && c - last <= 4 && !IsCompactForm(text, tokens, j, last))
                {
                    Report(context, j, last);
                    done = last;
                    break;
                }
            }

            var reach = CorrectionFollows(text, tokens, end) ? After + 4 : After;
            for (var j = Math.Max(done + 1, end + 1); j < tokens.Length && j <= end + reach
                && (reach == After || tokens[j].Start - tokens[end].End <= ScanContext.MaxContextDistance); j++)
            {
                var last = DateReader.TryRead(text, tokens, j, requireYear: false);
                if (last >= 0 && IsCompactForm(text, tokens, j, last) && !RightAfter(text, tokens, end, j))
                {
                    continue; // "19850622", "22AUG1983", "31-Dec-1999" only right after the birth word: "born 1985, member id 20230415"
                }

                if (last >= 0)
                {
                    Report(context, j, last);
                    done = NextInList(context, last);
                    break;
                }
            }

            c = Math.Max(c, end);
        }
    }

    /// <summary>
    /// "Their birthdays are 5/14/2016 and 10/2/2019": full dates listed right after a reported one
    /// are births too. Returns the last token reported.
    /// </summary>
    private int NextInList(ScanContext context, int last)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        while (last + 2 < tokens.Length)
        {
            var next = last + 1;
            var gap = TokenText.Gap(text, tokens[last], tokens[next]);
            if (TokenText.IsAny(text, tokens[next], ["and", "y", "et", "und", "e"]) && gap is " ")
            {
                next++;
            }
            else if (gap is not (", " or "; " or " & "))
            {
                return last;
            }

            var date = DateReader.TryRead(text, tokens, next, requireYear: true);
            if (date < 0 || IsCompactForm(text, tokens, next, date))
            {
                return last;
            }

            Report(context, next, date);
            last = date;
        }

        return last;
    }

    /// <summary>
    /// "b." as an abbreviation of born: a lone lower-case "b" with a full stop and a space after it,
    /// after a comma or a capitalised word, as after a name ("Anya Sokolova, b. ...", "bin Abdullah
    /// b. ..."; not "plan b. ...").
    /// </summary>
    private static bool IsBornAbbreviation(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int c) =>
        tokens[c].Length == 1 && text[tokens[c].Start] == 'b' && c + 1 < tokens.Length
        && TokenText.Gap(text, tokens[c], tokens[c + 1]) is ". "
        && (c == 0 || TokenText.Gap(text, tokens[c - 1], tokens[c]) is ", "
            || (TokenText.Gap(text, tokens[c - 1], tokens[c]) is " " && tokens[c - 1].Is(TokenShape.Capitalized)));

    private void Report(ScanContext context, int first, int last)
    {
        var tokens = context.Tokens;
        context.Add(DataClasses.DateOfBirth, tokens[first].Start, tokens[last].End, 0.9, Id, "calendar-date", ContextKinds.Birth);
    }

    /// <summary>
    /// The date forms that order, booking and flight codes share: eight digits, a glued month
    /// ("22AUG1983") or a month name between hyphens or slashes ("31-Dec-1999").
    /// </summary>
    private static bool IsCompactForm(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last) =>
        (first == last && ((tokens[first].Shape & TokenShape.HasLetter) != 0 || tokens[first].Length == 8))
        || (last == first + 2 && (tokens[first + 1].Shape & TokenShape.HasDigit) == 0 && TokenText.Gap(text, tokens[first], tokens[first + 1]) is "-" or "/");

    /// <summary>
    /// Token <paramref name="j"/> follows the birth word ending at token <paramref name="end"/>,
    /// perhaps after its format or a linking word ("DOB (YYYYMMDD): 19850622", "DOB is 19850622").
    /// </summary>
    private static bool RightAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end, int j)
    {
        for (var k = end + 1; k < j; k++)
        {
            if (TokenText.IsAny(text, tokens[k], ["is", "was", "on", "el", "le", "am", "ist", "es", "est"]))
            {
                continue;
            }

            foreach (var c in text.Slice(tokens[k].Start, tokens[k].Length))
            {
                if ((c | 0x20) is not ('y' or 'm' or 'd' or 'j' or 'a' or 't'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Words of things that have dates too: a correction after one is about that thing ("my card expired ... should be").</summary>
    private const ContextKinds OtherDates = ContextKinds.Benign | ContextKinds.Card | ContextKinds.Expiry | ContextKinds.Passport
        | ContextKinds.DriverLicense | ContextKinds.HealthPlan | ContextKinds.Medical;

    /// <summary>
    /// "my date of birth is wrong on the account, it should be 11/03/1962": a correction ("should",
    /// "actually", "correct") in the birth word's sentence within <see cref="After"/> tokens, with no
    /// number or word of another dated thing before it, lets the date stand a few tokens farther.
    /// </summary>
    private static bool CorrectionFollows(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end)
    {
        for (var k = end + 1; k < tokens.Length && k <= end + After && tokens[k].Start - tokens[end].End <= ScanContext.MaxContextDistance; k++)
        {
            if (Payment.NumberText.HasSentenceBreak(text[tokens[k - 1].End..tokens[k].Start]) || tokens[k].Is(TokenShape.HasDigit)
                || (tokens[k].Context & OtherDates) != ContextKinds.None)
            {
                return false;
            }

            if (TokenText.IsAny(text, tokens[k], ["should", "actually", "correct"]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"d.o.b" or "D.O.B." as three one-letter tokens.</summary>
    private static bool IsDotOB(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int c, out int end)
    {
        end = c;
        if (tokens[c].Length != 1 || (text[tokens[c].Start] | 0x20) != 'd' || c + 2 >= tokens.Length)
        {
            return false;
        }

        if (tokens[c + 1].Length == 1 && (text[tokens[c + 1].Start] | 0x20) == 'o' && tokens[c + 2].Length == 1
            && (text[tokens[c + 2].Start] | 0x20) == 'b' && TokenText.Gap(text, tokens[c], tokens[c + 1]) is "."
            && TokenText.Gap(text, tokens[c + 1], tokens[c + 2]) is ".")
        {
            end = c + 2;
            return true;
        }

        return false;
    }
}
