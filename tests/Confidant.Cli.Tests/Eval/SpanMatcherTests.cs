using Confidant.Cli.Eval.Metrics;

namespace Confidant.Cli.Tests.Eval;

public class SpanMatcherTests
{
    [Theory]
    [InlineData(10, 20, 10, 20, true)]   // exact
    [InlineData(10, 20, 15, 20, true)]   // 5 of longer 10: exactly half
    [InlineData(10, 20, 16, 20, false)]  // 4 of 10
    [InlineData(10, 20, 5, 25, true)]    // covers it: 10 of longer 20
    [InlineData(10, 20, 10, 30, true)]   // 10 of longer 20: exactly half
    [InlineData(10, 20, 4, 26, false)]   // 10 of longer 22: swallows its neighbours
    [InlineData(10, 20, 20, 30, false)]  // touching, no overlap
    [InlineData(10, 11, 10, 12, true)]   // 1 of longer 2
    [InlineData(10, 11, 10, 13, false)]  // 1 of longer 3
    public void SpanMatchRule_OverlapOfHalfTheLongerSpan_Matches(int goldStart, int goldEnd, int predStart, int predEnd, bool expected)
    {
        var gold = new LabelledSpan(goldStart, goldEnd, "EMAIL");
        var predicted = new LabelledSpan(predStart, predEnd, "EMAIL");

        Assert.Equal(expected, SpanMatchRule.Matches(gold, predicted));
    }

    [Fact]
    public void SpanMatchRule_DifferentClasses_NeverMatch()
    {
        Assert.False(SpanMatchRule.Matches(new LabelledSpan(0, 10, "PHONE"), new LabelledSpan(0, 10, "CARD_NUMBER")));
    }

    [Fact]
    public void SpanMatcher_HandMadeMessage_CountsPerClass()
    {
        // Gold: card 0..19, email 30..45, phone 50..62.
        // Predicted: card 0..19 (TP), email 30..38 (8 of longer 15, 16 >= 15: TP),
        // phone 70..80 (no overlap: FP), and a second card over 0..19 (FP, the gold is taken).
        // Phone gold is missed (FN).
        LabelledSpan[] gold = [new(0, 19, "CARD_NUMBER"), new(30, 45, "EMAIL"), new(50, 62, "PHONE")];
        LabelledSpan[] predicted = [new(0, 19, "CARD_NUMBER"), new(30, 38, "EMAIL"), new(70, 80, "PHONE"), new(2, 19, "CARD_NUMBER")];
        var tally = new EvaluationTally();

        SpanMatcher.Match(gold, predicted, tally);

        var card = tally.ByClass["CARD_NUMBER"];
        Assert.Equal((1, 1, 0), (card.TruePositives, card.FalsePositives, card.FalseNegatives));
        var email = tally.ByClass["EMAIL"];
        Assert.Equal((1, 0, 0), (email.TruePositives, email.FalsePositives, email.FalseNegatives));
        var phone = tally.ByClass["PHONE"];
        Assert.Equal((0, 1, 1), (phone.TruePositives, phone.FalsePositives, phone.FalseNegatives));

        // Micro: TP 2, FP 2, FN 1 -> P = 0.5, R = 2/3, F1 = 2·(1/3)/(7/6) = 4/7, F2 = 5·(1/3)/(2+2/3) = 5/8.
        var micro = tally.Micro.Scores;
        Assert.Equal(0.5, micro.Precision, 10);
        Assert.Equal(2.0 / 3.0, micro.Recall, 10);
        Assert.Equal(4.0 / 7.0, micro.F1, 10);
        Assert.Equal(0.625, micro.F2, 10);
    }

    [Fact]
    public void SpanMatcher_TwoGoldsAndTwoPredictions_PairsByLargestOverlapFirst()
    {
        // Prediction 0..12 matches both gold 0..10 (overlap 10) and gold 6..14 (overlap 6 of 12, exactly half);
        // prediction 7..14 matches only gold 6..14. Largest overlap first gives two true positives.
        LabelledSpan[] gold = [new(0, 10, "IBAN"), new(6, 14, "IBAN")];
        LabelledSpan[] predicted = [new(0, 12, "IBAN"), new(7, 14, "IBAN")];

        Assert.Equal(2, SpanMatcher.CountMatched(gold, predicted));
    }
}
