namespace Confidant.Detection.Engine;

/// <summary>
/// The sort key of one candidate for <see cref="OverlapResolver"/>: higher score first, then longer
/// span, then more sensitive tier, then earlier start, then class name; <see cref="Index"/> says
/// which candidate it ranks.
/// </summary>
/// <remarks>
/// Sorting these small keys with their own <see cref="IComparable{T}"/> lets the runtime use its
/// specialised sort with the comparison inlined; sorting the candidates themselves through a
/// <see cref="Comparison{T}"/> delegate cost about a tenth of a long document's scan.
/// </remarks>
internal readonly struct CandidateRank(in Candidate candidate, int index) : IComparable<CandidateRank>
{
    private readonly double _score = candidate.Score;
    private readonly int _length = candidate.Length;
    private readonly int _tier = (int)candidate.Class.Tier;
    private readonly int _start = candidate.Start;
    private readonly string _className = candidate.Class.Name;

    /// <summary>Index of the ranked candidate.</summary>
    public int Index { get; } = index;

    public int CompareTo(CandidateRank other)
    {
        var byScore = other._score.CompareTo(_score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byLength = other._length.CompareTo(_length);
        if (byLength != 0)
        {
            return byLength;
        }

        var byTier = other._tier.CompareTo(_tier);
        if (byTier != 0)
        {
            return byTier;
        }

        // Sorting is not stable: the last keys make the choice independent of the order in
        // which recognizers added candidates (the streaming scanner relies on it).
        var byStart = _start.CompareTo(other._start);
        return byStart != 0 ? byStart : string.CompareOrdinal(_className, other._className);
    }
}
