using BenchmarkDotNet.Attributes;
using Confidant.Audit.Merkle;

namespace Confidant.Benchmarks;

/// <summary>
/// Proofs in a log of 1,000,000 entries (not a power of two, so the ragged right edge is
/// exercised) from the in-memory source: the cost of the proof algorithms and hashing alone,
/// without storage. Each call uses the next of 64 fixed-seed random indexes / sizes.
/// </summary>
[MemoryDiagnoser]
public class MerkleBenchmarks
{
    private const int TreeSize = 1_000_000;
    private InMemoryHashSource _source = null!;
    private MerkleProofBuilder _builder = null!;
    private byte[] _root = [];
    private byte[][] _leafHashes = [];
    private long[] _indexes = [];
    private long[] _oldSizes = [];
    private byte[][] _oldRoots = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _source = new InMemoryHashSource();
        Span<byte> entry = stackalloc byte[64];
        var random = new Random(6962);
        for (var i = 0; i < TreeSize; i++)
        {
            random.NextBytes(entry);
            _source.Append(entry);
        }

        _builder = new MerkleProofBuilder(_source);
        _root = Completed(_builder.GetRootHashAsync(TreeSize));
        _indexes = [.. Enumerable.Range(0, 64).Select(_ => random.NextInt64(TreeSize))];
        _leafHashes = [.. _indexes.Select(i => _source.GetSubtreeHash(new Subtree(i, 0)).ToArray())];
        _oldSizes = [.. Enumerable.Range(0, 64).Select(_ => random.NextInt64(1, TreeSize))];
        _oldRoots = [.. _oldSizes.Select(m => Completed(_builder.GetRootHashAsync(m)))];
    }

    [Benchmark(Description = "Inclusion proof, 1M entries")]
    public byte[] InclusionProof()
    {
        var k = Next();
        return Completed(_builder.GetInclusionProofAsync(_indexes[k], TreeSize));
    }

    [Benchmark(Baseline = true, Description = "Inclusion proof + verification, 1M entries")]
    public bool InclusionProofAndVerify()
    {
        var k = Next();
        var proof = Completed(_builder.GetInclusionProofAsync(_indexes[k], TreeSize));
        return MerkleVerifier.VerifyInclusion(_leafHashes[k], _indexes[k], TreeSize, proof, _root);
    }

    [Benchmark(Description = "Consistency proof + verification, 1M entries")]
    public bool ConsistencyProofAndVerify()
    {
        var k = Next();
        var proof = Completed(_builder.GetConsistencyProofAsync(_oldSizes[k], TreeSize));
        return MerkleVerifier.VerifyConsistency(_oldSizes[k], TreeSize, _oldRoots[k], _root, proof);
    }

    [Benchmark(Description = "Root hash, 1M entries")]
    public byte[] RootHash() => Completed(_builder.GetRootHashAsync(TreeSize));

    private int Next() => _next++ & 63;

    // The in-memory source answers synchronously, so the ValueTask is complete when returned.
    private static T Completed<T>(ValueTask<T> pending) =>
        pending.IsCompletedSuccessfully ? pending.Result : throw new InvalidOperationException("The in-memory source should complete synchronously.");
}
