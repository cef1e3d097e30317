using System.Security.Cryptography;

namespace Confidant.Detection.Validators;

/// <summary>Base58Check (Bitcoin legacy and P2SH addresses): the last 4 bytes are the start of SHA-256(SHA-256(payload)).</summary>
internal static class Base58Check
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    public static bool IsValid(ReadOnlySpan<char> text)
    {
        if (text.Length is < 25 or > 40)
        {
            return false;
        }

        // Base58 decode into a big-endian byte buffer (at most 30 bytes for 40 chars).
        Span<byte> bytes = stackalloc byte[32];
        bytes.Clear();
        foreach (var c in text)
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                return false;
            }

            var carry = value;
            for (var i = bytes.Length - 1; i >= 0; i--)
            {
                carry += bytes[i] * 58;
                bytes[i] = (byte)carry;
                carry >>= 8;
            }

            if (carry != 0)
            {
                return false;
            }
        }

        var leadingZeros = 0;
        while (leadingZeros < text.Length && text[leadingZeros] == '1')
        {
            leadingZeros++;
        }

        var firstNonZero = bytes.IndexOfAnyExcept((byte)0);
        var significant = firstNonZero < 0 ? ReadOnlySpan<byte>.Empty : bytes[firstNonZero..];
        Span<byte> decoded = stackalloc byte[leadingZeros + significant.Length];
        decoded.Clear();
        significant.CopyTo(decoded[leadingZeros..]);
        if (decoded.Length < 5)
        {
            return false;
        }

        var payload = decoded[..^4];
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(payload, hash);
        SHA256.HashData(hash, hash);
        return hash[..4].SequenceEqual(decoded[^4..]);
    }
}
