using System.Buffers;

namespace Confidant.Detection.Engine;

/// <summary>
/// Chooses one finding where candidates overlap: the higher score wins, then the longer span,
/// then the more sensitive tier, then the earlier start, so a validated card number is never also a
/// phone number and the choice never depends on the order candidates were added.
/// </summary>
internal static class OverlapResolver
{
    /// <summary>
    /// Resolves <paramref name="candidates"/> (non-empty spans, as <see cref="ScanContext.Add"/>
    /// guarantees) into non-overlapping findings: writes their indexes into
    /// <paramref name="chosen"/> (at least as long as the candidates), ordered by start, and
    /// returns how many there are.
    /// </summary>
    /// <remarks>
    /// Candidates are first ordered by start and split into clusters, runs that overlap one another
    /// directly or through a chain. A choice in one cluster never affects another, so each is
    /// resolved alone; most candidates overlap nothing (a cluster of one, kept as it is), which
    /// spares a long document sorting thousands of candidates by priority.
    /// </remarks>
    public static int Resolve(ReadOnlySpan<Candidate> candidates, Span<int> chosen)
    {
        if (candidates.Length <= 1)
        {
            if (candidates.Length == 1)
            {
                chosen[0] = 0;
            }

            return candidates.Length;
        }

        var rentedStarts = ArrayPool<int>.Shared.Rent(candidates.Length);
        var rentedOrder = ArrayPool<int>.Shared.Rent(candidates.Length);
        var starts = rentedStarts.AsSpan(0, candidates.Length);
        var order = rentedOrder.AsSpan(0, candidates.Length);
        for (var i = 0; i < candidates.Length; i++)
        {
            starts[i] = candidates[i].Start;
            order[i] = i;
        }

        starts.Sort(order);
        var accepted = 0;
        var clusterFirst = 0;
        var clusterEnd = candidates[order[0]].End;
        for (var k = 1; k < order.Length; k++)
        {
            ref readonly var candidate = ref candidates[order[k]];
            if (candidate.Start < clusterEnd)
            {
                clusterEnd = Math.Max(clusterEnd, candidate.End);
                continue;
            }

            accepted += ResolveCluster(candidates, order[clusterFirst..k], chosen[accepted..]);
            clusterFirst = k;
            clusterEnd = candidate.End;
        }

        accepted += ResolveCluster(candidates, order[clusterFirst..], chosen[accepted..]);
        ArrayPool<int>.Shared.Return(rentedOrder);
        ArrayPool<int>.Shared.Return(rentedStarts);
        return accepted;
    }

    /// <summary>
    /// Resolves one cluster (<paramref name="members"/>, candidate indexes ordered by start): writes
    /// the accepted ones to <paramref name="chosen"/> ordered by start and returns their number.
    /// </summary>
    private static int ResolveCluster(ReadOnlySpan<Candidate> candidates, Span<int> members, Span<int> chosen)
    {
        if (members.Length == 1)
        {
            chosen[0] = members[0];
            return 1;
        }

        var rentedRanks = ArrayPool<CandidateRank>.Shared.Rent(members.Length);
        var ranks = rentedRanks.AsSpan(0, members.Length);
        var from = candidates[members[0]].Start;
        var to = from;
        for (var i = 0; i < members.Length; i++)
        {
            ranks[i] = new CandidateRank(candidates[members[i]], members[i]);
            to = Math.Max(to, candidates[members[i]].End);
        }

        ranks.Sort();

        // Accepted spans are marked in a bitmap of the cluster's positions; a candidate is accepted
        // when none of its positions is marked. Each check and mark costs the span's length / 64.
        var words = ((to - from) >> 6) + 1;
        var rentedBits = ArrayPool<ulong>.Shared.Rent(words);
        var covered = rentedBits.AsSpan(0, words);
        covered.Clear();
        var accepted = 0;
        foreach (var rank in ranks)
        {
            ref readonly var candidate = ref candidates[rank.Index];
            if (!AnyMarked(covered, candidate.Start - from, candidate.End - from))
            {
                Mark(covered, candidate.Start - from, candidate.End - from);
                chosen[accepted++] = rank.Index;
            }
        }

        ArrayPool<ulong>.Shared.Return(rentedBits);
        ArrayPool<CandidateRank>.Shared.Return(rentedRanks, clearArray: true); // ranks hold class names: do not keep them alive

        // Accepted spans are disjoint and non-empty, so their starts are distinct and the order total.
        if (accepted > 1)
        {
            var rentedStarts = ArrayPool<int>.Shared.Rent(accepted);
            var starts = rentedStarts.AsSpan(0, accepted);
            for (var i = 0; i < accepted; i++)
            {
                starts[i] = candidates[chosen[i]].Start;
            }

            starts.Sort(chosen[..accepted]);
            ArrayPool<int>.Shared.Return(rentedStarts);
        }

        return accepted;
    }

    /// <summary>True when a position in [start, end) is marked.</summary>
    private static bool AnyMarked(ReadOnlySpan<ulong> bits, int start, int end)
    {
        var first = start >> 6;
        var last = (end - 1) >> 6;
        var firstMask = ~0UL << (start & 63);
        var lastMask = ~0UL >> (63 - ((end - 1) & 63));
        if (first == last)
        {
            return (bits[first] & firstMask & lastMask) != 0;
        }

        if ((bits[first] & firstMask) != 0 || (bits[last] & lastMask) != 0)
        {
            return true;
        }

        for (var i = first + 1; i < last; i++)
        {
            if (bits[i] != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks every position in [start, end).</summary>
    private static void Mark(Span<ulong> bits, int start, int end)
    {
        var first = start >> 6;
        var last = (end - 1) >> 6;
        var firstMask = ~0UL << (start & 63);
        var lastMask = ~0UL >> (63 - ((end - 1) & 63));
        if (first == last)
        {
            bits[first] |= firstMask & lastMask;
            return;
        }

        bits[first] |= firstMask;
        bits[last] |= lastMask;
        for (var i = first + 1; i < last; i++)
        {
            bits[i] = ~0UL;
        }
    }
}
