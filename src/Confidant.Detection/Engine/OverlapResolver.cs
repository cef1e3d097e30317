namespace Confidant.Detection.Engine;

/// <summary>
/// Chooses one finding where candidates overlap: the higher score wins, then the longer span,
/// then the more sensitive tier, then the earlier start, so a validated card number is never also a
/// phone number and the choice never depends on the order candidates were added.
/// </summary>
internal static class OverlapResolver
{
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

            var byTier = b.Class.Tier.CompareTo(a.Class.Tier);
            if (byTier != 0)
            {
                return byTier;
            }

            // Sorting is not stable: the last keys make the choice independent of the order in
            // which recognizers added candidates (the streaming scanner relies on it).
            var byStart = a.Start.CompareTo(b.Start);
            return byStart != 0 ? byStart : string.CompareOrdinal(a.Class.Name, b.Class.Name);
        });

        // Accepted spans, kept sorted by start; a new span is accepted when it overlaps none.
        var accepted = new List<Candidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var index = LowerBound(accepted, candidate.Start);
            var overlapsBefore = index > 0 && accepted[index - 1].End > candidate.Start;
            var overlapsAfter = index < accepted.Count && accepted[index].Start < candidate.End;
            if (!overlapsBefore && !overlapsAfter)
            {
                accepted.Insert(index, candidate);
            }
        }

        return accepted;
    }

    private static int LowerBound(List<Candidate> sorted, int start)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
