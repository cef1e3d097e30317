namespace Confidant.Detection.Validators;

/// <summary>
/// SegWit addresses (BIP-173, BIP-350): human-readable part bc, tb or ltc, a witness version, a
/// bech32 checksum for version 0 and bech32m for versions 1-16, and a program of the allowed length.
/// Stricter than a bare checksum, which any bech32 string (Lightning invoices, Cosmos addresses) passes.
/// </summary>
internal static class SegwitAddress
{
    private const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private const uint Bech32Constant = 1;
    private const uint Bech32MConstant = 0x2bc830a3;
    private const int ChecksumLength = 6;

    public static bool IsValid(ReadOnlySpan<char> text)
    {
        if (text.Length is < 14 or > 90)
        {
            return false;
        }

        bool lower = false, upper = false;
        foreach (var c in text)
        {
            lower |= char.IsAsciiLetterLower(c);
            upper |= char.IsAsciiLetterUpper(c);
        }

        var separator = text.LastIndexOf('1');
        if ((lower && upper) || separator < 2 || separator > 3)
        {
            return false;
        }

        var hrp = text[..separator];
        if (!hrp.Equals("bc", StringComparison.OrdinalIgnoreCase) && !hrp.Equals("tb", StringComparison.OrdinalIgnoreCase)
            && !hrp.Equals("ltc", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        uint checksum = 1;
        foreach (var c in hrp)
        {
            checksum = PolyMod(checksum, (uint)((c | 0x20) >> 5));
        }

        checksum = PolyMod(checksum, 0);
        foreach (var c in hrp)
        {
            checksum = PolyMod(checksum, (uint)((c | 0x20) & 31));
        }

        var data = text[(separator + 1)..];
        var version = -1;
        foreach (var c in data)
        {
            var v = Charset.IndexOf((char)(c | 0x20), StringComparison.Ordinal);
            if (v < 0)
            {
                return false;
            }

            version = version < 0 ? v : version;
            checksum = PolyMod(checksum, (uint)v);
        }

        // Witness program bytes: the 5-bit groups after the version and before the checksum.
        var bits = (data.Length - 1 - ChecksumLength) * 5;
        var programLength = bits / 8;
        if (version > 16 || programLength is < 2 or > 40 || bits % 8 > 4)
        {
            return false;
        }

        if (version == 0)
        {
            return checksum == Bech32Constant && programLength is 20 or 32;
        }

        return checksum == Bech32MConstant;
    }

    private static uint PolyMod(uint checksum, uint value)
    {
        var top = checksum >> 25;
        checksum = ((checksum & 0x1ffffff) << 5) ^ value;
        if ((top & 1) != 0) checksum ^= 0x3b6a57b2;
        if ((top & 2) != 0) checksum ^= 0x26508e6d;
        if ((top & 4) != 0) checksum ^= 0x1ea119fa;
        if ((top & 8) != 0) checksum ^= 0x3d4233dd;
        if ((top & 16) != 0) checksum ^= 0x2a1462b3;
        return checksum;
    }
}
