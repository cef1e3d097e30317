using System.Numerics;
using Confidant.Detection.Engine;
using Confidant.Detection.Taxonomy;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// The national id recognizers run as one: a single walk over the tokens that hold a digit (and
/// the token before each, where a prefix such as "AB" or "X" stands), trying at each token only
/// the ids whose first token can have its length. Walking the digit tokens once instead of once
/// per country keeps the cost of adding a country to what its own matches cost. Findings carry
/// each member's own recognizer id.
/// </summary>
internal sealed class NationalIdGroup : IRecognizer
{
    /// <summary>Most members a group can have: one bit each in a uint.</summary>
    private const int MaxMembers = 32;

    private readonly NationalIdRecognizer[] _members;

    /// <summary>For each first-token length (31 standing for 31 or more), the members it can start, one bit each.</summary>
    private readonly uint[] _membersByLength;

    private readonly int _minDigits;

    public NationalIdGroup(IEnumerable<NationalIdRecognizer> members)
    {
        _members = [.. members];
        if (_members.Length is 0 or > MaxMembers)
        {
            throw new ArgumentException($"A group holds 1 to {MaxMembers} recognizers.", nameof(members));
        }

        _membersByLength = ByLength(_members);
        _minDigits = _members.Min(m => m.MinDigits);
        Classes = [.. _members.SelectMany(m => m.Classes).Distinct()];
    }

    public string Id => "government.national-ids";

    public IReadOnlyList<DataClass> Classes { get; }

    public IEnumerable<string> FindingIds => _members.Select(m => m.Id);

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < _minDigits)
        {
            return;
        }

        // Members whose fewest digits the text does not hold are left out of the walk.
        var members = _members;
        var eligible = 0u;
        for (var m = 0; m < members.Length; m++)
        {
            if (context.DigitCount >= members[m].MinDigits)
            {
                eligible |= 1u << m;
            }
        }

        // Each member resumes after its own last match; tokens are visited once, in order.
        Span<int> resumeAt = stackalloc int[members.Length];
        var visited = 0; // first token not visited yet
        foreach (var digitToken in context.DigitTokens)
        {
            for (var i = Math.Max(digitToken.Index - 1, visited); i <= digitToken.Index; i++)
            {
                var (length, shape) = i == digitToken.Index
                    ? (digitToken.Length, digitToken.Shape)
                    : (digitToken.PreviousLength, digitToken.PreviousShape);
                for (var candidates = _membersByLength[Math.Min(length, 31)] & eligible; candidates != 0; candidates &= candidates - 1)
                {
                    var m = BitOperations.TrailingZeroCount(candidates);
                    var member = members[m];
                    if (i < resumeAt[m] || !member.CanStartWith(shape))
                    {
                        continue;
                    }

                    var resume = member.MatchAt(context, i);
                    if (resume > i)
                    {
                        resumeAt[m] = resume;
                    }
                }
            }

            visited = digitToken.Index + 1;
        }
    }

    private static uint[] ByLength(NationalIdRecognizer[] members)
    {
        var byLength = new uint[32];
        for (var length = 0; length < 32; length++)
        {
            for (var m = 0; m < members.Length; m++)
            {
                if (((members[m].FirstLengths >> length) & 1) != 0)
                {
                    byLength[length] |= 1u << m;
                }
            }
        }

        return byLength;
    }
}
