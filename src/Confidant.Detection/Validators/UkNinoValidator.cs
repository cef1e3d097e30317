namespace Confidant.Detection.Validators;

/// <summary>
/// The format of a UK national insurance number: two prefix letters, six digits, a suffix A-D.
/// HMRC never uses D, F, I, Q, U or V as first letter, nor D, F, I, O, Q, U or V as second, and
/// never allocates the prefixes BG, GB, KN, NK, NT, TN and ZZ.
/// </summary>
internal static class UkNinoValidator
{
    /// <summary>True when the letters and digits of <paramref name="value"/> (spaces ignored) form a valid NINO.</summary>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> chars = stackalloc char[9];
        var n = 0;
        foreach (var c in value)
        {
            if (c == ' ' || c == '-')
            {
                continue;
            }

            if (n == chars.Length)
            {
                return false;
            }

            chars[n++] = char.ToUpperInvariant(c);
        }

        return n == 9 && IsValidCompact(chars);
    }

    /// <summary>Checks 8 (no suffix) or 9 upper-case chars with no separators.</summary>
    public static bool IsValidCompact(ReadOnlySpan<char> chars)
    {
        if (chars.Length is not (8 or 9) || !IsValidPrefix(chars[0], chars[1]))
        {
            return false;
        }

        for (var i = 2; i < 8; i++)
        {
            if (chars[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return chars.Length == 8 || chars[8] is >= 'A' and <= 'D';
    }

    private static bool IsValidPrefix(char first, char second)
    {
        if (first is < 'A' or > 'Z' || second is < 'A' or > 'Z')
        {
            return false;
        }

        if (first is 'D' or 'F' or 'I' or 'Q' or 'U' or 'V' || second is 'D' or 'F' or 'I' or 'O' or 'Q' or 'U' or 'V')
        {
            return false;
        }

        return (first, second) is not (('B', 'G') or ('G', 'B') or ('K', 'N') or ('N', 'K') or ('N', 'T') or ('T', 'N') or ('Z', 'Z'));
    }
}
