using System.Security.Cryptography;
using Confidant.Audit.Merkle;

namespace Confidant.Audit.Tests;

/// <summary>The published RFC 6962 reference vectors (see <see cref="ReferenceVectors"/>).</summary>
public sealed class ReferenceVectorTests
{
    public static TheoryData<int> Sizes() => [0, 1, 2, 3, 4, 5, 6, 7, 8];

    public static TheoryData<long, long, string> InclusionProofs() => ReferenceVectors.InclusionProofs();

    public static TheoryData<long, long, string> ConsistencyProofs() => ReferenceVectors.ConsistencyProofs();

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task RootHash_OfTheFirstNReferenceEntries_IsThePublishedTreeHead(int size)
    {
        var builder = new MerkleProofBuilder(ReferenceVectors.Source());

        var root = await builder.GetRootHashAsync(size);

        Assert.Equal(ReferenceVectors.Roots[size], Convert.ToHexStringLower(root));
    }

    [Fact]
    public void EmptyRoot_IsSha256OfNothing()
    {
        Assert.Equal(SHA256.HashData([]), MerkleHash.EmptyRoot.ToArray());
        Assert.Equal(ReferenceVectors.Roots[0], Convert.ToHexStringLower(MerkleHash.EmptyRoot));
    }

    [Fact]
    public void LeafHash_OfTheEmptyEntry_IsTheTreeHeadOfSizeOne()
    {
        Assert.Equal(ReferenceVectors.Roots[1], Convert.ToHexStringLower(MerkleHash.HashLeaf([])));
    }

    [Fact]
    public void LeafHash_OfALargeEntry_MatchesTheDefinition()
    {
        var entry = new byte[5000];
        new Random(7).NextBytes(entry);

        Assert.Equal(RfcDefinitions.Leaf(entry), MerkleHash.HashLeaf(entry));
    }

    [Theory]
    [MemberData(nameof(InclusionProofs))]
    public async Task InclusionProof_ForAPublishedVector_IsThePublishedProof(long index, long size, string proofHex)
    {
        var builder = new MerkleProofBuilder(ReferenceVectors.Source());

        var proof = await builder.GetInclusionProofAsync(index, size);

        Assert.Equal(proofHex, Convert.ToHexStringLower(proof));
    }

    [Theory]
    [MemberData(nameof(InclusionProofs))]
    public void PublishedInclusionProof_Verifies_AndEveryCorruptionOfItFails(long index, long size, string proofHex)
    {
        var proof = Convert.FromHexString(proofHex);
        var leaf = MerkleHash.HashLeaf(ReferenceVectors.Entries[index]);
        var root = ReferenceVectors.Root(size);

        Assert.True(MerkleVerifier.VerifyInclusion(leaf, index, size, proof, root));

        foreach (var (wrongIndex, wrongSize) in new[] { (index - 1, size), (index + 1, size), (index ^ 2, size), (index, size * 2), (index, size / 2) })
        {
            if (wrongIndex >= 0 && wrongIndex < wrongSize)
            {
                Assert.False(MerkleVerifier.VerifyInclusion(leaf, wrongIndex, wrongSize, proof, root), $"index {wrongIndex}, size {wrongSize}");
            }
        }

        Assert.False(MerkleVerifier.VerifyInclusion(SHA256.HashData("WrongLeaf"u8), index, size, proof, root));
        Assert.False(MerkleVerifier.VerifyInclusion(leaf, index, size, proof, MerkleHash.EmptyRoot));
        Assert.False(MerkleVerifier.VerifyInclusion(leaf, index, size, [.. proof, .. root], root));
        Assert.False(MerkleVerifier.VerifyInclusion(leaf, index, size, [.. root, .. proof], root));
        for (var i = 0; i < proof.Length; i += MerkleHash.Size)
        {
            var flipped = (byte[])proof.Clone();
            flipped[i] ^= 8;
            Assert.False(MerkleVerifier.VerifyInclusion(leaf, index, size, flipped, root));
        }

        if (proof.Length > 0)
        {
            Assert.False(MerkleVerifier.VerifyInclusion(leaf, index, size, proof.AsSpan(0, proof.Length - MerkleHash.Size), root));
        }
    }

    [Theory]
    [MemberData(nameof(ConsistencyProofs))]
    public async Task ConsistencyProof_ForAPublishedVector_IsThePublishedProof(long size1, long size2, string proofHex)
    {
        var builder = new MerkleProofBuilder(ReferenceVectors.Source());

        var proof = await builder.GetConsistencyProofAsync(size1, size2);

        Assert.Equal(proofHex, Convert.ToHexStringLower(proof));
    }

    [Theory]
    [MemberData(nameof(ConsistencyProofs))]
    public void PublishedConsistencyProof_Verifies_AndEveryCorruptionOfItFails(long size1, long size2, string proofHex)
    {
        var proof = Convert.FromHexString(proofHex);
        var root1 = ReferenceVectors.Root(size1);
        var root2 = ReferenceVectors.Root(size2);

        Assert.True(MerkleVerifier.VerifyConsistency(size1, size2, root1, root2, proof));
        if (proof.Length == 0)
        {
            return;
        }

        foreach (var (m, n) in new[] { (size1 - 1, size2), (size1 + 1, size2), (size1 ^ 2, size2), (size1, size2 * 2), (size1, size2 / 2) })
        {
            if (m >= 0 && m <= n)
            {
                Assert.False(MerkleVerifier.VerifyConsistency(m, n, root1, root2, proof), $"sizes {m}, {n}");
            }
        }

        Assert.False(MerkleVerifier.VerifyConsistency(size1, size2, SHA256.HashData("WrongRoot"u8), root2, proof));
        Assert.False(MerkleVerifier.VerifyConsistency(size1, size2, root1, SHA256.HashData("WrongRoot"u8), proof));
        Assert.False(MerkleVerifier.VerifyConsistency(size1, size2, root2, root1, proof));
        Assert.False(MerkleVerifier.VerifyConsistency(size1, size2, root1, root2, []));
        Assert.False(MerkleVerifier.VerifyConsistency(size1, size2, root1, root2, [.. proof, .. root1]));
        Assert.False(MerkleVerifier.VerifyConsistency(size1, size2, root1, root2, [.. proof, .. root2]));
        Assert.False(MerkleVerifier.VerifyConsistency(size1, size2, root1, root2, [.. root1, .. proof]));
        Assert.False(MerkleVerifier.VerifyConsistency(size1, size2, root1, root2, [.. root2, .. proof]));
        Assert.False(MerkleVerifier.VerifyConsistency(size1, size2, root1, root2, [.. proof.AsSpan(0, MerkleHash.Size), .. proof]));
        Assert.False(MerkleVerifier.VerifyConsistency(size1, size2, root1, root2, proof.AsSpan(0, proof.Length - MerkleHash.Size)));
        for (var i = 0; i < proof.Length; i += MerkleHash.Size)
        {
            var flipped = (byte[])proof.Clone();
            flipped[i] ^= 16;
            Assert.False(MerkleVerifier.VerifyConsistency(size1, size2, root1, root2, flipped));
        }
    }
}
