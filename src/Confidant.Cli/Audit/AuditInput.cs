using System.Globalization;
using Confidant.Audit.Merkle;

namespace Confidant.Cli.Audit;

/// <summary>
/// Reads the audit commands' option values: decimal counts, hex hashes, comma-separated proofs.
/// Each problem is an <see cref="AuditInputException"/> naming the option and a stable code,
/// checked here so the user sees which value is wrong rather than a library's parameter name.
/// </summary>
internal static class AuditInput
{
    /// <summary>A non-negative count (index or tree size) given as decimal digits.</summary>
    public static long Count(string? text, string option)
    {
        if (text is null)
        {
            throw Missing(option);
        }

        if (text.StartsWith('-') && text.Length > 1 && text[1..].All(char.IsAsciiDigit))
        {
            throw new AuditInputException(ProofErrorCodes.NotACount, $"{option} is negative ({text}); indexes and sizes start at 0.");
        }

        if (text.Length == 0 || !text.All(char.IsAsciiDigit) || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new AuditInputException(ProofErrorCodes.NotACount, $"{option} must be a decimal number from 0 to {long.MaxValue}; got '{Shorten(text)}'.");
        }

        return value;
    }

    /// <summary>A 32-byte hash given as 64 hex digits.</summary>
    public static byte[] Hash(string? text, string option) => text is null ? throw Missing(option) : DecodeHash(text, option);

    /// <summary>
    /// A proof given as comma-separated hashes, nearest the leaf first. Omitted or empty means
    /// the empty proof, which is the right proof in some cases (a tree of one entry, m = n, m = 0).
    /// </summary>
    public static byte[] Proof(string? text, string option)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var parts = text.Split(',');
        var proof = new byte[parts.Length * MerkleHash.Size];
        for (var i = 0; i < parts.Length; i++)
        {
            DecodeHash(parts[i], $"{option} hash {i + 1}").CopyTo(proof, i * MerkleHash.Size);
        }

        return proof;
    }

    /// <summary>A proof as the commands read it: its hashes in lower-case hex, comma-separated.</summary>
    public static string ProofHex(ReadOnlySpan<byte> proof)
    {
        var hashes = new string[proof.Length / MerkleHash.Size];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = Hex(proof.Slice(i * MerkleHash.Size, MerkleHash.Size));
        }

        return string.Join(',', hashes);
    }

    /// <summary>Lower-case hex, the form the commands print and read.</summary>
    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    private static byte[] DecodeHash(string text, string what)
    {
        if (text.Length % 2 != 0 || !text.All(char.IsAsciiHexDigit))
        {
            throw new AuditInputException(ProofErrorCodes.NotHex, $"{what} is not hexadecimal ('{Shorten(text)}'); a hash is {MerkleHash.Size * 2} hex digits.");
        }

        if (text.Length != MerkleHash.Size * 2)
        {
            throw new AuditInputException(ProofErrorCodes.HashLength, $"{what} is {text.Length / 2} bytes; a hash is {MerkleHash.Size} bytes ({MerkleHash.Size * 2} hex digits).");
        }

        return Convert.FromHexString(text);
    }

    private static AuditInputException Missing(string option) =>
        new(AuditCliErrorCodes.MissingOption, $"{option} is required.");

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
