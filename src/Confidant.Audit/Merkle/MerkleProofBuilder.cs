namespace Confidant.Audit.Merkle;

/// <summary>
/// Computes tree heads and proofs (RFC 9162 §2.1.2–2.1.4) from an <see cref="IHashSource"/>.
/// Each call makes one read of about log2(n) subtree hashes and hashes about as many nodes.
/// Proofs are returned as the concatenated <see cref="MerkleHash.Size"/>-byte hashes, in the
/// order the RFC lists them.
/// </summary>
public sealed class MerkleProofBuilder
{
    private readonly IHashSource _source;

    /// <summary>Creates a builder reading from <paramref name="source"/>.</summary>
    public MerkleProofBuilder(IHashSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
    }

    /// <summary>MTH(D[0:n]), the root hash of the tree of the first <paramref name="treeSize"/> entries.</summary>
    public async ValueTask<byte[]> GetRootHashAsync(long treeSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(treeSize);
        if (treeSize == 0)
        {
            return MerkleHash.EmptyRoot.ToArray();
        }

        return await ResolveAsync(ProofPlan.ForRoot(treeSize), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>PATH(m, D[0:n]): the inclusion proof of entry <paramref name="index"/> in the tree of <paramref name="treeSize"/> entries.</summary>
    public ValueTask<byte[]> GetInclusionProofAsync(long index, long treeSize, CancellationToken cancellationToken = default)
    {
        MerkleVerifier.CheckInclusionArguments(index, treeSize);
        return ResolveAsync(ProofPlan.ForInclusion(index, treeSize), cancellationToken);
    }

    /// <summary>
    /// PROOF(m, D[0:n]): the consistency proof that the tree of <paramref name="size2"/> entries
    /// extends the tree of <paramref name="size1"/> entries. Empty when m = 0 or m = n.
    /// </summary>
    public ValueTask<byte[]> GetConsistencyProofAsync(long size1, long size2, CancellationToken cancellationToken = default)
    {
        MerkleVerifier.CheckConsistencyArguments(size1, size2);
        if (size1 == 0 || size1 == size2)
        {
            return ValueTask.FromResult(Array.Empty<byte>());
        }

        return ResolveAsync(ProofPlan.ForConsistency(size1, size2), cancellationToken);
    }

    private async ValueTask<byte[]> ResolveAsync(ProofPlan plan, CancellationToken cancellationToken)
    {
        var hashes = new byte[plan.Subtrees.Length * MerkleHash.Size];
        await _source.ReadSubtreeHashesAsync(plan.Subtrees, hashes, cancellationToken).ConfigureAwait(false);
        return Fold(plan, hashes);
    }

    private static byte[] Fold(ProofPlan plan, byte[] subtreeHashes)
    {
        var result = new byte[plan.RangeCount * MerkleHash.Size];
        for (var range = 0; range < plan.RangeCount; range++)
        {
            var (first, count) = plan.SubtreesOf(range);
            MerkleHash.FoldRight(subtreeHashes.AsSpan(first * MerkleHash.Size, count * MerkleHash.Size), result.AsSpan(range * MerkleHash.Size, MerkleHash.Size));
        }

        return result;
    }
}
