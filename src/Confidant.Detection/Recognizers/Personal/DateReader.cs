using System.Collections.Frozen;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Payment;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// Reads one calendar date starting at a token: numeric (03/14/1979, 14.03.1979, 1979-03-14,
/// 03-14-79) or with a month name in English, Spanish, French, German, Italian or Dutch ("March 3, 1985",
/// "3rd of March 1985", "3 de marzo de 1985", "3. März 1985"). Day and month ranges are checked.
/// </summary>
internal static class DateReader
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["gennaio"] = 1, ["januari"] = 1, ["enero"] = 1, ["janvier"] = 1, ["januar"] = 1, ["jänner"] = 1,
        ["february"] = 2, ["feb"] = 2, ["febbraio"] = 2, ["februari"] = 2, ["febrero"] = 2, ["février"] = 2, ["fevrier"] = 2, ["februar"] = 2,
        ["march"] = 3, ["mar"] = 3, ["maart"] = 3, ["marzo"] = 3, ["mars"] = 3, ["märz"] = 3, ["maerz"] = 3,
        ["april"] = 4, ["apr"] = 4, ["aprile"] = 4, ["abril"] = 4, ["avril"] = 4,
        ["may"] = 5, ["mayo"] = 5, ["mai"] = 5, ["maggio"] = 5, ["mei"] = 5,
        ["june"] = 6, ["jun"] = 6, ["giugno"] = 6, ["junio"] = 6, ["juin"] = 6, ["juni"] = 6,
        ["july"] = 7, ["jul"] = 7, ["luglio"] = 7, ["julio"] = 7, ["juillet"] = 7, ["juli"] = 7,
        ["august"] = 8, ["aug"] = 8, ["augustus"] = 8, ["agosto"] = 8, ["août"] = 8, ["aout"] = 8,
        ["september"] = 9, ["sep"] = 9, ["settembre"] = 9, ["sept"] = 9, ["septiembre"] = 9, ["setiembre"] = 9, ["septembre"] = 9,
        ["october"] = 10, ["oct"] = 10, ["ottobre"] = 10, ["octubre"] = 10, ["octobre"] = 10, ["oktober"] = 10, ["okt"] = 10,
        ["november"] = 11, ["nov"] = 11, ["noviembre"] = 11, ["novembre"] = 11,
        ["december"] = 12, ["dec"] = 12, ["dicembre"] = 12, ["diciembre"] = 12, ["décembre"] = 12, ["decembre"] = 12, ["dezember"] = 12, ["dez"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Ordinals = ["st", "nd", "rd", "th", "er", "o", "ro"];

    /// <summary>Tries to read a date starting at token <paramref name="i"/>; returns the last token or -1.</summary>
    public static int TryRead(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, bool requireYear)
    {
        var token = tokens[i];
        if ((token.Shape & TokenShape.AllDigits) != 0)
        {
            var numeric = ReadNumeric(text, tokens, i);
            if (numeric < 0 && token.Length == 8 && IsCompactDate(text.Slice(token.Start, 8), pastOnly: true))
            {
                return i; // "19850622"
            }

            return numeric >= 0 ? numeric : ReadDayFirst(text, tokens, i, requireYear);
        }

        if ((token.Shape & TokenShape.HasDigit) != 0)
        {
            return IsGluedMonth(text.Slice(token.Start, token.Length)) ? i : ReadDayFirst(text, tokens, i, requireYear); // "22AUG1983", "3rd March 1985"
        }

        return (token.Flags & WordFlags.Month) != 0 ? ReadMonthFirst(text, tokens, i, requireYear) : -1;
    }

    /// <summary>d/m/y, m/d/y, y-m-d with one separator kind ('/', '-', '.').</summary>
    private static int ReadNumeric(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Length)
        {
            return -1;
        }

        var a = tokens[i];
        var b = tokens[i + 1];
        var c = tokens[i + 2];
        if ((b.Shape & c.Shape & TokenShape.AllDigits) == 0)
        {
            return -1;
        }

        var gap1 = TokenText.Gap(text, a, b);
        var gap2 = TokenText.Gap(text, b, c);
        if (gap1.Length != 1 || gap2.Length != 1 || gap1[0] != gap2[0] || gap1[0] is not ('/' or '-' or '.'))
        {
            return -1;
        }

        // A date is not part of a longer dotted or slashed number (an IP address, a version).
        if (i + 3 < tokens.Length && c.End < text.Length - 1 && text[c.End] == gap1[0] && char.IsAsciiDigit(text[c.End + 1]))
        {
            return -1;
        }

        int x = TokenText.DigitValue(text, a), y = TokenText.DigitValue(text, b), z = TokenText.DigitValue(text, c);
        if (a.Length == 4 && b.Length <= 2 && c.Length <= 2)
        {
            return IsValid(z, y, x) ? i + 2 : -1;
        }

        if (a.Length > 2 || b.Length > 2 || c.Length is not (2 or 4))
        {
            return -1;
        }

        var year = c.Length == 2 ? 1900 + z : z;
        return IsValid(x, y, year) || IsValid(y, x, year) ? i + 2 : -1;
    }

    /// <summary>
    /// Eight digits that are a date: year first ("19850622"), else day first ("22061985"), else month
    /// first ("06221985"); with <paramref name="pastOnly"/>, in this year or before (a birth date is
    /// never ahead). Other recognizers ask it to keep dates out of ids ("passport scanned as 20240512").
    /// </summary>
    public static bool IsCompactDate(ReadOnlySpan<char> digits, bool pastOnly)
    {
        if (digits.Length != 8 || digits.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        int first2 = NumberText.ParseSmall(digits[..2]), second2 = NumberText.ParseSmall(digits[2..4]), last4 = NumberText.ParseSmall(digits[4..]);
        var year = NumberText.ParseSmall(digits[..4]);
        return (IsValid(NumberText.ParseSmall(digits[6..]), NumberText.ParseSmall(digits[4..6]), year) && (!pastOnly || IsPast(year)))
            || ((IsValid(first2, second2, last4) || IsValid(second2, first2, last4)) && (!pastOnly || IsPast(last4)));
    }

    /// <summary>"22AUG1983", "3mar1985": a day, a month name and a four-digit year typed as one word.</summary>
    private static bool IsGluedMonth(ReadOnlySpan<char> value)
    {
        var digits = 0;
        while (digits < value.Length && char.IsAsciiDigit(value[digits]))
        {
            digits++;
        }

        var letters = digits;
        while (letters < value.Length && char.IsAsciiLetter(value[letters]))
        {
            letters++;
        }

        if (digits is 0 or > 2 || letters - digits is < 3 or > 9 || value.Length - letters != 4
            || !MonthLookup.TryGetValue(value[digits..letters], out var month))
        {
            return false;
        }

        var year = value[letters..];
        foreach (var c in year)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return IsValid(NumberText.ParseSmall(value[..digits]), month, NumberText.ParseSmall(year)) && IsPast(NumberText.ParseSmall(year));
    }

    /// <summary>"3 March 1985", "3rd of March, 1985", "3 de marzo de 1985", "3. März 1985", "le 3 mars 1985", "31-Dec-1999".</summary>
    private static int ReadDayFirst(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, bool requireYear)
    {
        var day = Day(text, tokens[i]);
        if (day < 0)
        {
            return -1;
        }

        var k = i + 1;
        if (k + 1 < tokens.Length && TokenText.Gap(text, tokens[i], tokens[k]) is "-" or "/")
        {
            // "31-Dec-1999", "31/Dec/1999": the same one separator twice and a four-digit year.
            var separator = TokenText.Gap(text, tokens[i], tokens[k]);
            var named = Month(text, tokens[k]);
            var year = tokens[k + 1];
            return named > 0 && TokenText.Gap(text, tokens[k], year).SequenceEqual(separator) && year.Length == 4
                && (year.Shape & TokenShape.AllDigits) != 0 && IsValid(day, named, TokenText.DigitValue(text, year))
                && IsPast(TokenText.DigitValue(text, year)) ? k + 1 : -1;
        }

        if (k < tokens.Length && TokenText.IsAny(text, tokens[k], ["of", "de"]) && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[k - 1], tokens[k])))
        {
            k++;
        }

        if (k >= tokens.Length || !IsShortGap(TokenText.Gap(text, tokens[k - 1], tokens[k])))
        {
            return -1;
        }

        var month = Month(text, tokens[k]);
        if (month < 0)
        {
            return -1;
        }

        return Year(text, tokens, k, day, month, requireYear);
    }

    /// <summary>"March 3, 1985", "March 3rd 1985", "Mar. 3, 1985".</summary>
    private static int ReadMonthFirst(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, bool requireYear)
    {
        var month = Month(text, tokens[i]);
        var k = i + 1;
        if (month < 0 || k >= tokens.Length || !IsShortGap(TokenText.Gap(text, tokens[i], tokens[k])))
        {
            return -1;
        }

        var day = Day(text, tokens[k]);
        if (day < 0)
        {
            return -1;
        }

        return Year(text, tokens, k, day, month, requireYear);
    }

    /// <summary>Reads the optional year after token <paramref name="k"/> and checks the whole date.</summary>
    private static int Year(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k, int day, int month, bool requireYear)
    {
        var y = k + 1;
        if (y < tokens.Length && TokenText.IsAny(text, tokens[y], ["de", "del"]) && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[k], tokens[y])))
        {
            y++;
        }

        if (y < tokens.Length && tokens[y].Length == 4 && (tokens[y].Shape & TokenShape.AllDigits) != 0
            && IsShortGap(TokenText.Gap(text, tokens[y - 1], tokens[y])))
        {
            var year = TokenText.DigitValue(text, tokens[y]);
            return IsValid(day, month, year) ? y : -1;
        }

        return !requireYear && IsValid(day, month, 2000) ? k : -1;
    }

    private static int Day(ReadOnlySpan<char> text, in Token token)
    {
        var value = text.Slice(token.Start, token.Length);
        var digits = 0;
        while (digits < value.Length && char.IsAsciiDigit(value[digits]))
        {
            digits++;
        }

        if (digits is 0 or > 2)
        {
            return -1;
        }

        if (digits < value.Length)
        {
            var suffix = value[digits..];
            var ordinal = false;
            foreach (var o in Ordinals)
            {
                ordinal |= suffix.Equals(o, StringComparison.OrdinalIgnoreCase);
            }

            if (!ordinal)
            {
                return -1;
            }
        }

        var day = value[0] - '0';
        if (digits == 2)
        {
            day = (day * 10) + (value[1] - '0');
        }

        return day is >= 1 and <= 31 ? day : -1;
    }

    private static int Month(ReadOnlySpan<char> text, in Token token) =>
        (token.Flags & WordFlags.Month) != 0 || token.Length is >= 3 and <= 10
            ? MonthLookup.TryGetValue(text.Slice(token.Start, token.Length), out var m) ? m : -1
            : -1;

    /// <summary>Spaces with at most one '.' or ',' ("3. März", "March 3, 1985", "Mar. 3").</summary>
    private static bool IsShortGap(ReadOnlySpan<char> gap)
    {
        if (gap.Length is 0 or > 3)
        {
            return false;
        }

        var marks = 0;
        foreach (var c in gap)
        {
            if (c is '.' or ',')
            {
                marks++;
            }
            else if (c != ' ')
            {
                return false;
            }
        }

        return marks <= 1 && gap[^1] == ' ';
    }

    /// <summary>
    /// A year not after this one: the compact forms are also flight, booking and expiry dates
    /// ("14MAR2025" after "born in 1980 and my flight is"), and a birth date is never ahead.
    /// </summary>
    private static bool IsPast(int year) => year <= DateTime.UtcNow.Year;

    /// <summary>True for a real calendar day in a plausible birth year (1900 to 2099).</summary>
    public static bool IsValid(int day, int month, int year)
    {
        if (month is < 1 or > 12 || day < 1 || year is < 1900 or > 2099)
        {
            return false;
        }

        return day <= DateTime.DaysInMonth(year, month);
    }
}
