namespace Confidant.Detection.Validators;

/// <summary>
/// The French social security number (NIR, on the carte Vitale): thirteen digits (sex, year and
/// month of birth, department, commune, order) and a two-digit key, 97 minus the thirteen modulo
/// 97. The sex digit is 1 or 2 (3, 4, 7 or 8 for special and provisional numbers), the month 01-12
/// or 20-42 or 50-99 when unknown. Corsican numbers (department 2A, 2B) hold a letter and are not
/// read here.
/// </summary>
internal static class FrenchNirValidator
{
    /// <summary>True for exactly fifteen digits (spaces, dots and dashes between them ignored) with a valid key.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        Span<int> d = stackalloc int[15];
        if (!IdentifierDigits.TryRead(text, d) || d[0] is not (1 or 2 or 3 or 4 or 7 or 8))
        {
            return false;
        }

        var month = (d[3] * 10) + d[4];
        if (month is 0 or (> 12 and < 20) or (> 42 and < 50))
        {
            return false;
        }

        long number = 0;
        for (var i = 0; i < 13; i++)
        {
            number = (number * 10) + d[i];
        }

        var key = (d[13] * 10) + d[14];
        return 97 - (number % 97) == key;
    }
}
