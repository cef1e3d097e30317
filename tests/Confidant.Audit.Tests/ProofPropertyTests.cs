using Confidant.Audit.Merkle;

namespace Confidant.Audit.Tests;

/// <summary>
/// For many tree sizes, every root and proof the library computes equals the RFC's recursive
/// definition (<see cref="RfcDefinitions"/>), verifies, and stops verifying when any input is
/// changed.
/// </summary>
public sealed class ProofPropertyTests
{
    public static TheoryData<int> Sizes() => TreeSizes.All();

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task RootHash_ForEverySize_EqualsTheRfcDefinition(int size)
    {
        var leaves = TreeSizes.LeafHashes(size);
        var builder = new MerkleProofBuilder(Source(leaves));

        for (var n = 0; n <= size; n += Math.Max(1, size / 16))
        {
            Assert.Equal(RfcDefinitions.Mth(leaves[..n]), await builder.GetRootHashAsync(n));
        }

        Assert.Equal(RfcDefinitions.Mth(leaves), await builder.GetRootHashAsync(size));
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task InclusionProof_ForEveryIndex_IsTheRfcPath_Verifies_AndFailsWhenAnyInputChanges(int size)
    {
        var leaves = TreeSizes.LeafHashes(size);
        var builder = new MerkleProofBuilder(Source(leaves));
        var root = RfcDefinitions.Mth(leaves);
        var random = new Random(TreeSizes.Seed ^ size);

        for (var index = 0; index < size; index++)
        {
            var proof = await builder.GetInclusionProofAsync(index, size);
            var leaf = leaves[index];

            Assert.Equal(Concat(RfcDefinitions.Path(index, leaves)), proof);
            Assert.True(MerkleVerifier.VerifyInclusion(leaf, index, size, proof, root), $"index {index}");

            if (size > 1)
            {
                Assert.False(MerkleVerifier.VerifyInclusion(leaf, (index + 1) % size, size, proof, root), $"wrong index for {index}");
                Assert.False(MerkleVerifier.VerifyInclusion(leaf, (index + size - 1) % size, size, proof, root), $"wrong index for {index}");
                Assert.False(MerkleVerifier.VerifyInclusion(leaves[(index + 1) % size], index, size, proof, root), $"wrong leaf for {index}");
            }

            foreach (var wrongSize in new[] { size - 1, size + 1, size * 2, size / 2 })
            {
                // A size whose path has the same shape is indistinguishable by the proof alone.
                if (index < wrongSize && RfcDefinitions.PathShape(index, wrongSize) != RfcDefinitions.PathShape(index, size))
                {
                    Assert.False(MerkleVerifier.VerifyInclusion(leaf, index, wrongSize, proof, root), $"size {wrongSize} for {index}");
                }
            }

            Assert.False(MerkleVerifier.VerifyInclusion(leaf, index, size, proof, FlipBit(root, random)), $"wrong root for {index}");
            Assert.False(MerkleVerifier.VerifyInclusion(FlipBit(leaf, random), index, size, proof, root), $"flipped leaf for {index}");
            for (var i = 0; i < proof.Length; i += MerkleHash.Size)
            {
                Assert.False(MerkleVerifier.VerifyInclusion(leaf, index, size, FlipBit(proof, random, i), root), $"flipped proof hash at byte {i} for {index}");
            }

            if (proof.Length > 0)
            {
                Assert.False(MerkleVerifier.VerifyInclusion(leaf, index, size, proof.AsSpan(MerkleHash.Size), root), $"shortened proof for {index}");
            }

            Assert.False(MerkleVerifier.VerifyInclusion(leaf, index, size, [.. proof, .. root], root), $"lengthened proof for {index}");
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task ConsistencyProof_ForEveryOlderSize_IsTheRfcProof_Verifies_AndFailsWhenAnyInputChanges(int size)
    {
        var leaves = TreeSizes.LeafHashes(size);
        var builder = new MerkleProofBuilder(Source(leaves));
        var root2 = RfcDefinitions.Mth(leaves);
        var random = new Random(TreeSizes.Seed ^ (size * 31));

        for (var m = 0; m <= size; m++)
        {
            var proof = await builder.GetConsistencyProofAsync(m, size);
            var root1 = RfcDefinitions.Mth(leaves[..m]);

            Assert.Equal(m == 0 ? [] : Concat(RfcDefinitions.Proof(m, leaves)), proof);
            Assert.True(MerkleVerifier.VerifyConsistency(m, size, root1, root2, proof), $"from {m}");

            Assert.False(MerkleVerifier.VerifyConsistency(m, size, FlipBit(root1, random), root2, proof), $"wrong first root from {m}");
            if (m > 0)
            {
                // The empty tree is a prefix of every tree: from m = 0 there is nothing about the second tree to check.
                Assert.False(MerkleVerifier.VerifyConsistency(m, size, root1, FlipBit(root2, random), proof), $"wrong second root from {m}");
            }

            foreach (var (m2, n2) in new[] { (m - 1, size), (m + 1, size), (m, size + 1), (m, size - 1), (m, size * 2) })
            {
                // As for inclusion, sizes whose proofs have the same shape cannot be told apart by the proof.
                if (m2 >= 0 && m2 <= n2 && !(m == 0 && m2 == 0) && Shape(m2, n2) != Shape(m, size))
                {
                    Assert.False(MerkleVerifier.VerifyConsistency(m2, n2, root1, root2, proof), $"sizes {m2}, {n2} for {m}, {size}");
                }
            }

            for (var i = 0; i < proof.Length; i += MerkleHash.Size)
            {
                Assert.False(MerkleVerifier.VerifyConsistency(m, size, root1, root2, FlipBit(proof, random, i)), $"flipped proof hash at byte {i} from {m}");
            }

            if (proof.Length > 0)
            {
                Assert.False(MerkleVerifier.VerifyConsistency(m, size, root1, root2, proof.AsSpan(MerkleHash.Size)), $"shortened proof from {m}");
            }

            Assert.False(MerkleVerifier.VerifyConsistency(m, size, root1, root2, [.. proof, .. root2]), $"lengthened proof from {m}");
        }
    }

    internal static InMemoryHashSource Source(IEnumerable<byte[]> leafHashes)
    {
        var source = new InMemoryHashSource();
        foreach (var leaf in leafHashes)
        {
            source.AppendLeafHash(leaf);
        }

        return source;
    }

    private static string Shape(long m, long n) => m == 0 ? "" : RfcDefinitions.ProofShape(m, n);

    private static byte[] Concat(List<byte[]> hashes) => [.. hashes.SelectMany(h => h)];

    /// <summary>A copy with one random bit flipped, within the hash that starts at <paramref name="hashStart"/>.</summary>
    private static byte[] FlipBit(byte[] value, Random random, int hashStart = 0)
    {
        var copy = (byte[])value.Clone();
        var bit = random.Next(MerkleHash.Size * 8);
        copy[hashStart + (bit / 8)] ^= (byte)(1 << (bit % 8));
        return copy;
    }
}
