namespace Confidant.Detection.Validators;

/// <summary>
/// The check letter of a Spanish DNI (8 digits + letter) or NIE (X, Y or Z + 7 digits + letter):
/// the number modulo 23 indexes "TRWAGMYFPDXBNJZSQVHLCKE"; a NIE's X, Y, Z count as 0, 1, 2.
/// </summary>
internal static class SpanishDniValidator
{
    private const string Letters = "TRWAGMYFPDXBNJZSQVHLCKE";

    /// <summary>True when the letters and digits of <paramref name="value"/> (separators ignored) form a valid DNI or NIE.</summary>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> chars = stackalloc char[9];
        var n = 0;
        foreach (var c in value)
        {
            if (c is ' ' or '-' or '.')
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

    /// <summary>Checks 9 upper-case chars with no separators.</summary>
    public static bool IsValidCompact(ReadOnlySpan<char> chars)
    {
        if (chars.Length != 9)
        {
            return false;
        }

        var number = chars[0] switch
        {
            'X' => 0,
            'Y' => 1,
            'Z' => 2,
            >= '0' and <= '9' => chars[0] - '0',
            _ => -1,
        };
        if (number < 0)
        {
            return false;
        }

        for (var i = 1; i < 8; i++)
        {
            if (chars[i] is < '0' or > '9')
            {
                return false;
            }

            number = (number * 10) + (chars[i] - '0');
        }

        return Letters[number % 23] == chars[8];
    }
}
