namespace Confidant.Detection.Engine;

/// <summary>
/// The candidates one earlier recognizer added, which lie together in the context's list in text
/// order without overlapping. Later recognizers ask about them by binary search, so a long text
/// with many findings stays linear-logarithmic instead of quadratic.
/// </summary>
internal readonly struct CandidateBlock
{
    private readonly int _first;
    private readonly int _count;

    private CandidateBlock(int first, int count)
    {
        _first = first;
        _count = count;
    }

    public bool IsEmpty => _count == 0;

    /// <summary>Index (in the context's list) just past the block's last candidate.</summary>
    public int End => _first + _count;

    /// <summary>The block of candidates added by <paramref name="recognizerId"/> (empty when it found nothing).</summary>
    public static CandidateBlock Of(ScanContext context, string recognizerId)
    {
        var candidates = context.Candidates;
        var first = 0;
        while (first < candidates.Length && !ReferenceEquals(candidates[first].RecognizerId, recognizerId))
        {
            first++;
        }

        var end = first;
        while (end < candidates.Length && ReferenceEquals(candidates[end].RecognizerId, recognizerId))
        {
            end++;
        }

        return new CandidateBlock(first, end - first);
    }

    /// <summary>The candidates at [<paramref name="first"/>, <paramref name="end"/>) of the context's list, which a recognizer added in text order.</summary>
    public static CandidateBlock Between(int first, int end) => new(first, end - first);

    /// <summary>Index of the first candidate of the block that ends after <paramref name="position"/> (the block's end when none).</summary>
    public int FirstEndingAfter(ScanContext context, int position)
    {
        var before = LastEndingBy(context, position);
        return before < 0 ? _first : before + 1;
    }

    /// <summary>Index (in the context's list) of the last candidate of the block that ends at or before <paramref name="position"/>, or -1.</summary>
    public int LastEndingBy(ScanContext context, int position)
    {
        var candidates = context.Candidates;
        int lo = _first, hi = _first + _count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (candidates[mid].End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1 >= _first ? lo - 1 : -1;
    }

    /// <summary>True when a candidate of the block with at least <paramref name="minScore"/> overlaps [start, end).</summary>
    public bool Overlaps(ScanContext context, int start, int end, double minScore = 0)
    {
        if (_count == 0)
        {
            return false;
        }

        var candidates = context.Candidates;
        for (var next = FirstEndingAfter(context, start); next < End && candidates[next].Start < end; next++)
        {
            if (candidates[next].End > start && candidates[next].Score >= minScore)
            {
                return true;
            }
        }

        return false;
    }
}
