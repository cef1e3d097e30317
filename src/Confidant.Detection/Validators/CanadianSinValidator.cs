namespace Confidant.Detection.Validators;

/// <summary>
/// Canadian social insurance numbers: nine digits passing Luhn. The first digit is the province
/// of registration (1-7), 9 for temporary residents; 0 is never issued and 8 numbers businesses.
/// </summary>
internal static class CanadianSinValidator
{
    /// <summary>True when <paramref name="value"/> is nine digits (spaces, '-' and '.' between them allowed) forming a valid SIN.</summary>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<int> digits = stackalloc int[9];
        return IdentifierDigits.TryRead(value, digits) && digits[0] is not (0 or 8) && Luhn.IsValid(value);
    }
}
