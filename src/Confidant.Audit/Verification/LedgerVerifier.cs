using Confidant.Audit.Ledger;
using Confidant.Audit.Merkle;

namespace Confidant.Audit.Verification;

/// <summary>
/// Full verification: recompute the tree from the entries themselves and compare it with trusted
/// checkpoints (whose signatures the caller checked). When they differ, name the first entry that
/// does not match and how:
/// <list type="number">
/// <item>the stored indexes already show a gap (deleted) or a repeat (reordered);</item>
/// <item>if the leaf hashes stored beside the entries still build the checkpoint's root, they are
/// what was committed, so comparing leaf by leaf names the entry, and finding its hash elsewhere
/// tells a deletion (everything moved up one) or a move from a modification;</item>
/// <item>otherwise, if the stored subtree hashes are available, walk down from the checkpoint's root,
/// trusting a stored pair only when it hashes to the trusted parent, towards the first leaf whose
/// recomputed hash differs;</item>
/// <item>failing that, the range between the last checkpoint that holds and the first that does not.</item>
/// </list>
/// </summary>
public static class LedgerVerifier
{
    /// <summary>Reads stored hashes of complete subtrees (one query), for step 3; null where not available (an exported file).</summary>
    public delegate Task<byte[]> StoredHashReader(IReadOnlyList<Subtree> subtrees, CancellationToken cancellationToken);

    /// <summary>Verifies <paramref name="entries"/> (in index order) against <paramref name="checkpoints"/> (at least one).</summary>
    public static async Task<VerificationReport> VerifyAsync(IAsyncEnumerable<StoredEntry> entries, IReadOnlyList<TrustedCheckpoint> checkpoints, StoredHashReader? storedHashes = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(checkpoints);
        if (checkpoints.Count == 0)
        {
            throw new ArgumentException("At least one trusted checkpoint is needed.", nameof(checkpoints));
        }

        var ordered = checkpoints.OrderBy(c => c.Size).ToList();
        var latest = ordered[^1];
        var recomputed = new InMemoryHashSource();
        var stored = new InMemoryHashSource();
        var storedUsable = true;
        VerificationProblem? sequence = null;
        await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var position = recomputed.Count;
            if (sequence is null && entry.Index != position)
            {
                sequence = entry.Index > position
                    ? new VerificationProblem(TamperKind.Deleted, position, $"entry {position} is missing: the next stored entry is {entry.Index}.")
                    : new VerificationProblem(TamperKind.Reordered, position, $"the entry stored at position {position} carries index {entry.Index}: entries are repeated or out of order.");
            }

            recomputed.Append(entry.Entry);
            if (storedUsable && entry.StoredLeafHash.Length == MerkleHash.Size)
            {
                stored.AppendLeafHash(entry.StoredLeafHash);
            }
            else
            {
                storedUsable = false;
            }
        }

        var count = recomputed.Count;
        if (sequence is not null)
        {
            return new VerificationReport(count, latest.Size, sequence);
        }

        // The first checkpoint the entries do not match (a size beyond the entries never matches).
        var failing = default(TrustedCheckpoint);
        var lastHolding = 0L;
        foreach (var checkpoint in ordered)
        {
            if (checkpoint.Size <= count && Root(recomputed, checkpoint.Size).AsSpan().SequenceEqual(checkpoint.RootHash))
            {
                lastHolding = checkpoint.Size;
                continue;
            }

            failing = checkpoint;
            break;
        }

        if (failing is null)
        {
            return new VerificationReport(count, latest.Size, null);
        }

        var trusted = TrustedLeaves.FromStoredLeaves(storedUsable ? stored : null, failing)
            ?? await TrustedLeaves.FromStoredTreeAsync(storedHashes, failing, cancellationToken).ConfigureAwait(false);
        var problem = trusted is null
            ? (count < failing.Size
                ? Truncated(count, failing.Size) with
                {
                    Description = lastHolding == count
                        ? Truncated(count, failing.Size).Description
                        : $"the log ends after {count} entries, but the checkpoint commits to {failing.Size}: entries from {count} on were removed; entries {lastHolding} to {count - 1} cannot be checked one by one (no trustworthy stored hashes).",
                }
                : new VerificationProblem(TamperKind.Unlocated, lastHolding, $"entries in [{lastHolding}, {Math.Min(count, failing.Size)}) do not match the checkpoint of size {failing.Size}, and there are no trustworthy stored hashes to name the first changed entry.") { EndIndex = Math.Min(count, failing.Size) })
            : await ClassifyAsync(recomputed, trusted, failing, lastHolding, cancellationToken).ConfigureAwait(false);

        if (failing != latest && latest.Size <= count && Root(recomputed, latest.Size).AsSpan().SequenceEqual(latest.RootHash))
        {
            // The latest checkpoint matches the entries but an earlier one does not: history was
            // rewritten and the new history signed.
            problem = problem with
            {
                Kind = TamperKind.Rewritten,
                Description = $"the checkpoint of size {failing.Size} no longer matches the entries although the latest one does: the log was rewritten after it was signed ({problem.Description})",
            };
        }

        return new VerificationReport(count, latest.Size, problem);
    }

    /// <summary>Finds the first position whose entry is not the committed one, and says how it changed.</summary>
    private static async Task<VerificationProblem> ClassifyAsync(InMemoryHashSource recomputed, TrustedLeaves trusted, TrustedCheckpoint failing, long from, CancellationToken cancellationToken)
    {
        var count = recomputed.Count;
        if (await trusted.FirstMismatchAsync(recomputed, from, cancellationToken).ConfigureAwait(false) is not { } mismatch)
        {
            return new VerificationProblem(TamperKind.Unlocated, from, $"entries from {from} do not match the checkpoint of size {failing.Size}, and the stored hashes were altered too, so the first changed entry cannot be named.") { EndIndex = Math.Min(count, failing.Size) };
        }

        var p = mismatch.Start;
        if (p >= count)
        {
            return Truncated(count, failing.Size);
        }

        if (mismatch.End - mismatch.Start > 1)
        {
            // The leaf hashes stored beside these entries were rewritten with them: the stored tree
            // can say which few entries, not which one.
            var range = $"one of entries {mismatch.Start} to {mismatch.End - 1}";
            if (count < mismatch.End)
            {
                // The range runs past the last entry present: the log was cut inside it.
                return Truncated(count, failing.Size) with { Index = mismatch.Start, EndIndex = count + 1 };
            }

            return count < failing.Size
                ? new VerificationProblem(TamperKind.Deleted, p, $"{range} was removed (the log is {failing.Size - count} entries short and the ones after moved up); their stored leaf hashes were rewritten too.") { EndIndex = mismatch.End }
                : new VerificationProblem(TamperKind.Modified, p, $"{range} was modified or moved; their stored leaf hashes were rewritten too, so the stored tree cannot tell which.") { EndIndex = mismatch.End };
        }

        var actual = Leaf(recomputed, p);
        if (p + 1 < failing.Size && await trusted.LeafAsync(p + 1, cancellationToken).ConfigureAwait(false) is { } next && actual.AsSpan().SequenceEqual(next))
        {
            return new VerificationProblem(TamperKind.Deleted, p, $"entry {p} was removed: the entry now at position {p} is the one committed at {p + 1}.");
        }

        for (var q = p + 1; mismatch.Hash is not null && q < count; q++)
        {
            if (Leaf(recomputed, q).AsSpan().SequenceEqual(mismatch.Hash))
            {
                return new VerificationProblem(TamperKind.Reordered, p, $"entry {p} is out of place: the entry committed at position {p} is now at position {q}.");
            }
        }

        return new VerificationProblem(TamperKind.Modified, p, $"entry {p} was modified: its bytes no longer hash to the leaf the checkpoint committed to.");
    }

    private static VerificationProblem Truncated(long count, long size) =>
        new(TamperKind.Truncated, count, $"the log ends after {count} entries, but the checkpoint commits to {size}: entries from {count} on were removed.");

    internal static byte[] Leaf(InMemoryHashSource source, long index) => source.GetSubtreeHash(new Subtree(index, 0)).ToArray();

    internal static byte[] Root(InMemoryHashSource source, long size) =>
        new MerkleProofBuilder(source).GetRootHashAsync(size).AsTask().GetAwaiter().GetResult();
}
