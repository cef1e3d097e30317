namespace Confidant.Detection.Validators;

/// <summary>Bech32 (BIP-173) and Bech32m (BIP-350) checksums, as used by SegWit and Taproot addresses.</summary>
internal static class Bech32
{
    public const uint Bech32Constant = 1;
    public const uint Bech32MConstant = 0x2bc830a3;
    private const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    /// <summary>True when <paramref name="text"/> is a bech32 or bech32m string with a valid checksum.</summary>
    public static bool IsValid(ReadOnlySpan<char> text) => Residue(text) is Bech32Constant or Bech32MConstant;

    /// <summary>
    /// The checksum residue over the human-readable part and the data (1 for bech32, 0x2bc830a3
    /// for bech32m), or 0 when <paramref name="text"/> is not bech32-shaped (length, mixed case,
    /// separator, charset).
    /// </summary>
    public static uint Residue(ReadOnlySpan<char> text)
    {
        if (text.Length is < 8 or > 90)
        {
            return 0;
        }

        bool lower = false, upper = false;
        foreach (var c in text)
        {
            if (c is < '!' or > '~')
            {
                return 0;
            }

            lower |= char.IsAsciiLetterLower(c);
            upper |= char.IsAsciiLetterUpper(c);
        }

        var separator = text.LastIndexOf('1');
        if ((lower && upper) || separator < 1 || separator + 7 > text.Length)
        {
            return 0;
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
            var v = CharValue(c);
            if (v < 0)
            {
                return 0;
            }

            checksum = PolyMod(checksum, (uint)v);
        }

        return checksum;
    }

    /// <summary>The 5-bit value of a data char, or -1.</summary>
    public static int CharValue(char c) => Charset.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);

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
