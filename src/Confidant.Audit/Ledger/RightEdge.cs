using Confidant.Audit.Merkle;

namespace Confidant.Audit.Ledger;

/// <summary>
/// The complete subtrees along the right edge of a log of some size, largest first, with their
/// hashes: one per set bit of the size. It is all an append needs: a new leaf joins the edge and
/// merges with equal-sized neighbours (each merge is a node hash to store), and folding the edge
/// from the right gives the root (RFC 9162 §2.1.1).
/// </summary>
internal sealed class RightEdge
{
    private readonly List<(Subtree Subtree, byte[] Hash)> _nodes;

    private RightEdge(long size, List<(Subtree, byte[])> nodes)
    {
        Size = size;
        _nodes = nodes;
    }

    /// <summary>The number of leaves the edge covers.</summary>
    public long Size { get; private set; }

    /// <summary>The subtrees whose hashes make up the edge of a log of <paramref name="size"/> entries, largest first.</summary>
    public static List<Subtree> SubtreesOf(long size) => Subtree.Cover(0, size);

    /// <summary>Builds the edge from the hashes of <see cref="SubtreesOf"/>(size), in that order.</summary>
    public static RightEdge FromHashes(long size, ReadOnlySpan<byte> hashes)
    {
        var subtrees = SubtreesOf(size);
        if (hashes.Length != subtrees.Count * MerkleHash.Size)
        {
            throw new ArgumentException("One hash per edge subtree is needed.", nameof(hashes));
        }

        var nodes = new List<(Subtree, byte[])>(subtrees.Count + 1);
        for (var i = 0; i < subtrees.Count; i++)
        {
            nodes.Add((subtrees[i], hashes.Slice(i * MerkleHash.Size, MerkleHash.Size).ToArray()));
        }

        return new RightEdge(size, nodes);
    }

    /// <summary>A copy to work on inside a transaction that may still roll back.</summary>
    public RightEdge Clone() => new(Size, [.. _nodes]);

    /// <summary>
    /// Appends a leaf hash; reports every complete subtree above the leaves that it completes
    /// (the node hashes to store) through <paramref name="completed"/>.
    /// </summary>
    public void Append(byte[] leafHash, Action<Subtree, byte[]> completed)
    {
        _nodes.Add((new Subtree(Size, 0), leafHash));
        Size++;
        while (_nodes.Count >= 2 && _nodes[^1].Subtree.Level == _nodes[^2].Subtree.Level)
        {
            var (left, leftHash) = _nodes[^2];
            var rightHash = _nodes[^1].Hash;
            var parent = new byte[MerkleHash.Size];
            MerkleHash.HashChildren(leftHash, rightHash, parent);
            var subtree = new Subtree(left.Start, left.Level + 1);
            _nodes.RemoveRange(_nodes.Count - 2, 2);
            _nodes.Add((subtree, parent));
            completed(subtree, parent);
        }
    }

    /// <summary>MTH(D[0:Size]): the edge folded from the right.</summary>
    public byte[] RootHash()
    {
        if (_nodes.Count == 0)
        {
            return MerkleHash.EmptyRoot.ToArray();
        }

        var hashes = new byte[_nodes.Count * MerkleHash.Size];
        for (var i = 0; i < _nodes.Count; i++)
        {
            _nodes[i].Hash.CopyTo(hashes, i * MerkleHash.Size);
        }

        var root = new byte[MerkleHash.Size];
        MerkleHash.FoldRight(hashes, root);
        return root;
    }
}
