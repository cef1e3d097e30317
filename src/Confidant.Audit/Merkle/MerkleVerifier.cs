namespace Confidant.Audit.Merkle;

/// <summary>
/// Checks inclusion and consistency proofs (RFC 9162 §2.1.3.2 and §2.1.4.2) with nothing but the
/// proof, the sizes and the hashes: what an auditor runs. A proof is the concatenation of its
/// <see cref="MerkleHash.Size"/>-byte hashes. Malformed input (a hash of the wrong length, an
/// index outside the tree, a first size larger than the second) throws
/// <see cref="ArgumentException"/>; well-formed input that does not prove the claim returns false.
/// </summary>
public static class MerkleVerifier
{
    /// <summary>True when <paramref name="proof"/> shows that the leaf hash is entry <paramref name="index"/> of the tree of <paramref name="treeSize"/> entries with root <paramref name="rootHash"/>.</summary>
    public static bool VerifyInclusion(ReadOnlySpan<byte> leafHash, long index, long treeSize, ReadOnlySpan<byte> proof, ReadOnlySpan<byte> rootHash)
    {
        CheckInclusionArguments(index, treeSize);
        MerkleHash.CheckHash(leafHash, nameof(leafHash));
        MerkleHash.CheckHash(rootHash, nameof(rootHash));
        CheckProof(proof);

        var fn = index;
        var sn = treeSize - 1;
        Span<byte> r = stackalloc byte[MerkleHash.Size];
        leafHash.CopyTo(r);
        for (var offset = 0; offset < proof.Length; offset += MerkleHash.Size)
        {
            var p = proof.Slice(offset, MerkleHash.Size);
            if (sn == 0)
            {
                return false; // longer than the path to the root
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                MerkleHash.HashChildren(p, r, r);
                if ((fn & 1) == 0)
                {
                    // fn is the last node of its level with no right sibling: climb until it is a right child.
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            }
            else
            {
                MerkleHash.HashChildren(r, p, r);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && r.SequenceEqual(rootHash);
    }

    /// <summary>
    /// True when <paramref name="proof"/> shows that the tree of <paramref name="size2"/> entries
    /// with root <paramref name="rootHash2"/> extends the tree of <paramref name="size1"/> entries
    /// with root <paramref name="rootHash1"/>. When m = n the proof must be empty and the roots
    /// equal; when m = 0 the proof must be empty and the first root the empty tree's.
    /// </summary>
    public static bool VerifyConsistency(long size1, long size2, ReadOnlySpan<byte> rootHash1, ReadOnlySpan<byte> rootHash2, ReadOnlySpan<byte> proof)
    {
        CheckConsistencyArguments(size1, size2);
        MerkleHash.CheckHash(rootHash1, nameof(rootHash1));
        MerkleHash.CheckHash(rootHash2, nameof(rootHash2));
        CheckProof(proof);

        if (size1 == 0)
        {
            return proof.IsEmpty && rootHash1.SequenceEqual(MerkleHash.EmptyRoot);
        }

        if (size1 == size2)
        {
            return proof.IsEmpty && rootHash1.SequenceEqual(rootHash2);
        }

        if (proof.IsEmpty)
        {
            return false;
        }

        // When m is a power of two the old root is a node of the new tree and the proof omits it.
        var offset = 0;
        Span<byte> fr = stackalloc byte[MerkleHash.Size];
        Span<byte> sr = stackalloc byte[MerkleHash.Size];
        if ((size1 & (size1 - 1)) == 0)
        {
            rootHash1.CopyTo(fr);
        }
        else
        {
            proof[..MerkleHash.Size].CopyTo(fr);
            offset = MerkleHash.Size;
        }

        fr.CopyTo(sr);
        var fn = size1 - 1;
        var sn = size2 - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        for (; offset < proof.Length; offset += MerkleHash.Size)
        {
            var c = proof.Slice(offset, MerkleHash.Size);
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                MerkleHash.HashChildren(c, fr, fr);
                MerkleHash.HashChildren(c, sr, sr);
                if ((fn & 1) == 0)
                {
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            }
            else
            {
                MerkleHash.HashChildren(sr, c, sr);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && fr.SequenceEqual(rootHash1) && sr.SequenceEqual(rootHash2);
    }

    internal static void CheckInclusionArguments(long index, long treeSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegative(treeSize);
        if (index >= treeSize)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Entry {index} is not in a tree of {treeSize} entries (indexes run from 0 to size - 1).");
        }
    }

    internal static void CheckConsistencyArguments(long size1, long size2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size1);
        ArgumentOutOfRangeException.ThrowIfNegative(size2);
        if (size1 > size2)
        {
            throw new ArgumentOutOfRangeException(nameof(size1), size1, $"The first tree ({size1} entries) cannot be larger than the second ({size2}).");
        }
    }

    private static void CheckProof(ReadOnlySpan<byte> proof)
    {
        if (proof.Length % MerkleHash.Size != 0)
        {
            throw new ArgumentException($"A proof is a whole number of {MerkleHash.Size}-byte hashes; this one is {proof.Length} bytes.", nameof(proof));
        }
    }
}
