namespace Confidant.Detection.Validators;

/// <summary>
/// The structural rules of a US social security number (AAA-GG-SSSS). The SSA never issues an
/// area of 000, 666 or 900-999, a group of 00 or a serial of 0000. A few numbers were printed on
/// sample cards or in adverts and voided (078-05-1120, 219-09-9999) and 123-45-6789 is the number
/// every form uses as an example: <see cref="IsValid"/> refuses them, <see cref="IsWellKnownExample"/>
/// tells them apart so a recognizer can still report one that a user explicitly calls their SSN
/// (masking a fake number costs nothing; missing a real one does).
/// </summary>
internal static class UsSsnValidator
{
    /// <summary>True when the digits of <paramref name="value"/> (other chars ignored) form a valid SSN.</summary>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> digits = stackalloc char[9];
        return TakeDigits(value, digits) && IsStructurallyValid(digits) && !IsWellKnownExample(digits);
    }

    /// <summary>Area, group and serial rules, and not a single repeated digit. <paramref name="digits"/> is 9 ASCII digits.</summary>
    public static bool IsStructurallyValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 9)
        {
            return false;
        }

        var area = Number(digits[..3]);
        var group = Number(digits.Slice(3, 2));
        var serial = Number(digits[5..]);
        if (area is 0 or 666 or >= 900 || group == 0 || serial == 0)
        {
            return false;
        }

        // 111-11-1111 and the like are placeholders, not numbers anyone holds.
        return digits.ContainsAnyExcept(digits[0]);
    }

    /// <summary>Voided sample numbers and the ubiquitous form example. <paramref name="digits"/> is 9 ASCII digits.</summary>
    public static bool IsWellKnownExample(ReadOnlySpan<char> digits) =>
        digits.SequenceEqual("078051120") || digits.SequenceEqual("219099999") || digits.SequenceEqual("123456789");

    /// <summary>Copies exactly 9 ASCII digits of <paramref name="value"/> into <paramref name="digits"/>; false for any other count.</summary>
    internal static bool TakeDigits(ReadOnlySpan<char> value, Span<char> digits)
    {
        var n = 0;
        foreach (var c in value)
        {
            if (c is >= '0' and <= '9')
            {
                if (n == digits.Length)
                {
                    return false;
                }

                digits[n++] = c;
            }
        }

        return n == digits.Length;
    }

    internal static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
