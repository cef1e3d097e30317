namespace Confidant.Detection.Validators;

/// <summary>ISO 7064 MOD 97-10, the IBAN check: move the first four chars to the end, letters become 10..35, remainder must be 1.</summary>
internal static class Mod97
{
    /// <summary>Checks an IBAN-shaped value; spaces are ignored, other chars fail.</summary>
    public static bool IsValidIban(ReadOnlySpan<char> text)
    {
        Span<char> compact = stackalloc char[Math.Min(text.Length, 64)];
        var n = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            if (n == compact.Length || !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }

            compact[n++] = char.ToUpperInvariant(c);
        }

        if (n < 5)
        {
            return false;
        }

        var remainder = 0;
        remainder = Accumulate(remainder, compact[4..n]);
        remainder = Accumulate(remainder, compact[..4]);
        return remainder == 1;
    }

    private static int Accumulate(int remainder, ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            if (c is >= '0' and <= '9')
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else
            {
                var v = c - 'A' + 10;
                remainder = ((remainder * 100) + v) % 97;
            }
        }

        return remainder;
    }
}
