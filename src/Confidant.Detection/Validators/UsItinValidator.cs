namespace Confidant.Detection.Validators;

/// <summary>
/// The structure of a US individual taxpayer identification number: 9XX-GG-XXXX where the group
/// GG is 50-65, 70-88, 90-92 or 94-99 (the ranges the IRS assigns).
/// </summary>
internal static class UsItinValidator
{
    /// <summary>True when the digits of <paramref name="value"/> (other chars ignored) form a valid ITIN.</summary>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> digits = stackalloc char[9];
        return UsSsnValidator.TakeDigits(value, digits) && IsStructurallyValid(digits);
    }

    /// <summary>The ITIN rules on exactly 9 ASCII digits.</summary>
    public static bool IsStructurallyValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 9 || digits[0] != '9')
        {
            return false;
        }

        var group = UsSsnValidator.Number(digits.Slice(3, 2));
        return group is >= 50 and <= 65 or >= 70 and <= 88 or >= 90 and <= 92 or >= 94 and <= 99;
    }
}
