namespace Confidant.Detection.Validators;

/// <summary>
/// The NHS number of England, Wales and the Isle of Man: ten digits (usually written 3-3-4), the
/// last a modulus-11 check digit over the first nine weighted 10 down to 2. A remainder that would
/// give a check digit of 10 makes the number invalid.
/// </summary>
internal static class NhsNumberValidator
{
    /// <summary>True for exactly ten digits (spaces and dashes between them ignored) with a valid check digit.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        Span<int> d = stackalloc int[10];
        var n = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                if (n == 10)
                {
                    return false;
                }

                d[n++] = c - '0';
            }
            else if (c is not (' ' or '-'))
            {
                return false;
            }
        }

        if (n != 10)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += d[i] * (10 - i);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        return check != 10 && check == d[9] && !AllSame(d);
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
