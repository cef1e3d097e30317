using System.Numerics;

namespace Confidant.Audit.Merkle;

/// <summary>
/// The hashes a proof is made of, worked out from the sizes alone: a list of leaf ranges, each
/// standing for MTH(D[start:end]), and the complete subtrees those ranges split into. Kept apart
/// from the hashing so a storage-backed source can fetch every subtree in one read.
/// </summary>
internal sealed class ProofPlan
{
    private readonly List<(long Start, long End)> _ranges = [];
    private readonly List<Subtree> _subtrees = [];
    private readonly List<int> _firstSubtree = [];

    private ProofPlan()
    {
    }

    /// <summary>The ranges in proof order (from the leaf or old root up to the top).</summary>
    public IReadOnlyList<(long Start, long End)> Ranges => _ranges;

    /// <summary>Every complete subtree the ranges need, range by range.</summary>
    public Subtree[] Subtrees() => [.. _subtrees];

    /// <summary>The subtrees [first, first + count) that make up range <paramref name="range"/>.</summary>
    public (int First, int Count) SubtreesOf(int range) =>
        (_firstSubtree[range], (range + 1 < _firstSubtree.Count ? _firstSubtree[range + 1] : _subtrees.Count) - _firstSubtree[range]);

    /// <summary>MTH(D[0:n]) for n ≥ 1.</summary>
    public static ProofPlan ForRoot(long treeSize)
    {
        var plan = new ProofPlan();
        plan.Add(0, treeSize);
        return plan;
    }

    /// <summary>PATH(m, D[0:n]) of RFC 9162 §2.1.3.1, for 0 ≤ m &lt; n.</summary>
    public static ProofPlan ForInclusion(long index, long treeSize)
    {
        var siblings = new List<(long, long)>();
        long start = 0;
        var end = treeSize;
        while (end - start > 1)
        {
            var k = LargestPowerOfTwoBelow(end - start);
            if (index - start < k)
            {
                // PATH(m, D[0:k]) : MTH(D[k:n])
                siblings.Add((start + k, end));
                end = start + k;
            }
            else
            {
                // PATH(m - k, D[k:n]) : MTH(D[0:k])
                siblings.Add((start, start + k));
                start += k;
            }
        }

        return FromTopDown(siblings);
    }

    /// <summary>PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true) of RFC 9162 §2.1.4.1, for 0 &lt; m &lt; n.</summary>
    public static ProofPlan ForConsistency(long size1, long size2)
    {
        var parts = new List<(long, long)>();
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
                    parts.Add((start, end));
                }

                break;
            }

            var k = LargestPowerOfTwoBelow(end - start);
            if (m <= k)
            {
                // SUBPROOF(m, D[0:k], b) : MTH(D[k:n])
                parts.Add((start + k, end));
                end = start + k;
            }
            else
            {
                // SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])
                parts.Add((start, start + k));
                start += k;
                m -= k;
                wholeOldTree = false;
            }
        }

        return FromTopDown(parts);
    }

    /// <summary>The largest power of two strictly smaller than <paramref name="n"/> (n ≥ 2).</summary>
    internal static long LargestPowerOfTwoBelow(long n) => 1L << (63 - BitOperations.LeadingZeroCount((ulong)(n - 1)));

    private static ProofPlan FromTopDown(List<(long Start, long End)> topDown)
    {
        // The recursion emits the top of the tree first; a proof lists the bottom first.
        var plan = new ProofPlan();
        for (var i = topDown.Count - 1; i >= 0; i--)
        {
            plan.Add(topDown[i].Start, topDown[i].End);
        }

        return plan;
    }

    private void Add(long start, long end)
    {
        _ranges.Add((start, end));
        _firstSubtree.Add(_subtrees.Count);
        // MTH splits at the largest power of two below the size, which is the size's top bit: so
        // the range is its complete subtrees in descending size, folded from the right.
        var position = start;
        while (position < end)
        {
            var level = 63 - BitOperations.LeadingZeroCount((ulong)(end - position));
            _subtrees.Add(new Subtree(position, level));
            position += 1L << level;
        }
    }
}
