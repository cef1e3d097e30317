namespace Confidant.Audit.Merkle;

/// <summary>
/// A complete subtree of the log: the 2^<see cref="Level"/> leaves [<see cref="Start"/>,
/// <see cref="End"/>), with <see cref="Start"/> a multiple of 2^<see cref="Level"/>. Its hash
/// never changes once the log holds <see cref="End"/> entries, so storage can keep it.
/// </summary>
public readonly record struct Subtree
{
    /// <summary>Creates the subtree of 2^<paramref name="level"/> leaves from <paramref name="start"/>.</summary>
    public Subtree(long start, int level)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 62);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, long.MaxValue - (1L << level));
        if ((start & ((1L << level) - 1)) != 0)
        {
            throw new ArgumentException($"A subtree of level {level} starts at a multiple of {1L << level}; {start} is not.", nameof(start));
        }

        Start = start;
        Level = level;
    }

    /// <summary>The index of its first leaf.</summary>
    public long Start { get; }

    /// <summary>Its height: it holds 2^Level leaves; a leaf is level 0.</summary>
    public int Level { get; }

    /// <summary>The index after its last leaf.</summary>
    public long End => Start + (1L << Level);

    /// <summary>
    /// The complete subtrees that make up the range [<paramref name="start"/>, <paramref name="end"/>),
    /// largest first, as RFC 6962 splits it (start aligned to the largest): for [0, n), one per set
    /// bit of n, the tree's right edge.
    /// </summary>
    public static List<Subtree> Cover(long start, long end)
    {
        var result = new List<Subtree>();
        while (start < end)
        {
            var level = System.Numerics.BitOperations.Log2((ulong)(end - start));
            if (start != 0)
            {
                level = Math.Min(level, System.Numerics.BitOperations.TrailingZeroCount(start));
            }

            result.Add(new Subtree(start, level));
            start += 1L << level;
        }

        return result;
    }
}
