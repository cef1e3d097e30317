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

        var rentedRanks = ArrayPool<CandidateRank>.Shared.Rent(candidates.Length);
        var ranks = rentedRanks.AsSpan(0, candidates.Length);
        var maxEnd = 0;
        for (var i = 0; i < candidates.Length; i++)
        {
            ranks[i] = new CandidateRank(candidates[i], i);
            maxEnd = Math.Max(maxEnd, candidates[i].End);
        }

        ranks.Sort();

        // Accepted spans are marked in a bitmap of text positions; a candidate is accepted when
        // none of its positions is marked. Each check and mark costs the span's length / 64, so a
        // long document with thousands of findings stays linear (keeping the accepted spans in a
        // list sorted by start, with List.Insert, was quadratic).
        var words = (maxEnd >> 6) + 1;
        var rentedBits = ArrayPool<ulong>.Shared.Rent(words);
        var covered = rentedBits.AsSpan(0, words);
        covered.Clear();
        var rentedStarts = ArrayPool<int>.Shared.Rent(candidates.Length);
        var starts = rentedStarts.AsSpan(0, candidates.Length);
        var accepted = 0;
        foreach (var rank in ranks)
        {
            ref readonly var candidate = ref candidates[rank.Index];
            if (!AnyMarked(covered, candidate.Start, candidate.End))
            {
                Mark(covered, candidate.Start, candidate.End);
                starts[accepted] = candidate.Start;
                chosen[accepted] = rank.Index;
                accepted++;
            }
        }

        // Accepted spans are disjoint and non-empty, so their starts are distinct and the order is total.
        starts[..accepted].Sort(chosen[..accepted]);

        ArrayPool<int>.Shared.Return(rentedStarts);
        ArrayPool<ulong>.Shared.Return(rentedBits);
        ArrayPool<CandidateRank>.Shared.Return(rentedRanks, clearArray: true); // ranks hold class names: do not keep them alive
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
