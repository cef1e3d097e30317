using System.Numerics;

namespace Confidant.Audit.Merkle;

/// <summary>
/// The hashes a proof is made of, worked out from the sizes alone: a list of leaf ranges, each
/// standing for MTH(D[start:end]), and the complete subtrees those ranges split into. Kept apart
/// from the hashing so a storage-backed source can fetch every subtree in one read.
/// </summary>
internal sealed class ProofPlan
{
    // A tree of at most 2^63 entries has at most 63 levels, so no proof lists more ranges.
    private const int MaxRanges = 64;

    private readonly (long Start, long End)[] _ranges;
    private readonly int[] _firstSubtree;
    private readonly Subtree[] _subtrees;

    private ProofPlan(ReadOnlySpan<(long Start, long End)> topDown)
    {
        // The recursion emits the top of the tree first; a proof lists the bottom first.
        _ranges = new (long, long)[topDown.Length];
        _firstSubtree = new int[topDown.Length + 1];
        var subtreeCount = 0;
        for (var i = 0; i < topDown.Length; i++)
        {
            _ranges[i] = topDown[topDown.Length - 1 - i];
            _firstSubtree[i] = subtreeCount;
            subtreeCount += BitOperations.PopCount((ulong)(_ranges[i].End - _ranges[i].Start));
        }

        _firstSubtree[topDown.Length] = subtreeCount;
        _subtrees = new Subtree[subtreeCount];
        var next = 0;
        foreach (var (start, end) in _ranges)
        {
            // MTH splits at the largest power of two below the size, which is the size's top bit:
            // so the range is its complete subtrees in descending size, folded from the right.
            var position = start;
            while (position < end)
            {
                var level = 63 - BitOperations.LeadingZeroCount((ulong)(end - position));
                _subtrees[next++] = new Subtree(position, level);
                position += 1L << level;
            }
        }
    }

    /// <summary>The number of ranges, which is the number of hashes in the proof.</summary>
    public int RangeCount => _ranges.Length;

    /// <summary>Every complete subtree the ranges need, range by range.</summary>
    public ReadOnlyMemory<Subtree> Subtrees => _subtrees;

    /// <summary>The range at <paramref name="index"/>, in proof order (from the leaf or old root up).</summary>
    public (long Start, long End) Range(int index) => _ranges[index];

    /// <summary>The subtrees [first, first + count) that make up range <paramref name="range"/>.</summary>
    public (int First, int Count) SubtreesOf(int range) => (_firstSubtree[range], _firstSubtree[range + 1] - _firstSubtree[range]);

    /// <summary>MTH(D[0:n]) for n ≥ 1.</summary>
    public static ProofPlan ForRoot(long treeSize) => new([(0, treeSize)]);

    /// <summary>PATH(m, D[0:n]) of RFC 9162 §2.1.3.1, for 0 ≤ m &lt; n.</summary>
    public static ProofPlan ForInclusion(long index, long treeSize)
    {
        Span<(long, long)> siblings = stackalloc (long, long)[MaxRanges];
        var count = 0;
        long start = 0;
        var end = treeSize;
        while (end - start > 1)
        {
            var k = LargestPowerOfTwoBelow(end - start);
            if (index - start < k)
            {
                // PATH(m, D[0:k]) : MTH(D[k:n])
                siblings[count++] = (start + k, end);
                end = start + k;
            }
            else
            {
                // PATH(m - k, D[k:n]) : MTH(D[0:k])
                siblings[count++] = (start, start + k);
                start += k;
            }
        }

        return new ProofPlan(siblings[..count]);
    }

    /// <summary>PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true) of RFC 9162 §2.1.4.1, for 0 &lt; m &lt; n.</summary>
    public static ProofPlan ForConsistency(long size1, long size2)
    {
        Span<(long, long)> parts = stackalloc (long, long)[MaxRanges];
        var count = 0;
        long start = 0;
        var end = size2;
        var m = size1;
        var wholeOldTree = true;
        while (true)
        {
            if (m == end - start)
            {
                // SUBPROOF(m, D[m], true) = {}; SUBPROOF(m, D[m], false) = {MTH(D[m])}
                if (!wholeOldTree)
                {
                    parts[count++] = (start, end);
                }

                break;
            }

            var k = LargestPowerOfTwoBelow(end - start);
            if (m <= k)
            {
                // SUBPROOF(m, D[0:k], b) : MTH(D[k:n])
                parts[count++] = (start + k, end);
                end = start + k;
            }
            else
            {
                // SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])
                parts[count++] = (start, start + k);
                start += k;
                m -= k;
                wholeOldTree = false;
            }
        }

        return new ProofPlan(parts[..count]);
    }

    /// <summary>The largest power of two strictly smaller than <paramref name="n"/> (n ≥ 2).</summary>
    internal static long LargestPowerOfTwoBelow(long n) => 1L << (63 - BitOperations.LeadingZeroCount((ulong)(n - 1)));
}
