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
    /// guarantees) into non-overlapping findings ordered by start. Reorders the list in place.
    /// </summary>
    public static List<Candidate> Resolve(List<Candidate> candidates)
    {
        if (candidates.Count == 1)
        {
            return candidates;
        }

        candidates.Sort(static (a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byLength = b.Length.CompareTo(a.Length);
            if (byLength != 0)
            {
                return byLength;
            }

            // Compared as ints: Enum.CompareTo takes an object and boxes both tiers at every comparison.
            var byTier = ((int)b.Class.Tier).CompareTo((int)a.Class.Tier);
            if (byTier != 0)
            {
                return byTier;
            }

            // Sorting is not stable: the last keys make the choice independent of the order in
            // which recognizers added candidates (the streaming scanner relies on it).
            var byStart = a.Start.CompareTo(b.Start);
            return byStart != 0 ? byStart : string.CompareOrdinal(a.Class.Name, b.Class.Name);
        });

        // Accepted spans are marked in a bitmap of text positions; a candidate is accepted when
        // none of its positions is marked. Each check and mark costs the span's length / 64, so a
        // long document with thousands of findings stays linear (keeping the accepted spans in a
        // list sorted by start, with List.Insert, was quadratic).
        var maxEnd = 0;
        foreach (var candidate in candidates)
        {
            maxEnd = Math.Max(maxEnd, candidate.End);
        }

        var words = (maxEnd >> 6) + 1;
        var rented = ArrayPool<ulong>.Shared.Rent(words);
        var covered = rented.AsSpan(0, words);
        covered.Clear();
        var accepted = new List<Candidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (!AnyMarked(covered, candidate.Start, candidate.End))
            {
                Mark(covered, candidate.Start, candidate.End);
                accepted.Add(candidate);
            }
        }

        ArrayPool<ulong>.Shared.Return(rented);

        // Accepted spans are disjoint and non-empty, so their starts are distinct and the order is total.
        accepted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
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
