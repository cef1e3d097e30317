namespace Confidant.Detection.Validators;

/// <summary>
/// The Spanish bank account code (CCC) that IBANs replaced: 20 digits, bank (4), branch (4), two
/// check digits and the account (10). The first check digit covers "00" + bank + branch, the second
/// the account, each weighted 1, 2, 4, 8, 5, 10, 9, 7, 3, 6 modulo 11 (11 gives 0, 10 gives 1).
/// </summary>
internal static class SpanishCccValidator
{
    private static ReadOnlySpan<int> Weights => [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];

    /// <summary>True for exactly twenty digits (spaces and dashes between them ignored) with valid check digits.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        Span<int> d = stackalloc int[20];
        var n = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                if (n == 20)
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

        if (n != 20)
        {
            return false;
        }

        Span<int> bankAndBranch = stackalloc int[10];
        d[..8].CopyTo(bankAndBranch[2..]);
        return Check(bankAndBranch) == d[8] && Check(d[10..]) == d[9] && d[10..].ContainsAnyExcept(0);
    }

    private static int Check(ReadOnlySpan<int> digits)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += digits[i] * Weights[i];
        }

        var check = 11 - (sum % 11);
        return check == 11 ? 0 : check == 10 ? 1 : check;
    }
}
