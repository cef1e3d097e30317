namespace Confidant.Detection.Validators;

/// <summary>
/// Germany's tax identification number (Steuer-ID, IdNr): eleven digits, the first not 0. In the
/// first ten, one digit appears twice or three times and every other digit at most once, and a
/// digit never appears three times in a row; the last is an ISO 7064 MOD 11,10 check digit.
/// </summary>
internal static class GermanTaxIdValidator
{
    /// <summary>True when <paramref name="value"/> is eleven digits (spaces, '-' and '.' between them allowed) forming a valid Steuer-ID.</summary>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<int> digits = stackalloc int[11];
        return IdentifierDigits.TryRead(value, digits) && IsValidDigits(digits);
    }

    private static bool IsValidDigits(ReadOnlySpan<int> digits)
    {
        if (digits[0] == 0)
        {
            return false;
        }

        Span<int> counts = stackalloc int[10];
        for (var i = 0; i < 10; i++)
        {
            counts[digits[i]]++;
            if (i >= 2 && digits[i] == digits[i - 1] && digits[i] == digits[i - 2])
            {
                return false;
            }
        }

        var repeated = 0;
        foreach (var count in counts)
        {
            if (count > 3)
            {
                return false;
            }

            repeated += count > 1 ? 1 : 0;
        }

        if (repeated != 1)
        {
            return false;
        }

        var product = 10;
        for (var i = 0; i < 10; i++)
        {
            var sum = (digits[i] + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }

        var check = 11 - product;
        return digits[10] == (check == 10 ? 0 : check);
    }
}
