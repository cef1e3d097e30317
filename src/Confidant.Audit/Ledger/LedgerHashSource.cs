using Confidant.Audit.Merkle;

namespace Confidant.Audit.Ledger;

/// <summary>The stored subtree hashes as an <see cref="IHashSource"/>: one query per proof.</summary>
internal sealed class LedgerHashSource : IHashSource
{
    private readonly LedgerStore _store;

    public LedgerHashSource(LedgerStore store) => _store = store;

    public async ValueTask ReadSubtreeHashesAsync(ReadOnlyMemory<Subtree> subtrees, Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        var hashes = await _store.ReadHashesAsync(subtrees.ToArray(), cancellationToken).ConfigureAwait(false);
        hashes.CopyTo(destination);
    }
}
