using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Konscious.Security.Cryptography;

namespace Confidant.Identity.Passwords;

/// <summary>
/// Argon2id (RFC 9106, version 0x13) hashes in the PHC string format:
/// <c>$argon2id$v=19$m=19456,t=2,p=1$&lt;salt&gt;$&lt;hash&gt;</c>, base64 without padding.
/// </summary>
internal static class Argon2idPhc
{
    /// <summary>Salt bytes of a new hash (RFC 9106 recommends 16).</summary>
    public const int SaltLength = 16;

    /// <summary>Hash bytes of a new hash.</summary>
    public const int HashLength = 32;

    // Stored hashes are read with some latitude (other tools, older settings), within bounds that keep a
    // tampered row from making each sign-in attempt allocate gigabytes.
    private const int MinimumStoredSaltLength = 8;
    private const int MaximumStoredSaltLength = 64;
    private const int MinimumStoredHashLength = 16;
    private const int MaximumStoredHashLength = 64;
    private const string Prefix = "$argon2id$v=19$";

    /// <summary>Computes the Argon2id hash of <paramref name="secret"/> (UTF-8 bytes) with the given salt and costs.</summary>
    public static byte[] DeriveHash(byte[] secret, byte[] salt, Argon2idParameters parameters, int length)
    {
        using var argon2 = new Argon2id(secret)
        {
            Salt = salt,
            MemorySize = parameters.MemoryKiB,
            Iterations = parameters.Iterations,
            DegreeOfParallelism = parameters.Parallelism,
        };
        return argon2.GetBytes(length);
    }

    /// <summary>Writes a PHC string.</summary>
    public static string Format(Argon2idParameters parameters, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> hash) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Prefix}m={parameters.MemoryKiB},t={parameters.Iterations},p={parameters.Parallelism}${ToBase64(salt)}${ToBase64(hash)}");

    /// <summary>
    /// Reads a PHC string written by <see cref="Format"/> or another Argon2id implementation, strictly:
    /// version 19 only, parameters in the order m, t, p without leading zeros, canonical base64 with no
    /// padding. False for anything else, and for costs beyond what this server would ever configure.
    /// </summary>
    public static bool TryParse(
        string stored,
        out Argon2idParameters parameters,
        [NotNullWhen(true)] out byte[]? salt,
        [NotNullWhen(true)] out byte[]? hash)
    {
        parameters = default;
        salt = null;
        hash = null;
        var rest = stored.AsSpan();
        if (!rest.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        rest = rest[Prefix.Length..];
        if (!TryReadNumber(ref rest, "m=", ',', out var memory)
            || !TryReadNumber(ref rest, "t=", ',', out var iterations)
            || !TryReadNumber(ref rest, "p=", '$', out var parallelism))
        {
            return false;
        }

        // Argon2 needs 8 KiB per lane at least.
        if (parallelism is < 1 or > PasswordHashingOptions.MaximumParallelism
            || iterations is < 1 or > PasswordHashingOptions.MaximumIterations
            || memory < 8 * parallelism || memory > PasswordHashingOptions.MaximumMemoryKiB)
        {
            return false;
        }

        var separator = rest.IndexOf('$');
        if (separator < 0
            || !TryFromBase64(rest[..separator], MinimumStoredSaltLength, MaximumStoredSaltLength, out salt)
            || !TryFromBase64(rest[(separator + 1)..], MinimumStoredHashLength, MaximumStoredHashLength, out hash))
        {
            salt = null;
            return false;
        }

        parameters = new Argon2idParameters(memory, iterations, parallelism);
        return true;
    }

    /// <summary>True when a stored hash is weaker than a new one would be: cheaper parameters, a short salt or a short hash.</summary>
    public static bool NeedsRehash(Argon2idParameters stored, int saltLength, int hashLength, Argon2idParameters current) =>
        stored.IsWeakerThan(current) || saltLength < SaltLength || hashLength < HashLength;

    private static bool TryReadNumber(ref ReadOnlySpan<char> rest, string name, char terminator, out int value)
    {
        value = 0;
        if (!rest.StartsWith(name, StringComparison.Ordinal))
        {
            return false;
        }

        rest = rest[name.Length..];
        var end = rest.IndexOf(terminator);
        // At most 9 digits (no overflow), no sign, no leading zero: one spelling per value.
        if (end is < 1 or > 9 || (rest[0] == '0' && end > 1) || rest[..end].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        value = int.Parse(rest[..end], NumberStyles.None, CultureInfo.InvariantCulture);
        rest = rest[(end + 1)..];
        return true;
    }

    private static string ToBase64(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=');

    /// <summary>Decodes unpadded base64 and accepts it only if it is the one canonical spelling of its bytes.</summary>
    private static bool TryFromBase64(ReadOnlySpan<char> text, int minimumBytes, int maximumBytes, [NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        if (text.IsEmpty || text.Length > Base64.GetMaxEncodedToUtf8Length(maximumBytes) || text.Length % 4 == 1)
        {
            return false;
        }

        var padded = string.Concat(text, new string('=', (4 - (text.Length % 4)) % 4));
        var buffer = new byte[maximumBytes];
        if (!Convert.TryFromBase64String(padded, buffer, out var written)
            || written < minimumBytes
            || !ToBase64(buffer.AsSpan(0, written)).AsSpan().SequenceEqual(text))
        {
            // The re-encoding check refuses whitespace (which Convert skips) and non-zero unused bits
            // in the last character, so no two stored strings verify as the same hash.
            return false;
        }

        bytes = buffer[..written];
        return true;
    }
}
