using System.Buffers;
using System.Security.Cryptography;

namespace Confidant.Audit.Merkle;

/// <summary>
/// The hashes of RFC 6962 §2.1 / RFC 9162 §2.1.1 with SHA-256: a leaf is SHA-256(0x00 || entry),
/// an interior node SHA-256(0x01 || left || right), and the empty tree SHA-256 of nothing. The
/// prefixes keep a leaf from ever being passed off as a node (second-preimage resistance).
/// </summary>
public static class MerkleHash
{
    /// <summary>The length of every hash in the tree, in bytes.</summary>
    public const int Size = SHA256.HashSizeInBytes;

    private const byte LeafPrefix = 0x00;
    private const byte NodePrefix = 0x01;
    private const int StackLimit = 1024;

    /// <summary>MTH({}) = SHA-256(""), the root of the empty tree.</summary>
    public static ReadOnlySpan<byte> EmptyRoot =>
    [
        0xe3, 0xb0, 0xc4, 0x42, 0x98, 0xfc, 0x1c, 0x14, 0x9a, 0xfb, 0xf4, 0xc8, 0x99, 0x6f, 0xb9, 0x24,
        0x27, 0xae, 0x41, 0xe4, 0x64, 0x9b, 0x93, 0x4c, 0xa4, 0x95, 0x99, 0x1b, 0x78, 0x52, 0xb8, 0x55,
    ];

    /// <summary>Writes SHA-256(0x00 || <paramref name="entry"/>) to <paramref name="destination"/>.</summary>
    public static void HashLeaf(ReadOnlySpan<byte> entry, Span<byte> destination)
    {
        CheckDestination(destination);
        var length = entry.Length + 1;
        byte[]? rented = null;
        var buffer = length <= StackLimit
            ? stackalloc byte[StackLimit]
            : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            buffer[0] = LeafPrefix;
            entry.CopyTo(buffer[1..]);
            SHA256.HashData(buffer[..length], destination);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Returns SHA-256(0x00 || <paramref name="entry"/>).</summary>
    public static byte[] HashLeaf(ReadOnlySpan<byte> entry)
    {
        var hash = new byte[Size];
        HashLeaf(entry, hash);
        return hash;
    }

    /// <summary>
    /// Writes SHA-256(0x01 || <paramref name="left"/> || <paramref name="right"/>) to
    /// <paramref name="destination"/>, which may overlap either input.
    /// </summary>
    public static void HashChildren(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> destination)
    {
        CheckHash(left, nameof(left));
        CheckHash(right, nameof(right));
        CheckDestination(destination);
        Span<byte> buffer = stackalloc byte[1 + (2 * Size)];
        buffer[0] = NodePrefix;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + Size)..]);
        SHA256.HashData(buffer, destination);
    }

    /// <summary>
    /// The hash of consecutive complete subtrees (largest first, as RFC 6962 splits a range):
    /// <paramref name="hashes"/> (their concatenated hashes) folded from the right,
    /// node(h0, node(h1, … node(hn-2, hn-1))).
    /// </summary>
    internal static void FoldRight(ReadOnlySpan<byte> hashes, Span<byte> destination)
    {
        hashes[^Size..].CopyTo(destination);
        for (var offset = hashes.Length - (2 * Size); offset >= 0; offset -= Size)
        {
            HashChildren(hashes.Slice(offset, Size), destination, destination);
        }
    }

    internal static void CheckHash(ReadOnlySpan<byte> hash, string name)
    {
        if (hash.Length != Size)
        {
            throw new ArgumentException($"A hash is {Size} bytes; this one is {hash.Length}.", name);
        }
    }

    private static void CheckDestination(Span<byte> destination)
    {
        if (destination.Length < Size)
        {
            throw new ArgumentException($"The destination must hold {Size} bytes.", nameof(destination));
        }
    }
}
