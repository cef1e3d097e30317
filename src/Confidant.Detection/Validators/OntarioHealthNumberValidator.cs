namespace Confidant.Detection.Validators;

/// <summary>
/// The Ontario health card number (OHIP): ten digits (written 4-3-3), the last a Luhn check digit
/// over the first nine. The two-letter version code printed after it is not part of the check.
/// </summary>
internal static class OntarioHealthNumberValidator
{
    /// <summary>True for exactly ten digits (spaces, dashes and dots between them ignored) that pass the Luhn check.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        Span<int> d = stackalloc int[10];
        return IdentifierDigits.TryRead(text, d) && Luhn.IsValid(text) && d[0] != 0;
    }
}
