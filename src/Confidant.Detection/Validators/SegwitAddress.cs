namespace Confidant.Detection.Validators;

/// <summary>
/// SegWit addresses (BIP-173, BIP-350): human-readable part bc, tb or ltc, a witness version, a
/// bech32 checksum for version 0 and bech32m for versions 1-16, and a program of the allowed length.
/// Stricter than a bare checksum, which any bech32 string (Lightning invoices, Cosmos addresses) passes.
/// </summary>
internal static class SegwitAddress
{
    private const int ChecksumLength = 6;

    public static bool IsValid(ReadOnlySpan<char> text)
    {
        if (text.Length is < 14 or > 90)
        {
            return false;
        }

        var separator = text.LastIndexOf('1');
        if (separator is < 2 or > 3)
        {
            return false;
        }

        var hrp = text[..separator];
        if (!hrp.Equals("bc", StringComparison.OrdinalIgnoreCase) && !hrp.Equals("tb", StringComparison.OrdinalIgnoreCase)
            && !hrp.Equals("ltc", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var residue = Bech32.Residue(text);
        var data = text[(separator + 1)..];
        var version = Bech32.CharValue(data[0]);

        // Witness program bytes: the 5-bit groups after the version and before the checksum.
        var bits = (data.Length - 1 - ChecksumLength) * 5;
        var programLength = bits / 8;
        if (residue == 0 || version is < 0 or > 16 || programLength is < 2 or > 40 || bits % 8 > 4)
        {
            return false;
        }

        return version == 0
            ? residue == Bech32.Bech32Constant && programLength is 20 or 32
            : residue == Bech32.Bech32MConstant;
    }
}
