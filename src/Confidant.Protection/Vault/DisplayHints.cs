namespace Confidant.Protection.Vault;

/// <summary>
/// Non-sensitive hints shown in place of a value: a card's brand and last four digits (PCI DSS
/// allows at most the first six and last four), the last four of an account number, an IBAN's country.
/// </summary>
internal static class DisplayHints
{
    public static string? For(string dataClass, ReadOnlySpan<char> normalized) => dataClass switch
    {
        "CARD_NUMBER" when normalized.Length >= 12 => $"{CardBrand(normalized)} •••• {normalized[^4..]}",
        "IBAN" when normalized.Length >= 8 => $"{normalized[..2]} •••• {normalized[^4..]}",
        "BANK_ACCOUNT" when normalized.Length >= 6 => $"•••• {normalized[^4..]}",
        _ => null,
    };

    internal static string CardBrand(ReadOnlySpan<char> digits)
    {
        var two = Prefix(digits, 2);
        var three = Prefix(digits, 3);
        var four = Prefix(digits, 4);
        var six = Prefix(digits, 6);
        return digits[0] switch
        {
            '4' => "Visa",
            _ when two is >= 51 and <= 55 || four is >= 2221 and <= 2720 => "Mastercard",
            _ when two is 34 or 37 => "American Express",
            _ when four == 6011 || two == 65 || three is >= 644 and <= 649 || six is >= 622126 and <= 622925 => "Discover",
            _ when four is >= 3528 and <= 3589 => "JCB",
            _ when two is 36 or 38 or 39 || three is >= 300 and <= 305 => "Diners Club",
            _ when two == 62 => "UnionPay",
            _ when two is 50 or (>= 56 and <= 69) => "Maestro",
            _ => "Card",
        };
    }

    private static int Prefix(ReadOnlySpan<char> digits, int length)
    {
        var value = 0;
        for (var i = 0; i < length && i < digits.Length; i++)
        {
            if (!char.IsAsciiDigit(digits[i]))
            {
                return -1;
            }

            value = (value * 10) + (digits[i] - '0');
        }

        return value;
    }
}
