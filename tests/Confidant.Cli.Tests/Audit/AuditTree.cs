using System.Text;
using Confidant.Audit.Merkle;

namespace Confidant.Cli.Tests.Audit;

/// <summary>A log of <c>n</c> entries in memory, with hex helpers for the commands' options.</summary>
internal sealed class AuditTree
{
    private readonly MerkleProofBuilder _builder;

    public AuditTree(long size, string prefix = "entry")
    {
        var source = new InMemoryHashSource();
        for (var i = 0; i < size; i++)
        {
            source.Append(Encoding.UTF8.GetBytes($"{prefix} {i}"));
        }

        Size = size;
        Prefix = prefix;
        _builder = new MerkleProofBuilder(source);
    }

    public long Size { get; }

    public string Prefix { get; }

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    public static string ProofHex(byte[] proof) => string.Join(',', proof.Chunk(MerkleHash.Size).Select(h => Hex(h)));

    public static string FlipBit(string hex, int bit)
    {
        var bytes = Convert.FromHexString(hex.Replace(",", "", StringComparison.Ordinal));
        bytes[bit / 8] ^= (byte)(1 << (bit % 8));
        return hex.Contains(',', StringComparison.Ordinal) ? ProofHex(bytes) : Hex(bytes);
    }

    public string LeafHash(long index) => Hex(MerkleHash.HashLeaf(Encoding.UTF8.GetBytes($"{Prefix} {index}")));

    public string Root(long size) => Hex(_builder.GetRootHashAsync(size).AsTask().GetAwaiter().GetResult());

    public string InclusionProof(long index, long size) => ProofHex(_builder.GetInclusionProofAsync(index, size).AsTask().GetAwaiter().GetResult());

    public string ConsistencyProof(long size1, long size2) => ProofHex(_builder.GetConsistencyProofAsync(size1, size2).AsTask().GetAwaiter().GetResult());
}
