using System.Collections.Concurrent;

namespace Confidant.Dialog.Tests.Understanding;

public sealed class IntentRecognizerTests
{
    private static readonly IntentDefinition[] Pack =
    [
        new("balance", ["what's my balance", "how much money do I have", "check my account balance"], ["balance", "funds"]),
        new("freeze-card", ["freeze my card", "block my card for now", "lock my card"], ["freeze", "block", "sperre"]),
        new("unfreeze-card", ["unfreeze my card", "unblock my card", "turn my card back on"], ["unfreeze", "unblock"]),
        new("transfer", ["send money to <PERSON_NAME_1>", "transfer 50 to my savings", "pay my landlord"], ["transfer", "send"]),
        new("symptoms", ["I have a headache", "I have <SYMPTOM_1>", "my chest hurts"], ["symptom", "pain", "headache"]),
        new("greeting", ["hello there", "hi", "good morning"], ["hello", "hi"]),
    ];

    private static readonly IntentRecognizer Recognizer = new(Pack);

    [Theory]
    [InlineData("what's my balance", "balance")]
    [InlineData("how much money have I got in my account", "balance")]
    [InlineData("please block my debit card", "freeze-card")]
    [InlineData("send 250 to <PERSON_NAME_3>", "transfer")]
    [InlineData("hello!", "greeting")]
    public void Recognize_ExampleOrParaphrase_ReturnsItsIntent(string text, string intent)
    {
        var match = Recognizer.Recognize(text);

        Assert.Equal(intent, match.IntentId);
        Assert.False(match.IsFallback);
        Assert.InRange(match.Confidence, 0.25, 1);
    }

    [Theory]
    [InlineData("balnce", "balance")]
    [InlineData("whats my blance", "balance")]
    [InlineData("tranfer 20 to mum", "transfer")]
    [InlineData("freez card", "freeze-card")]
    [InlineData("unfreeez my card", "unfreeze-card")]
    [InlineData("hedache", "symptoms")]
    public void Recognize_TypoInAKeyword_IsTolerated(string text, string intent) =>
        Assert.Equal(intent, Recognizer.Recognize(text).IntentId);

    [Fact]
    public void Recognize_LetterSwap_CountsAsOneTypo()
    {
        var recognizer = new IntentRecognizer([new("lost-card", ["I lost my card"], ["lost", "stolen"]), .. Pack]);

        Assert.Equal("lost-card", recognizer.Recognize("lsot card").IntentId);
    }

    [Fact]
    public void Recognize_TypoToleranceOff_DoesNotGuess()
    {
        var strict = new IntentRecognizer(Pack, new IntentRecognizerOptions { FuzzyMinRatio = 101 });

        Assert.True(strict.Recognize("balnce").IsFallback);
        Assert.Equal("balance", strict.Recognize("balance").IntentId);
    }

    [Fact]
    public void Recognize_KnownWord_IsNeverReadAsANeighbour()
    {
        Assert.Equal("unfreeze-card", Recognizer.Recognize("unfreeze my card").IntentId);
        Assert.Equal("freeze-card", Recognizer.Recognize("freeze my card").IntentId);
        Assert.Equal("unfreeze-card", Recognizer.Recognize("unblock card").IntentId);
        Assert.Equal("freeze-card", Recognizer.Recognize("block card").IntentId);
    }

    [Fact]
    public void Recognize_DifferentFirstLetter_IsNotATypo() =>
        Assert.True(Recognizer.Recognize("spain").IsFallback);

    [Fact]
    public void Recognize_CompoundWordContainingAKeyword_Matches() =>
        Assert.Equal("freeze-card", Recognizer.Recognize("Kartensperre bitte").IntentId);

    [Fact]
    public void Recognize_SymptomPlaceholder_PointsToTheHealthIntent()
    {
        var match = Recognizer.Recognize("I have <SYMPTOM_1> for three days");

        Assert.Equal("symptoms", match.IntentId);
    }

    [Fact]
    public void Recognize_PlaceholderOrTokenNumber_DoesNotChangeTheAnswer()
    {
        AssertSameMatch(Recognizer.Recognize("I have <SYMPTOM_1>"), Recognizer.Recognize("I have <SYMPTOM_42>"));
        AssertSameMatch(
            Recognizer.Recognize("freeze tok_card_number_4hq2mz7wd0a9kx3s5v1tye8rcn"),
            Recognizer.Recognize("freeze tok_card_number_7dk2wq9zp4m1x8rt3c6vbn0fyh"));
        AssertSameMatch(Recognizer.Recognize("send 250 to <PERSON_NAME_1>"), Recognizer.Recognize("send 250 to <PERSON_NAME_9>"));
    }

    [Theory]
    [InlineData("what's the weather like in paris tomorrow")]
    [InlineData("tell me a joke")]
    [InlineData("who won the football last night")]
    public void Recognize_OutOfScope_FallsBackWithItsBestGuessBelowTheThreshold(string text)
    {
        var match = Recognizer.Recognize(text);

        Assert.True(match.IsFallback);
        Assert.Null(match.IntentId);
        Assert.InRange(match.Confidence, 0, 0.25);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n")]
    [InlineData("can you do that for me")]
    [InlineData("?!...")]
    public void Recognize_NothingToGoOn_ReturnsNone(string? text)
    {
        var match = Recognizer.Recognize(text);

        Assert.Same(IntentMatch.None, match);
        Assert.Empty(match.Candidates);
    }

    [Fact]
    public void Recognize_Threshold_DecidesBetweenAnIntentAndNone()
    {
        var lenient = new IntentRecognizer(Pack, new IntentRecognizerOptions { Threshold = 0 });
        var strict = new IntentRecognizer(Pack, new IntentRecognizerOptions { Threshold = 1 });
        const string vague = "my card";

        Assert.NotNull(lenient.Recognize(vague).IntentId);
        Assert.Null(strict.Recognize(vague).IntentId);
        Assert.Equal(lenient.Recognize(vague).Confidence, strict.Recognize(vague).Confidence);
    }

    [Fact]
    public void Recognize_Candidates_AreRankedBoundedAndInRange()
    {
        var recognizer = new IntentRecognizer(Pack, new IntentRecognizerOptions { MaxCandidates = 2 });

        var match = recognizer.Recognize("block my card and send money");

        Assert.InRange(match.Candidates.Count, 1, 2);
        Assert.Equal(match.Confidence, match.Candidates[0].Score);
        Assert.Equal(match.Candidates.OrderByDescending(c => c.Score).ToList(), match.Candidates);
        Assert.All(match.Candidates, c => Assert.InRange(c.Score, 0, 1));
    }

    [Fact]
    public void Recognize_HundredKilobyteMessage_OnlyItsFirstCharactersCount()
    {
        var head = "please freeze my card right now ";
        var text = head + string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet balance transfer ", 2500));
        Assert.True(text.Length > 100_000);
        var recognizer = new IntentRecognizer(Pack, new IntentRecognizerOptions { MaxInputLength = head.Length });

        var match = recognizer.Recognize(text);

        Assert.Equal("freeze-card", match.IntentId);
        AssertSameMatch(recognizer.Recognize(head), match);
    }

    [Fact]
    public void Recognize_DefaultLimit_IgnoresEverythingAfterTwoThousandCharacters()
    {
        var text = new string(' ', 2000) + "what's my balance";

        Assert.Same(IntentMatch.None, Recognizer.Recognize(text));
    }

    [Fact]
    public void Recognize_HugeRepeatedTokens_AreBounded()
    {
        AssertSameMatch(Recognizer.Recognize("balance"), Recognizer.Recognize(string.Join(' ', Enumerable.Repeat("balance", 50_000))));
        Assert.True(Recognizer.Recognize(new string('x', 100_000)).IsFallback);
        Assert.True(Recognizer.Recognize(string.Concat(Enumerable.Repeat("qwertyuiop", 10_000))).IsFallback);
    }

    [Fact]
    public void Recognize_ControlCharacters_AreSeparators() =>
        Assert.Equal("balance", Recognizer.Recognize("what's\u0000my\u0001balance\u001b[31m\r\n\u0007").IntentId);

    [Fact]
    public void Recognize_ManyThreadsAtOnce_GiveTheSameAnswers()
    {
        string[] texts = ["what's my balance", "freez my card", "I have <SYMPTOM_1>", "tell me a joke", "send 20 to <PERSON_NAME_1>", "hi"];
        var expected = texts.Select(Recognizer.Recognize).ToArray();
        var mismatches = new ConcurrentBag<string>();

        Parallel.For(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k =>
        {
            var i = k % texts.Length;
            var match = Recognizer.Recognize(texts[i]);
            if (match.IntentId != expected[i].IntentId || match.Confidence != expected[i].Confidence || !match.Candidates.SequenceEqual(expected[i].Candidates))
            {
                mismatches.Add(texts[i]);
            }
        });

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Constructor_DuplicateId_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new IntentRecognizer([Pack[0], Pack[0] with { Examples = ["other"] }]));

        Assert.Contains("'balance'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoIntentsOrNothingToMatch_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new IntentRecognizer([]));
        Assert.Throws<ArgumentException>(() => new IntentRecognizer([new("empty", ["the", "of the"], ["a"])]));
    }

    [Theory]
    [InlineData(-0.1, 2000, 5, 80)]
    [InlineData(1.5, 2000, 5, 80)]
    [InlineData(double.NaN, 2000, 5, 80)]
    [InlineData(0.3, 0, 5, 80)]
    [InlineData(0.3, 2000, 0, 80)]
    [InlineData(0.3, 2000, 5, 20)]
    public void Constructor_OptionOutOfRange_IsRefused(double threshold, int maxInputLength, int maxCandidates, int fuzzyMinRatio)
    {
        var options = new IntentRecognizerOptions
        {
            Threshold = threshold,
            MaxInputLength = maxInputLength,
            MaxCandidates = maxCandidates,
            FuzzyMinRatio = fuzzyMinRatio,
        };

        Assert.Throws<ArgumentOutOfRangeException>(() => new IntentRecognizer(Pack, options));
    }

    [Fact]
    public void Recognize_OneCommonWord_StaysBelowWhatAPriorFreeScoreWouldGive()
    {
        var withoutPrior = new IntentRecognizer(Pack, null, IntentScoring.Default with { EvidencePrior = 0 });

        var common = Recognizer.Recognize("card");
        var unguarded = withoutPrior.Recognize("card");

        Assert.True(common.Confidence < unguarded.Confidence, $"{common.Confidence} vs {unguarded.Confidence}");
        Assert.True(Recognizer.Recognize("balance").Confidence > common.Confidence);
    }

    [Fact]
    public void Intents_AreACopyOfTheDefinitionsInOrder()
    {
        var examples = new List<string> { "what's my balance" };
        var recognizer = new IntentRecognizer([new IntentDefinition("balance", examples, ["balance"]) { Description = "check your balance" }]);

        examples.Add("freeze my card");

        Assert.Equal(["what's my balance"], recognizer.Intents[0].Examples);
        Assert.Equal("check your balance", recognizer.Intents[0].Description);
        Assert.Equal(Pack.Select(i => i.Id), Recognizer.Intents.Select(i => i.Id));
        Assert.Throws<NotSupportedException>(() => ((IList<IntentDefinition>)Recognizer.Intents)[0] = Pack[1]);
    }

    private static void AssertSameMatch(IntentMatch expected, IntentMatch actual)
    {
        Assert.Equal(expected.IntentId, actual.IntentId);
        Assert.Equal(expected.Confidence, actual.Confidence);
        Assert.Equal(expected.Candidates, actual.Candidates);
    }
}
