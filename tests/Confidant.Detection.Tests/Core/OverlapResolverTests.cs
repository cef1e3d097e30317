using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;

namespace Confidant.Detection.Tests.Core;

public class OverlapResolverTests
{
    private static Candidate C(DataClass c, int start, int end, double score) =>
        new(c, start, end, score, "test", null, ContextKinds.None);

    private static Candidate[] Resolve(params Candidate[] candidates)
    {
        var chosen = new int[candidates.Length];
        var count = OverlapResolver.Resolve(candidates, chosen);
        return [.. chosen[..count].Select(i => candidates[i])];
    }

    [Fact]
    public void Resolve_ValidatedCardOverlappingPhone_KeepsTheCard()
    {
        var result = Resolve([C(DataClasses.Phone, 0, 12, 0.6), C(DataClasses.CardNumber, 0, 19, 0.95)]);
        var kept = Assert.Single(result);
        Assert.Equal(DataClasses.CardNumber, kept.Class);
    }

    [Fact]
    public void Resolve_EqualScores_PrefersTheLongerSpan()
    {
        var result = Resolve([C(DataClasses.PersonName, 0, 4, 0.8), C(DataClasses.StreetAddress, 0, 16, 0.8)]);
        Assert.Equal(DataClasses.StreetAddress, Assert.Single(result).Class);
    }

    [Fact]
    public void Resolve_EqualScoreAndLength_PrefersTheMoreSensitiveTier()
    {
        var result = Resolve([C(DataClasses.Postcode, 0, 5, 0.8), C(DataClasses.UsSsn, 0, 5, 0.8)]);
        Assert.Equal(DataClasses.UsSsn, Assert.Single(result).Class);
    }

    [Fact]
    public void Resolve_DisjointCandidates_AreAllKeptInTextOrder()
    {
        var result = Resolve([C(DataClasses.Email, 20, 30, 0.8), C(DataClasses.Phone, 0, 10, 0.9), C(DataClasses.Age, 12, 14, 0.6)]);
        Assert.Equal([0, 12, 20], result.Select(r => r.Start));
    }

    [Fact]
    public void Resolve_TouchingSpans_DoNotOverlap()
    {
        var result = Resolve([C(DataClasses.Email, 0, 10, 0.8), C(DataClasses.Phone, 10, 20, 0.9)]);
        Assert.Equal(2, result.Length);
    }

    [Fact]
    public void Resolve_ManyOverlappingCandidates_KeepsWhatAGreedyPairwiseCheckKeeps()
    {
        var random = new Random(11);
        DataClass[] classes = [DataClasses.Phone, DataClasses.CardNumber, DataClasses.PersonName, DataClasses.Age];
        var candidates = new List<Candidate>();
        for (var i = 0; i < 600; i++)
        {
            var start = random.Next(0, 3000);
            candidates.Add(C(classes[random.Next(classes.Length)], start, start + random.Next(1, 140), random.NextDouble())); // distinct scores: no ties for the sort to order arbitrarily
        }

        var result = Resolve([.. candidates]);

        // The same priority order, then a plain quadratic check against everything accepted so far.
        var ordered = candidates.OrderByDescending(c => c.Score).ThenByDescending(c => c.Length).ThenByDescending(c => c.Class.Tier).ToList();
        var expected = new List<Candidate>();
        foreach (var c in ordered)
        {
            if (!expected.Exists(a => a.Start < c.End && c.Start < a.End))
            {
                expected.Add(c);
            }
        }

        Assert.Equal(expected.OrderBy(c => c.Start).Select(c => (c.Start, c.End)), result.Select(c => (c.Start, c.End)));
    }
}
