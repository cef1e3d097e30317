namespace Confidant.Audit.Merkle;

/// <summary>
/// Where the tree's hashes come from. The proof code asks for all the complete subtrees a proof or
/// root needs in one call (about log2 n of them), so a database-backed source answers with one
/// query over stored subtree hashes, and an in-memory source with array lookups.
/// </summary>
public interface IHashSource
{
    /// <summary>
    /// Writes the hash of each subtree in <paramref name="subtrees"/> to
    /// <paramref name="destination"/>, <see cref="MerkleHash.Size"/> bytes each, in the same
    /// order. Throws <see cref="ArgumentOutOfRangeException"/> when a subtree reaches past the
    /// entries the source holds.
    /// </summary>
    ValueTask ReadSubtreeHashesAsync(ReadOnlyMemory<Subtree> subtrees, Memory<byte> destination, CancellationToken cancellationToken = default);
}
