namespace Confidant.Detection.Validators;

/// <summary>
/// The Verhoeff check digit (dihedral group D5), used by India's Aadhaar numbers: it catches every
/// single-digit error and every swap of neighbouring digits.
/// </summary>
internal static class Verhoeff
{
    // The multiplication table of D5 and the permutation applied at each position (the published tables).
    private static ReadOnlySpan<byte> Multiply =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
        1, 2, 3, 4, 0, 6, 7, 8, 9, 5,
        2, 3, 4, 0, 1, 7, 8, 9, 5, 6,
        3, 4, 0, 1, 2, 8, 9, 5, 6, 7,
        4, 0, 1, 2, 3, 9, 5, 6, 7, 8,
        5, 9, 8, 7, 6, 0, 4, 3, 2, 1,
        6, 5, 9, 8, 7, 1, 0, 4, 3, 2,
        7, 6, 5, 9, 8, 2, 1, 0, 4, 3,
        8, 7, 6, 5, 9, 3, 2, 1, 0, 4,
        9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
    ];

    private static ReadOnlySpan<byte> Permute =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
        1, 5, 7, 6, 2, 8, 3, 0, 9, 4,
        5, 8, 0, 3, 7, 9, 6, 1, 4, 2,
        8, 9, 1, 6, 0, 4, 3, 5, 2, 7,
        9, 4, 5, 3, 1, 2, 6, 8, 7, 0,
        4, 2, 8, 6, 5, 7, 3, 9, 0, 1,
        2, 7, 9, 3, 8, 0, 6, 4, 1, 5,
        7, 0, 4, 6, 9, 1, 3, 2, 5, 8,
    ];

    /// <summary>True when the digits of <paramref name="text"/> (other chars ignored), the last one being the check digit, pass.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        var check = 0;
        var position = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                continue;
            }

            check = Multiply[(check * 10) + Permute[((position % 8) * 10) + digit]];
            position++;
        }

        return position > 1 && check == 0;
    }
}
