namespace Confidant.Detection.Recognizers.Credentials;

/// <summary>Measures of how random a candidate secret looks.</summary>
internal static class SecretEntropy
{
    /// <summary>Shannon entropy in bits per char over the ASCII chars of <paramref name="value"/>.</summary>
    public static double Shannon(ReadOnlySpan<char> value)
    {
        Span<int> counts = stackalloc int[128];
        counts.Clear();
        var n = 0;
        foreach (var c in value)
        {
            if (c < 128)
            {
                counts[c]++;
                n++;
            }
        }

        if (n == 0)
        {
            return 0;
        }

        var entropy = 0.0;
        foreach (var count in counts)
        {
            if (count > 0)
            {
                var p = (double)count / n;
                entropy -= p * Math.Log2(p);
            }
        }

        return entropy;
    }

    /// <summary>
    /// True when <paramref name="value"/> is base64 whose bytes are mostly printable text ("SGVsbG8gd29ybGQ=").
    /// Such a run is encoded prose, not a random secret.
    /// </summary>
    public static bool IsBase64OfText(ReadOnlySpan<char> value)
    {
        if (value.Length % 4 != 0 || value.Length > 1024)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[value.Length / 4 * 3];
        if (!Convert.TryFromBase64Chars(value, bytes, out var written) || written == 0)
        {
            return false;
        }

        var printable = 0;
        foreach (var b in bytes[..written])
        {
            if (b is >= 0x20 and < 0x7F or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                printable++;
            }
        }

        return printable * 10 >= written * 9;
    }

    /// <summary>How often the run switches between digits and non-digits: random strings switch often, names with a year once.</summary>
    public static int DigitTransitions(ReadOnlySpan<char> value)
    {
        var transitions = 0;
        for (var i = 1; i < value.Length; i++)
        {
            if (char.IsAsciiDigit(value[i]) != char.IsAsciiDigit(value[i - 1]))
            {
                transitions++;
            }
        }

        return transitions;
    }
}
