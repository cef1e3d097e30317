using Confidant.Audit.Merkle;

namespace Confidant.Audit.Tests;

/// <summary>
/// Every tree size from 1 to 257, not a sample: every inclusion proof (every index) and every
/// consistency proof (every m ≤ n) verifies against roots computed from the RFC's definition, and
/// for each size a single flipped bit anywhere in the leaf, the roots or the proof of one inclusion
/// and one consistency proof makes it fail. (ProofPropertyTests flips every bit of every proof for
/// a sample of sizes.)
/// </summary>
public sealed class EverySizeTests
{
    private const int MaxSize = 257;

    [Fact]
    public async Task EveryInclusionAndConsistencyProof_ForEverySizeUpTo257_Verifies()
    {
        var leaves = TreeSizes.LeafHashes(MaxSize);
        var source = new InMemoryHashSource();
        var builder = new MerkleProofBuilder(source);
        var roots = new List<byte[]> { MerkleHash.EmptyRoot.ToArray() };
        for (var n = 1; n <= MaxSize; n++)
        {
            source.AppendLeafHash(leaves[n - 1]);
            roots.Add(RfcDefinitions.Mth(leaves[..n]));
            Assert.Equal(roots[n], await builder.GetRootHashAsync(n));
        }

        for (var n = 1; n <= MaxSize; n++)
        {
            for (var i = 0; i < n; i++)
            {
                var inclusion = await builder.GetInclusionProofAsync(i, n);
                Assert.True(MerkleVerifier.VerifyInclusion(leaves[i], i, n, inclusion, roots[n]), $"inclusion {i} in {n}");
            }

            for (var m = 0; m <= n; m++)
            {
                var consistency = await builder.GetConsistencyProofAsync(m, n);
                Assert.True(MerkleVerifier.VerifyConsistency(m, n, roots[m], roots[n], consistency), $"consistency {m} to {n}");
            }
        }
    }

    [Fact]
    public async Task ForEverySizeUpTo257_AnySingleFlippedBit_MakesAProofFail()
    {
        var leaves = TreeSizes.LeafHashes(MaxSize);
        var source = new InMemoryHashSource();
        var builder = new MerkleProofBuilder(source);
        for (var n = 1; n <= MaxSize; n++)
        {
            source.AppendLeafHash(leaves[n - 1]);
            var root = RfcDefinitions.Mth(leaves[..n]);
            var index = (n * 7) % n; // a different position for each size
            var proof = await builder.GetInclusionProofAsync(index, n);
            foreach (var (leaf, flippedRoot, flippedProof) in Flips(leaves[index], root, proof))
            {
                Assert.False(MerkleVerifier.VerifyInclusion(leaf, index, n, flippedProof, flippedRoot), $"inclusion {index} in {n} held after a flip");
            }

            var m = Math.Max(1, n / 3);
            var oldRoot = RfcDefinitions.Mth(leaves[..m]);
            var consistency = await builder.GetConsistencyProofAsync(m, n);
            foreach (var (first, second, flippedProof) in Flips(oldRoot, root, consistency))
            {
                Assert.False(MerkleVerifier.VerifyConsistency(m, n, first, second, flippedProof), $"consistency {m} to {n} held after a flip");
            }
        }
    }

    /// <summary>Each input with exactly one bit flipped, the others unchanged.</summary>
    private static IEnumerable<(byte[] A, byte[] B, byte[] Proof)> Flips(byte[] a, byte[] b, byte[] proof)
    {
        for (var bit = 0; bit < a.Length * 8; bit++)
        {
            yield return (Flip(a, bit), b, proof);
        }

        for (var bit = 0; bit < b.Length * 8; bit++)
        {
            yield return (a, Flip(b, bit), proof);
        }

        for (var bit = 0; bit < proof.Length * 8; bit++)
        {
            yield return (a, b, Flip(proof, bit));
        }
    }

    private static byte[] Flip(byte[] value, int bit)
    {
        var copy = value.ToArray();
        copy[bit / 8] ^= (byte)(1 << (bit % 8));
        return copy;
    }
}
