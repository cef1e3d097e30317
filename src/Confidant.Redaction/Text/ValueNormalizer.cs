using System.Globalization;

namespace Confidant.Redaction.Text;

/// <summary>
/// Reduces a value to its letters and digits, upper case, so "4111 1111-1111 1111" and
/// "4111111111111111" compare equal (pseudonyms, keyed hashes, tokenization).
/// </summary>
internal static class ValueNormalizer
{
    /// <summary>Writes the normalised form into <paramref name="destination"/> (at least as long as <paramref name="value"/>) and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> value, Span<char> destination)
    {
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                destination[n++] = char.ToUpper(c, CultureInfo.InvariantCulture);
            }
        }

        return n;
    }

    /// <summary>The normalised form as a string; used as a key in pseudonym tables.</summary>
    public static string ToKey(ReadOnlySpan<char> value)
    {
        var buffer = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        var n = Normalize(value, buffer);
        var key = n == 0 ? value.ToString() : new string(buffer[..n]);
        buffer.Clear();
        return key;
    }

    /// <summary>Whether two values are equal once normalised, without building either normalised form.</summary>
    public static bool EqualNormalized(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i]))
            {
                i++;
            }

            while (j < b.Length && !char.IsLetterOrDigit(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (char.ToUpperInvariant(a[i]) != char.ToUpperInvariant(b[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }
}
