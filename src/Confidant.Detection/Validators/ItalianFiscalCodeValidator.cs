namespace Confidant.Detection.Validators;

/// <summary>
/// Italy's codice fiscale for people: sixteen chars, "RSSMRA85T10A562S": three letters of the
/// surname, three of the given name, the year (two digits), the month (a letter of
/// ABCDEHLMPRST), the day (1-31, plus 40 for women), the place of birth (a letter and three
/// digits) and a check letter. When two people would share a code, digits are replaced from the
/// right by the letters LMNPQRSTUV (omocodia), so each digit place also takes those letters.
/// </summary>
internal static class ItalianFiscalCodeValidator
{
    private const string Months = "ABCDEHLMPRST";
    private const string DigitLetters = "LMNPQRSTUV";

    // What a char in an odd place (1st, 3rd...) adds to the check sum: digits 0-9, then A-Z (the published table).
    private static ReadOnlySpan<byte> OddValues =>
    [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
    ];

    /// <summary>True when <paramref name="value"/> (sixteen letters and digits, any case) is a valid code.</summary>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length != 16)
        {
            return false;
        }

        Span<char> code = stackalloc char[16];
        for (var i = 0; i < 16; i++)
        {
            code[i] = char.ToUpperInvariant(value[i]);
        }

        for (var i = 0; i < 16; i++)
        {
            var c = code[i];
            var ok = i switch
            {
                6 or 7 or 9 or 10 or 12 or 13 or 14 => char.IsAsciiDigit(c) || DigitLetters.Contains(c),
                8 => Months.Contains(c),
                _ => char.IsAsciiLetterUpper(c),
            };
            if (!ok)
            {
                return false;
            }
        }

        var day = (DigitValue(code[9]) * 10) + DigitValue(code[10]);
        if (day is not ((>= 1 and <= 31) or (>= 41 and <= 71)))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 15; i++)
        {
            var c = code[i];
            var index = char.IsAsciiDigit(c) ? c - '0' : 10 + (c - 'A');
            sum += i % 2 == 0 ? OddValues[index] : (char.IsAsciiDigit(c) ? c - '0' : c - 'A');
        }

        return code[15] == (char)('A' + (sum % 26));
    }

    private static int DigitValue(char c) => char.IsAsciiDigit(c) ? c - '0' : DigitLetters.IndexOf(c);
}
