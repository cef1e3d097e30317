namespace Confidant.Detection.Recognizers.Payment;

/// <summary>
/// Issuer identification number (IIN) ranges and lengths of the major card schemes. A number is a
/// card only when its prefix and its length agree with one scheme.
/// </summary>
internal static class CardSchemes
{
    /// <summary>How well the digits fit a scheme.</summary>
    public enum Fit
    {
        /// <summary>No scheme has this prefix with this length.</summary>
        None,

        /// <summary>Only Maestro (12-15 digits) fits: its wide prefix range makes chance matches common.</summary>
        ShortMaestro,

        /// <summary>A scheme's prefix and length agree.</summary>
        Scheme,

        /// <summary>
        /// A national scheme whose prefix other numbering plans share (RuPay 81-82, Troy 9792:
        /// utility, loyalty and tracking numbers too): a card only next to a card word.
        /// </summary>
        NamedOnly,
    }

    /// <summary>Classifies <paramref name="digits"/> (ASCII digits only, 12-19 of them).</summary>
    public static Fit Classify(ReadOnlySpan<char> digits)
    {
        var length = digits.Length;
        if (length is < 12 or > 19)
        {
            return Fit.None;
        }

        var p1 = digits[0] - '0';
        var p2 = Prefix(digits, 2);
        var p3 = Prefix(digits, 3);
        var p4 = Prefix(digits, 4);
        var p6 = Prefix(digits, 6);
        var long16To19 = length is >= 16 and <= 19;

        var scheme =
            (p1 == 4 && length is 13 or 16 or 19)                                     // Visa
            || ((p2 is >= 51 and <= 55 || p4 is >= 2221 and <= 2720) && length == 16) // Mastercard
            || (p2 is 34 or 37 && length == 15)                                       // American Express
            || ((p4 == 6011 || p3 is >= 644 and <= 649 || p2 == 65 || p6 is >= 622126 and <= 622925) && long16To19) // Discover
            || (p4 is >= 3528 and <= 3589 && long16To19)                              // JCB
            || (p4 is 1800 or 2131 && length == 15)                                   // JCB (legacy 15 digits)
            || ((p3 is >= 300 and <= 305 || p4 == 3095 || p2 is 36 or 38 or 39) && length >= 14) // Diners Club
            || (p2 == 62 && long16To19)                                               // UnionPay
            || (p4 is >= 2200 and <= 2204 && long16To19)                              // Mir
            || ((p2 == 50 || p2 is >= 56 and <= 69) && long16To19);                   // Maestro, long forms
        if (scheme)
        {
            return Fit.Scheme;
        }

        if ((p2 is 81 or 82 || p4 == 9792) && length == 16)
        {
            return Fit.NamedOnly; // RuPay (its other ranges are Discover's and Maestro's), Troy
        }

        return (p2 == 50 || p2 is >= 56 and <= 69) && length <= 15 ? Fit.ShortMaestro : Fit.None;
    }

    /// <summary>
    /// True when the group lengths are how cards are printed: 4-4-4-4, 4-4-4-4-3, 4-4-4-1, 4-4-4-3,
    /// 4-4-4 (12-digit Maestro), 4-6-5 (Amex), 4-6-4 (Diners).
    /// </summary>
    public static bool IsCardGrouping(ReadOnlySpan<byte> groups)
    {
        if (groups.Length == 3 && groups[0] == 4 && groups[1] == 6 && groups[2] is 4 or 5)
        {
            return true;
        }

        if (groups.Length < 3 || groups.Length > 5)
        {
            return false;
        }

        for (var i = 0; i < groups.Length - 1; i++)
        {
            if (groups[i] != 4)
            {
                return false;
            }
        }

        var last = groups[^1];
        return groups.Length switch
        {
            3 => last == 4,
            4 => last is 1 or 3 or 4,
            _ => last == 3,
        };
    }

    private static int Prefix(ReadOnlySpan<char> digits, int count)
    {
        var value = 0;
        for (var i = 0; i < count; i++)
        {
            value = (value * 10) + (digits[i] - '0');
        }

        return value;
    }
}
