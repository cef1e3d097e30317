using System.Security.Cryptography;

namespace Confidant.Audit.Tests;

/// <summary>
/// RFC 9162 §2.1 written out as literally as possible (recursion on lists, fresh arrays), with
/// no code shared with the library, so the library's results are checked against the RFC's own
/// definitions rather than against themselves.
/// </summary>
internal static class RfcDefinitions
{
    public static byte[] Leaf(byte[] entry) => SHA256.HashData([0x00, .. entry]);

    public static byte[] Node(byte[] left, byte[] right) => SHA256.HashData([0x01, .. left, .. right]);

    public static byte[] Mth(IReadOnlyList<byte[]> leafHashes)
    {
        if (leafHashes.Count == 0)
        {
            return SHA256.HashData([]);
        }

        if (leafHashes.Count == 1)
        {
            return leafHashes[0];
        }

        var k = Split(leafHashes.Count);
        return Node(Mth(Slice(leafHashes, 0, k)), Mth(Slice(leafHashes, k, leafHashes.Count)));
    }

    public static List<byte[]> Path(int m, IReadOnlyList<byte[]> d)
    {
        var n = d.Count;
        if (n == 1)
        {
            return [];
        }

        var k = Split(n);
        return m < k
            ? [.. Path(m, Slice(d, 0, k)), Mth(Slice(d, k, n))]
            : [.. Path(m - k, Slice(d, k, n)), Mth(Slice(d, 0, k))];
    }

    public static List<byte[]> Proof(int m, IReadOnlyList<byte[]> d) => SubProof(m, d, true);

    private static List<byte[]> SubProof(int m, IReadOnlyList<byte[]> d, bool b)
    {
        var n = d.Count;
        if (m == n)
        {
            return b ? [] : [Mth(d)];
        }

        var k = Split(n);
        return m <= k
            ? [.. SubProof(m, Slice(d, 0, k), b), Mth(Slice(d, k, n))]
            : [.. SubProof(m - k, Slice(d, k, n), false), Mth(Slice(d, 0, k))];
    }

    /// <summary>
    /// The shape of PATH(m, D[n]), bottom first: for each proof hash, whether it is the left (L)
    /// or right (R) sibling. Two sizes with the same shape give the verifier the same work, so a
    /// proof cannot tell them apart; the signed tree size in the checkpoint does.
    /// </summary>
    public static string PathShape(long m, long n)
    {
        if (n == 1)
        {
            return "";
        }

        var k = Split(n);
        return m < k ? PathShape(m, k) + "R" : PathShape(m - k, n - k) + "L";
    }

    /// <summary>The shape of SUBPROOF(m, D[n], b) in the same sense; O marks the old subtree's own hash.</summary>
    public static string ProofShape(long m, long n, bool b = true)
    {
        if (m == n)
        {
            return b ? "" : "O";
        }

        var k = Split(n);
        return m <= k ? ProofShape(m, k, b) + "R" : ProofShape(m - k, n - k, false) + "L";
    }

    /// <summary>The largest power of two smaller than n.</summary>
    private static int Split(int n) => (int)Split((long)n);

    private static long Split(long n)
    {
        var k = 1L;
        while (k * 2 < n)
        {
            k *= 2;
        }

        return k;
    }

    private static byte[][] Slice(IReadOnlyList<byte[]> list, int from, int to) => [.. list.Skip(from).Take(to - from)];
}
