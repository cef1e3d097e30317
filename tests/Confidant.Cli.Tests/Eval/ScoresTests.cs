using Confidant.Cli.Eval.Metrics;

namespace Confidant.Cli.Tests.Eval;

public class ScoresTests
{
    [Fact]
    public void Scores_ThreeHitsOneFalseAlarmTwoMisses_AreComputedByHand()
    {
        // P = 3/4 = 0.75; R = 3/5 = 0.6; F1 = 2·0.75·0.6/(0.75+0.6) = 0.9/1.35 = 2/3;
        // F2 = 5·0.75·0.6/(4·0.75+0.6) = 2.25/3.6 = 0.625.
        var scores = Scores.From(truePositives: 3, falsePositives: 1, falseNegatives: 2);

        Assert.Equal(0.75, scores.Precision, 10);
        Assert.Equal(0.6, scores.Recall, 10);
        Assert.Equal(2.0 / 3.0, scores.F1, 10);
        Assert.Equal(0.625, scores.F2, 10);
    }

    [Fact]
    public void Scores_PerfectCounts_AreAllOne()
    {
        var scores = Scores.From(7, 0, 0);

        Assert.Equal(new Scores(1, 1, 1, 1), scores);
    }

    [Fact]
    public void Scores_NoPredictionsAtAll_AreZeroNotUndefined()
    {
        var scores = Scores.From(0, 0, 4);

        Assert.Equal(new Scores(0, 0, 0, 0), scores);
    }

    [Fact]
    public void Scores_F2_WeighsRecallAboveF1()
    {
        // P = 1/2, R = 1: F1 = 2·0.5/(1.5) = 2/3; F2 = 5·0.5/(2+1) = 5/6.
        var scores = Scores.From(2, 2, 0);

        Assert.Equal(2.0 / 3.0, scores.F1, 10);
        Assert.Equal(5.0 / 6.0, scores.F2, 10);
    }
}
