namespace Confidant.Audit.Merkle;

/// <summary>
/// Keeps every complete subtree hash in memory, one array per level, so any subtree is one
/// lookup. Appending a leaf costs one leaf hash plus the node hashes it completes (one on
/// average). For tests, benchmarks and recomputing a tree from exported entries. Not thread-safe.
/// </summary>
public sealed class InMemoryHashSource : IHashSource
{
    private readonly List<byte[]> _levels = [];
    private long _count;

    /// <summary>The number of leaves appended so far.</summary>
    public long Count => _count;

    /// <summary>Hashes <paramref name="entry"/> as a leaf and appends it.</summary>
    public void Append(ReadOnlySpan<byte> entry)
    {
        Span<byte> hash = stackalloc byte[MerkleHash.Size];
        MerkleHash.HashLeaf(entry, hash);
        AppendLeafHash(hash);
    }

    /// <summary>Appends a leaf whose leaf hash is already known.</summary>
    public void AppendLeafHash(ReadOnlySpan<byte> leafHash)
    {
        MerkleHash.CheckHash(leafHash, nameof(leafHash));
        var index = _count;
        Write(0, index, leafHash);
        var level = 0;
        Span<byte> parent = stackalloc byte[MerkleHash.Size];
        // Each odd index completes a pair: its parent on the level above is now fixed.
        while ((index & 1) == 1)
        {
            var left = Slot(level, index - 1);
            var right = Slot(level, index);
            MerkleHash.HashChildren(left, right, parent);
            index >>= 1;
            level++;
            Write(level, index, parent);
        }

        _count++;
    }

    /// <summary>The hash of one complete subtree.</summary>
    public ReadOnlySpan<byte> GetSubtreeHash(Subtree subtree)
    {
        if (subtree.End > _count)
        {
            throw new ArgumentOutOfRangeException(nameof(subtree), $"The subtree [{subtree.Start}, {subtree.End}) reaches past the {_count} entries held.");
        }

        return Slot(subtree.Level, subtree.Start >> subtree.Level);
    }

    /// <inheritdoc/>
    public ValueTask ReadSubtreeHashesAsync(ReadOnlyMemory<Subtree> subtrees, Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        ReadSubtreeHashes(subtrees.Span, destination.Span);
        return ValueTask.CompletedTask;
    }

    /// <summary>The synchronous form of <see cref="ReadSubtreeHashesAsync"/>.</summary>
    public void ReadSubtreeHashes(ReadOnlySpan<Subtree> subtrees, Span<byte> destination)
    {
        if (destination.Length < subtrees.Length * MerkleHash.Size)
        {
            throw new ArgumentException("The destination is too small for the hashes asked for.", nameof(destination));
        }

        for (var i = 0; i < subtrees.Length; i++)
        {
            GetSubtreeHash(subtrees[i]).CopyTo(destination.Slice(i * MerkleHash.Size, MerkleHash.Size));
        }
    }

    private Span<byte> Slot(int level, long index) =>
        _levels[level].AsSpan(checked((int)(index * MerkleHash.Size)), MerkleHash.Size);

    private void Write(int level, long index, ReadOnlySpan<byte> hash)
    {
        if (level == _levels.Count)
        {
            _levels.Add(new byte[MerkleHash.Size * 16]);
        }

        var needed = checked((int)((index + 1) * MerkleHash.Size));
        if (needed > _levels[level].Length)
        {
            var grown = new byte[Math.Max(needed, _levels[level].Length * 2)];
            _levels[level].CopyTo(grown, 0);
            _levels[level] = grown;
        }

        hash.CopyTo(Slot(level, index));
    }
}
