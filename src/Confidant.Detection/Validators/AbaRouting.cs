namespace Confidant.Detection.Validators;

/// <summary>The ABA routing transit number check: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10).</summary>
internal static class AbaRouting
{
    /// <summary>True for 9 digits (other chars ignored) with a valid checksum and a used Federal Reserve prefix.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        Span<int> d = stackalloc int[9];
        var n = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                if (n == 9)
                {
                    return false;
                }

                d[n++] = c - '0';
            }
        }

        if (n != 9)
        {
            return false;
        }

        // The first two digits: 00 (US government), 01-12 (Federal Reserve districts), 21-32 (thrifts),
        // 61-72 (electronic), 80 (traveller's cheques).
        var prefix = (d[0] * 10) + d[1];
        if (!(prefix <= 12 || prefix is >= 21 and <= 32 || prefix is >= 61 and <= 72 || prefix == 80))
        {
            return false;
        }

        var sum = (3 * (d[0] + d[3] + d[6])) + (7 * (d[1] + d[4] + d[7])) + d[2] + d[5] + d[8];
        return sum % 10 == 0 && !AllSame(d);
    }

    private static bool AllSame(ReadOnlySpan<int> d)
    {
        foreach (var x in d)
        {
            if (x != d[0])
            {
                return false;
            }
        }

        return true;
    }
}
