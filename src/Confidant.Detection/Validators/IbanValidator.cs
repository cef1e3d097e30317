namespace Confidant.Detection.Validators;

/// <summary>A full IBAN check: a registered country, that country's length, digits in the check position, and mod 97.</summary>
internal static class IbanValidator
{
    private const int MinLength = 15;
    private const int MaxLength = 34;

    /// <summary>True for a valid IBAN; spaces and '-' between groups are ignored, either case is accepted.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        Span<char> compact = stackalloc char[MaxLength];
        var n = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            if (n == MaxLength || !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }

            compact[n++] = c;
        }

        if (n < MinLength || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3])
            || IbanRegistry.LengthOf(compact[0], compact[1]) != n)
        {
            return false;
        }

        return Mod97.IsValidIban(compact[..n]);
    }
}
