namespace Confidant.Dialog.Tests.Understanding;

public sealed class IntentEvaluationTests
{
    private const string Source = "eval/intents/test.tsv";

    private static readonly IntentRecognizer Recognizer = new(
    [
        new("balance", ["what's my balance", "how much money do I have"], ["balance"]),
        new("freeze-card", ["freeze my card", "block my card"], ["freeze", "block"]),
        new("unfreeze-card", ["unfreeze my card", "unblock my card"], ["unfreeze", "unblock"]),
    ]);

    [Fact]
    public void ParseTsv_SkipsCommentsAndBlankLinesAndReadsNoneAsOutOfScope()
    {
        const string tsv = "\uFEFF# a comment\r\nwhat's my balance\tbalance\r\n\r\n  # indented comment\ntell me a joke\tnone\n";

        var set = IntentEvaluation.ParseTsv(tsv, Source);

        Assert.Equal([new LabelledUtterance("what's my balance", "balance", 2), new LabelledUtterance("tell me a joke", null, 5)], set);
    }

    [Theory]
    [InlineData("what's my balance balance", 1, null)]
    [InlineData("\tbalance", 1, "utterance")]
    [InlineData("what's my balance\t", 1, "intent")]
    [InlineData("hello\tgreeting\nHELLO\tgreeting", 2, "utterance")]
    public void ParseTsv_MalformedLine_NamesTheLine(string tsv, int line, string? field)
    {
        var ex = Assert.Throws<IntentFileException>(() => IntentEvaluation.ParseTsv(tsv, Source));

        Assert.Equal(IntentErrorCodes.InvalidEvaluationLine, ex.Code);
        Assert.Equal(line, ex.Line);
        Assert.Equal(field, ex.Field);
        Assert.StartsWith($"{Source}:{line}: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MixedResults_GivesAccuracyPerIntentFiguresAndTheMistakes()
    {
        var set = IntentEvaluation.ParseTsv(
            "what's my balance\tbalance\nblock my card please\tfreeze-card\ntell me a joke\tnone\nunblock my card\tfreeze-card\n",
            Source);

        var evaluation = IntentEvaluation.Run(Recognizer, set, Source);

        Assert.Equal(4, evaluation.Total);
        Assert.Equal(3, evaluation.Correct);
        Assert.Equal(0.75, evaluation.Accuracy);
        Assert.Equal(["balance", "freeze-card", "unfreeze-card", "none"], evaluation.PerIntent.Select(s => s.IntentId));
        var freeze = evaluation.PerIntent[1];
        Assert.Equal((2, 1, 1), (freeze.Support, freeze.Predicted, freeze.Correct));
        Assert.Equal(1, freeze.Precision);
        Assert.Equal(0.5, freeze.Recall);
        Assert.Equal(2 / 3.0, freeze.F1, 10);
        var unfreeze = evaluation.PerIntent[2];
        Assert.Equal((0, 1, 0, 0.0, 0.0), (unfreeze.Support, unfreeze.Predicted, unfreeze.Correct, unfreeze.Precision, unfreeze.Recall));
        var none = evaluation.PerIntent[3];
        Assert.Equal((1, 1, 1), (none.Support, none.Predicted, none.Correct));
        var mistake = Assert.Single(evaluation.Confusions);
        Assert.Equal(("unblock my card", "freeze-card", "unfreeze-card", 4), (mistake.Utterance.Text, mistake.Expected, mistake.Actual, mistake.Utterance.Line));
    }

    [Fact]
    public void Run_UnknownLabel_NamesTheLine()
    {
        var set = IntentEvaluation.ParseTsv("what's my balance\tbalance\nsend money\ttransfer\n", Source);

        var ex = Assert.Throws<IntentFileException>(() => IntentEvaluation.Run(Recognizer, set, Source));

        Assert.Equal(IntentErrorCodes.UnknownIntent, ex.Code);
        Assert.Equal(2, ex.Line);
        Assert.Contains("'transfer'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToReport_ShowsAccuracyTheTableAndEachMistake()
    {
        var set = IntentEvaluation.ParseTsv("what's my balance\tbalance\nunblock my card\tfreeze-card\n", Source);

        var report = IntentEvaluation.Run(Recognizer, set, Source).ToReport();

        Assert.StartsWith("accuracy 0.500 (1/2)", report, StringComparison.Ordinal);
        Assert.Contains("freeze-card -> unfreeze-card: 1", report, StringComparison.Ordinal);
        Assert.Contains("line 2: \"unblock my card\" expected freeze-card, answered unfreeze-card", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EmptySet_HasZeroAccuracy() =>
        Assert.Equal(0, IntentEvaluation.Run(Recognizer, [], Source).Accuracy);
}
