namespace Confidant.Detection.Validators;

/// <summary>
/// India's Aadhaar numbers: twelve digits, the first 2-9 (0 and 1 are not issued), the last a
/// Verhoeff check digit.
/// </summary>
internal static class AadhaarValidator
{
    /// <summary>True when <paramref name="value"/> is twelve digits (spaces, '-' and '.' between them allowed) forming a valid Aadhaar number.</summary>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<int> digits = stackalloc int[12];
        return IdentifierDigits.TryRead(value, digits) && digits[0] >= 2 && Verhoeff.IsValid(value);
    }
}
