using Confidant.Audit.Merkle;

namespace Confidant.Audit.Tests;

public sealed class EdgeCaseTests
{
    private static readonly byte[] SomeHash = MerkleHash.HashLeaf("some entry"u8);

    [Fact]
    public async Task RootHash_OfTheEmptyTree_IsTheEmptyRoot_EvenWithNoEntries()
    {
        var builder = new MerkleProofBuilder(new InMemoryHashSource());

        Assert.Equal(MerkleHash.EmptyRoot.ToArray(), await builder.GetRootHashAsync(0));
    }

    [Fact]
    public async Task TreeOfOneEntry_HasItsLeafHashAsRoot_AndAnEmptyInclusionProof()
    {
        var source = new InMemoryHashSource();
        source.Append("only"u8);
        var builder = new MerkleProofBuilder(source);
        var leaf = MerkleHash.HashLeaf("only"u8);

        var root = await builder.GetRootHashAsync(1);
        var proof = await builder.GetInclusionProofAsync(0, 1);

        Assert.Equal(leaf, root);
        Assert.Empty(proof);
        Assert.True(MerkleVerifier.VerifyInclusion(leaf, 0, 1, proof, root));
        Assert.False(MerkleVerifier.VerifyInclusion(SomeHash, 0, 1, proof, root));
    }

    [Fact]
    public async Task ConsistencyProof_BetweenEqualSizes_IsEmpty_AndHoldsOnlyForEqualRoots()
    {
        var builder = new MerkleProofBuilder(ReferenceVectors.Source());

        var proof = await builder.GetConsistencyProofAsync(5, 5);

        Assert.Empty(proof);
        Assert.True(MerkleVerifier.VerifyConsistency(5, 5, ReferenceVectors.Root(5), ReferenceVectors.Root(5), proof));
        Assert.False(MerkleVerifier.VerifyConsistency(5, 5, ReferenceVectors.Root(5), ReferenceVectors.Root(6), proof));
        Assert.False(MerkleVerifier.VerifyConsistency(5, 5, ReferenceVectors.Root(5), ReferenceVectors.Root(5), SomeHash));
    }

    [Fact]
    public async Task ConsistencyProof_FromTheEmptyTree_IsEmpty_AndNeedsTheEmptyRoot()
    {
        var builder = new MerkleProofBuilder(ReferenceVectors.Source());

        var proof = await builder.GetConsistencyProofAsync(0, 8);

        Assert.Empty(proof);
        Assert.True(MerkleVerifier.VerifyConsistency(0, 8, MerkleHash.EmptyRoot, ReferenceVectors.Root(8), proof));
        Assert.True(MerkleVerifier.VerifyConsistency(0, 0, MerkleHash.EmptyRoot, MerkleHash.EmptyRoot, proof));
        Assert.False(MerkleVerifier.VerifyConsistency(0, 8, ReferenceVectors.Root(1), ReferenceVectors.Root(8), proof));
        Assert.False(MerkleVerifier.VerifyConsistency(0, 8, MerkleHash.EmptyRoot, ReferenceVectors.Root(8), SomeHash));
    }

    [Fact]
    public void ConsistencyProof_ThatIsEmptyBetweenDifferentSizes_Fails()
    {
        Assert.False(MerkleVerifier.VerifyConsistency(1, 2, ReferenceVectors.Root(1), ReferenceVectors.Root(2), []));
    }

    [Theory]
    [InlineData(8, 8)]
    [InlineData(9, 8)]
    [InlineData(0, 0)]
    [InlineData(-1, 8)]
    public async Task InclusionProof_ForAnIndexOutsideTheTree_ThrowsArgumentOutOfRange(long index, long size)
    {
        var builder = new MerkleProofBuilder(ReferenceVectors.Source());

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await builder.GetInclusionProofAsync(index, size));
        Assert.Throws<ArgumentOutOfRangeException>(() => MerkleVerifier.VerifyInclusion(SomeHash, index, size, [], SomeHash));
    }

    [Fact]
    public void InclusionProof_ForAnIndexOutsideTheTree_SaysWhichIndexAndSize()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => MerkleVerifier.VerifyInclusion(SomeHash, 8, 8, [], SomeHash));

        Assert.Equal("index", error.ParamName);
        Assert.Contains("tree of 8 entries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsistencyProof_FromALargerToASmallerTree_ThrowsArgumentOutOfRange()
    {
        var builder = new MerkleProofBuilder(ReferenceVectors.Source());

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await builder.GetConsistencyProofAsync(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => MerkleVerifier.VerifyConsistency(5, 4, SomeHash, SomeHash, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => MerkleVerifier.VerifyConsistency(-1, 4, SomeHash, SomeHash, []));
    }

    [Fact]
    public async Task Proofs_ForATreeLargerThanTheSourceHolds_ThrowArgumentOutOfRange()
    {
        var builder = new MerkleProofBuilder(ReferenceVectors.Source());

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await builder.GetRootHashAsync(9));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await builder.GetInclusionProofAsync(0, 9));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await builder.GetConsistencyProofAsync(3, 9));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(33)]
    public void Verification_WithAHashOfTheWrongLength_ThrowsArgumentException(int length)
    {
        var wrong = new byte[length];

        Assert.Throws<ArgumentException>(() => MerkleVerifier.VerifyInclusion(wrong, 0, 1, [], SomeHash));
        Assert.Throws<ArgumentException>(() => MerkleVerifier.VerifyInclusion(SomeHash, 0, 1, [], wrong));
        Assert.Throws<ArgumentException>(() => MerkleVerifier.VerifyConsistency(1, 2, wrong, SomeHash, SomeHash));
        Assert.Throws<ArgumentException>(() => MerkleVerifier.VerifyConsistency(1, 2, SomeHash, wrong, SomeHash));
    }

    [Fact]
    public void Verification_WithAProofThatIsNotWholeHashes_ThrowsArgumentException()
    {
        var ragged = new byte[MerkleHash.Size + 1];

        var error = Assert.Throws<ArgumentException>(() => MerkleVerifier.VerifyInclusion(SomeHash, 0, 2, ragged, SomeHash));
        Assert.Equal("proof", error.ParamName);
        Assert.Throws<ArgumentException>(() => MerkleVerifier.VerifyConsistency(1, 2, SomeHash, SomeHash, ragged));
    }

    [Fact]
    public void Subtree_ThatIsNotAlignedToItsSize_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new Subtree(6, 2));
        Assert.Equal(12, new Subtree(8, 2).End);
    }

    [Fact]
    public void AppendLeafHash_OfTheWrongLength_ThrowsArgumentException()
    {
        var source = new InMemoryHashSource();

        Assert.Throws<ArgumentException>(() => source.AppendLeafHash(new byte[31]));
        Assert.Equal(0, source.Count);
    }

    [Fact]
    public void HashChildren_IsSha256OfOneThenLeftThenRight()
    {
        var left = MerkleHash.HashLeaf([]);
        var right = MerkleHash.HashLeaf([0x00]);
        var node = new byte[MerkleHash.Size];

        MerkleHash.HashChildren(left, right, node);

        Assert.Equal(RfcDefinitions.Node(left, right), node);
        Assert.Equal(ReferenceVectors.Roots[2], Convert.ToHexStringLower(node));
    }
}
