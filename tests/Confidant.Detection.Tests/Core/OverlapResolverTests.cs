using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;

namespace Confidant.Detection.Tests.Core;

public class OverlapResolverTests
{
    private static Candidate C(DataClass c, int start, int end, double score) =>
        new(c, start, end, score, "test", null, ContextKinds.None);

    [Fact]
    public void Resolve_ValidatedCardOverlappingPhone_KeepsTheCard()
    {
        var result = OverlapResolver.Resolve([C(DataClasses.Phone, 0, 12, 0.6), C(DataClasses.CardNumber, 0, 19, 0.95)]);
        var kept = Assert.Single(result);
        Assert.Equal(DataClasses.CardNumber, kept.Class);
    }

    [Fact]
    public void Resolve_EqualScores_PrefersTheLongerSpan()
    {
        var result = OverlapResolver.Resolve([C(DataClasses.PersonName, 0, 4, 0.8), C(DataClasses.StreetAddress, 0, 16, 0.8)]);
        Assert.Equal(DataClasses.StreetAddress, Assert.Single(result).Class);
    }

    [Fact]
    public void Resolve_EqualScoreAndLength_PrefersTheMoreSensitiveTier()
    {
        var result = OverlapResolver.Resolve([C(DataClasses.Postcode, 0, 5, 0.8), C(DataClasses.UsSsn, 0, 5, 0.8)]);
        Assert.Equal(DataClasses.UsSsn, Assert.Single(result).Class);
    }

    [Fact]
    public void Resolve_DisjointCandidates_AreAllKeptInTextOrder()
    {
        var result = OverlapResolver.Resolve([C(DataClasses.Email, 20, 30, 0.8), C(DataClasses.Phone, 0, 10, 0.9), C(DataClasses.Age, 12, 14, 0.6)]);
        Assert.Equal([0, 12, 20], result.Select(r => r.Start));
    }

    [Fact]
    public void Resolve_TouchingSpans_DoNotOverlap()
    {
        var result = OverlapResolver.Resolve([C(DataClasses.Email, 0, 10, 0.8), C(DataClasses.Phone, 10, 20, 0.9)]);
        Assert.Equal(2, result.Count);
    }
}
