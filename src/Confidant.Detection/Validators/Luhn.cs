namespace Confidant.Detection.Validators;

/// <summary>The Luhn (mod 10) check digit used by card numbers, NPIs and IMEIs.</summary>
internal static class Luhn
{
    /// <summary>True when the digits of <paramref name="text"/> (other chars ignored) pass the Luhn check.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        var sum = 0;
        var count = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var d = text[i] - '0';
            if ((uint)d > 9)
            {
                continue;
            }

            if ((count & 1) == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            count++;
        }

        return count > 1 && sum % 10 == 0;
    }

    /// <summary>Luhn over a prefix followed by the digits of <paramref name="text"/> (the NPI uses 80840).</summary>
    public static bool IsValidWithPrefix(ReadOnlySpan<char> prefix, ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[prefix.Length + text.Length];
        prefix.CopyTo(buffer);
        text.CopyTo(buffer[prefix.Length..]);
        return IsValid(buffer);
    }
}
