namespace Confidant.Detection.Validators;

/// <summary>Bech32 (BIP-173) and Bech32m (BIP-350) checksums, as used by SegWit and Taproot addresses.</summary>
internal static class Bech32
{
    private const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private const uint Bech32Constant = 1;
    private const uint Bech32MConstant = 0x2bc830a3;

    /// <summary>True when <paramref name="text"/> is a bech32 or bech32m string with a valid checksum.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        if (text.Length is < 8 or > 90)
        {
            return false;
        }

        bool lower = false, upper = false;
        foreach (var c in text)
        {
            if (c is < '!' or > '~')
            {
                return false;
            }

            lower |= char.IsAsciiLetterLower(c);
            upper |= char.IsAsciiLetterUpper(c);
        }

        if (lower && upper)
        {
            return false;
        }

        var separator = text.LastIndexOf('1');
        if (separator < 1 || separator + 7 > text.Length)
        {
            return false;
        }

        var hrp = text[..separator];
        uint checksum = 1;
        foreach (var c in hrp)
        {
            checksum = PolyMod(checksum, (uint)(char.ToLowerInvariant(c) >> 5));
        }

        checksum = PolyMod(checksum, 0);
        foreach (var c in hrp)
        {
            checksum = PolyMod(checksum, (uint)(char.ToLowerInvariant(c) & 31));
        }

        foreach (var c in text[(separator + 1)..])
        {
            var v = Charset.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);
            if (v < 0)
            {
                return false;
            }

            checksum = PolyMod(checksum, (uint)v);
        }

        return checksum is Bech32Constant or Bech32MConstant;
    }

    private static uint PolyMod(uint checksum, uint value)
    {
        var top = checksum >> 25;
        checksum = ((checksum & 0x1ffffff) << 5) ^ value;
        if ((top & 1) != 0) checksum ^= 0x3b6a57b2;
        if ((top & 2) != 0) checksum ^= 0x26508e6d;
        if ((top & 4) != 0) checksum ^= 0x1ea119fa;
        if ((top & 8) != 0) checksum ^= 0x3d4233dd;
        if ((top & 16) != 0) checksum ^= 0x2a1462e3;
        return checksum;
    }
}
