namespace Confidant.Detection.Validators;

/// <summary>Reads the digits of an identifier written with separators.</summary>
internal static class IdentifierDigits
{
    /// <summary>
    /// Fills <paramref name="digits"/> with the digits of <paramref name="text"/>, which may hold
    /// spaces, dots and dashes between them; false unless it holds exactly as many digits and nothing else.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, Span<int> digits)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                if (n == digits.Length)
                {
                    return false;
                }

                digits[n++] = c - '0';
            }
            else if (c is not (' ' or '-' or '.'))
            {
                return false;
            }
        }

        return n == digits.Length;
    }
}
