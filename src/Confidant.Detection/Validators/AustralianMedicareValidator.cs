namespace Confidant.Detection.Validators;

/// <summary>
/// The Australian Medicare card number: ten digits (written 4-5-1), the first 2 to 6, the ninth a
/// check digit (the first eight weighted 1, 3, 7, 9, 1, 3, 7, 9, summed, modulo 10), the tenth the
/// card's issue number.
/// </summary>
internal static class AustralianMedicareValidator
{
    private static ReadOnlySpan<int> Weights => [1, 3, 7, 9, 1, 3, 7, 9];

    /// <summary>True for exactly ten digits (spaces, dashes and dots between them ignored) with a valid check digit.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        Span<int> d = stackalloc int[10];
        if (!IdentifierDigits.TryRead(text, d) || d[0] is < 2 or > 6)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += d[i] * Weights[i];
        }

        return sum % 10 == d[8];
    }
}
