using System.Numerics;
using Confidant.Audit.Merkle;

namespace Confidant.Audit.Verification;

/// <summary>
/// The leaf hashes a checkpoint committed to, as far as they can be established from what is
/// stored: either the leaf hashes stored beside the entries (trusted as a whole when they build the
/// checkpoint's root), or the stored subtree hashes, each trusted only when it and its sibling hash
/// to an already trusted parent, walking down from the checkpoint's root.
/// </summary>
internal abstract class TrustedLeaves
{
    protected TrustedLeaves(TrustedCheckpoint checkpoint) => Checkpoint = checkpoint;

    protected TrustedCheckpoint Checkpoint { get; }

    /// <summary>The stored leaf hashes, when they build the checkpoint's root; otherwise null.</summary>
    public static TrustedLeaves? FromStoredLeaves(InMemoryHashSource? stored, TrustedCheckpoint checkpoint) =>
        stored is not null && stored.Count >= checkpoint.Size && LedgerVerifier.Root(stored, checkpoint.Size).AsSpan().SequenceEqual(checkpoint.RootHash)
            ? new StoredLeafList(stored, checkpoint)
            : null;

    /// <summary>The stored subtree hashes, when the top of the stored tree builds the checkpoint's root; otherwise null.</summary>
    public static async Task<TrustedLeaves?> FromStoredTreeAsync(LedgerVerifier.StoredHashReader? reader, TrustedCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        if (reader is null || checkpoint.Size == 0)
        {
            return null;
        }

        var tree = new StoredTree(reader, checkpoint);
        var top = await tree.TryReadAsync(Subtree.Cover(0, checkpoint.Size), cancellationToken).ConfigureAwait(false);
        return top is not null && Fold(top).AsSpan().SequenceEqual(checkpoint.RootHash) ? tree : null;
    }

    /// <summary>
    /// The first position from <paramref name="from"/> whose recomputed leaf is not the committed
    /// one (the recomputed count when every entry present matches but some are missing), as a range
    /// of one entry, or of the few entries under the lowest stored hash that could still be trusted
    /// when the leaf hashes stored beside the entries were rewritten too; null when the stored hashes
    /// stop being trustworthy higher up.
    /// </summary>
    public abstract Task<Mismatch?> FirstMismatchAsync(InMemoryHashSource recomputed, long from, CancellationToken cancellationToken);

    /// <summary>The committed leaf hash at <paramref name="index"/>, or null when it cannot be established.</summary>
    public abstract Task<byte[]?> LeafAsync(long index, CancellationToken cancellationToken);

    /// <summary>Folds consecutive subtree hashes from the right into the hash of their range.</summary>
    private static byte[] Fold(ReadOnlySpan<byte> hashes)
    {
        var result = new byte[MerkleHash.Size];
        MerkleHash.FoldRight(hashes, result);
        return result;
    }

    /// <summary>Where the first difference is: one entry (<c>End = Start + 1</c>, with its committed leaf hash) or a few neighbours.</summary>
    internal sealed record Mismatch(long Start, long End, byte[]? Hash);

    private sealed class StoredLeafList(InMemoryHashSource stored, TrustedCheckpoint checkpoint) : TrustedLeaves(checkpoint)
    {
        public override Task<Mismatch?> FirstMismatchAsync(InMemoryHashSource recomputed, long from, CancellationToken cancellationToken)
        {
            var end = Math.Min(recomputed.Count, Checkpoint.Size);
            for (var i = from; i < end; i++)
            {
                var committed = LedgerVerifier.Leaf(stored, i);
                if (!LedgerVerifier.Leaf(recomputed, i).AsSpan().SequenceEqual(committed))
                {
                    return Task.FromResult<Mismatch?>(new Mismatch(i, i + 1, committed));
                }
            }

            return Task.FromResult<Mismatch?>(new Mismatch(end, end + 1, null));
        }

        public override Task<byte[]?> LeafAsync(long index, CancellationToken cancellationToken) =>
            Task.FromResult<byte[]?>(LedgerVerifier.Leaf(stored, index));
    }

    private sealed class StoredTree(LedgerVerifier.StoredHashReader reader, TrustedCheckpoint checkpoint) : TrustedLeaves(checkpoint)
    {
        public override Task<Mismatch?> FirstMismatchAsync(InMemoryHashSource recomputed, long from, CancellationToken cancellationToken) =>
            DescendAsync(left => left.Subtree.End > recomputed.Count || !recomputed.GetSubtreeHash(left.Subtree).SequenceEqual(left.StoredHash), cancellationToken);

        public override async Task<byte[]?> LeafAsync(long index, CancellationToken cancellationToken)
        {
            var found = await DescendAsync(left => index < left.Subtree.End, cancellationToken).ConfigureAwait(false);
            return found is { Start: var start, End: var end } && start == index && end == index + 1 ? found.Hash : null;
        }

        public async Task<byte[]?> TryReadAsync(IReadOnlyList<Subtree> subtrees, CancellationToken cancellationToken)
        {
            try
            {
                return await reader(subtrees, cancellationToken).ConfigureAwait(false);
            }
            catch (AuditException)
            {
                return null; // a stored hash is missing or malformed
            }
        }

        /// <summary>
        /// Walks from the checkpoint's root towards one leaf, taking the left half when
        /// <paramref name="goLeftWhen"/> says so; every stored pair on the way must hash to the
        /// trusted parent. Returns the leaf with its committed hash; or, when the stored pair that
        /// fails involves leaf hashes (which sit beside the entries and may have been rewritten
        /// with them), the range under the last trusted hash; or null when a pair higher up fails.
        /// </summary>
        private async Task<Mismatch?> DescendAsync(Func<(Subtree Subtree, byte[] StoredHash), bool> goLeftWhen, CancellationToken cancellationToken)
        {
            var lo = 0L;
            var hi = Checkpoint.Size;
            var trusted = Checkpoint.RootHash;
            while (hi - lo > 1)
            {
                var k = ProofPlan.LargestPowerOfTwoBelow(hi - lo);
                var left = new Subtree(lo, BitOperations.Log2((ulong)k));
                List<Subtree> pair = [left, .. Subtree.Cover(lo + k, hi)];
                var hashes = await TryReadAsync(pair, cancellationToken).ConfigureAwait(false);
                var readsLeaves = pair.Exists(s => s.Level == 0);
                if (hashes is null)
                {
                    return readsLeaves ? new Mismatch(lo, hi, null) : null;
                }

                var storedLeft = hashes.AsSpan(0, MerkleHash.Size).ToArray();
                var storedRight = Fold(hashes.AsSpan(MerkleHash.Size));
                var parent = new byte[MerkleHash.Size];
                MerkleHash.HashChildren(storedLeft, storedRight, parent);
                if (!parent.AsSpan().SequenceEqual(trusted))
                {
                    return readsLeaves ? new Mismatch(lo, hi, null) : null;
                }

                if (goLeftWhen((left, storedLeft)))
                {
                    (hi, trusted) = (lo + k, storedLeft);
                }
                else
                {
                    (lo, trusted) = (lo + k, storedRight);
                }
            }

            return new Mismatch(lo, hi, trusted);
        }
    }
}
