namespace Confidant.Detection.Validators;

/// <summary>
/// India's permanent account numbers (income tax): five letters, four digits, a letter
/// ("ABCPE1234F"). The fourth letter says who holds it (P a person, C a company, H a Hindu
/// undivided family, F a firm, A an association, T a trust, B a body of individuals, L a local
/// authority, J an artificial juridical person, G a government). There is no published check.
/// </summary>
internal static class IndianPanValidator
{
    /// <summary>True when <paramref name="value"/> has the PAN's structure, in any case.</summary>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length != 10)
        {
            return false;
        }

        for (var i = 0; i < 10; i++)
        {
            var c = value[i];
            var ok = i is >= 5 and <= 8 ? char.IsAsciiDigit(c) : char.IsAsciiLetter(c);
            if (!ok)
            {
                return false;
            }
        }

        return HolderOf(value) != '\0';
    }

    /// <summary>The holder-type letter (upper case) of a PAN-shaped value, or '\0' when it is none of the ten.</summary>
    public static char HolderOf(ReadOnlySpan<char> value)
    {
        var holder = char.ToUpperInvariant(value[3]);
        return holder is 'P' or 'C' or 'H' or 'F' or 'A' or 'T' or 'B' or 'L' or 'J' or 'G' ? holder : '\0';
    }
}
