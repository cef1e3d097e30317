namespace Confidant.Dialog.Tests.Understanding;

public sealed class IntentFileTests : IDisposable
{
    private const string Source = "bots/test/intents.yaml";
    private readonly string _directory = Directory.CreateTempSubdirectory("confidant-intents-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string, string[]> BotIds => new()
    {
        { "banking", ["balance", "transactions", "freeze-card", "unfreeze-card", "lost-card", "transfer", "change-address", "branch-hours", "human-agent", "greeting", "goodbye"] },
        { "retail", ["find-product", "order-item", "pay-card", "order-status", "returns", "human-agent", "greeting", "goodbye"] },
        { "healthcare", ["symptoms", "book-appointment", "medical-history", "human-agent", "greeting", "goodbye"] },
    };

    [Theory]
    [MemberData(nameof(BotIds))]
    public void Load_DemoBotPack_HasExactlyItsIntentsWithEnoughExamples(string bot, string[] ids)
    {
        var intents = IntentFile.Load(RepositoryFiles.IntentFile(bot));

        Assert.Equal(ids, intents.Select(i => i.Id));
        Assert.All(intents, i =>
        {
            Assert.InRange(i.Examples.Count, 15, 40);
            Assert.NotEmpty(i.Keywords);
            Assert.False(string.IsNullOrWhiteSpace(i.Description));
        });
    }

    [Fact]
    public void Parse_ValidFile_ReadsEveryField()
    {
        const string yaml = """
            intents:
              - id: balance
                description: check your account balance   # shown in the fallback
                keywords: [balance, funds]
                examples:
                  - what's my balance
                  - "how much is item #12 worth"
              - id: greeting
                examples: [hello, hi there]
            """;

        var intents = IntentFile.Parse(yaml, Source);

        Assert.Equal(2, intents.Count);
        Assert.Equal("balance", intents[0].Id);
        Assert.Equal("check your account balance", intents[0].Description);
        Assert.Equal(["balance", "funds"], intents[0].Keywords);
        Assert.Equal(["what's my balance", "how much is item #12 worth"], intents[0].Examples);
        Assert.Null(intents[1].Description);
        Assert.Empty(intents[1].Keywords);
    }

    [Fact]
    public void Parse_ExamplesNotAList_NamesFileLineAndField()
    {
        const string yaml = """
            intents:
              - id: balance
                examples:
                  - what's my balance
              - id: greeting
                examples: [hi]
              - id: goodbye
                examples: [bye]
              - id: transfer
                keywords: [send]
                examples: send money
            """;

        var ex = Assert.Throws<IntentFileException>(() => IntentFile.Parse(yaml, Source));

        Assert.Equal(IntentErrorCodes.InvalidField, ex.Code);
        Assert.Equal(11, ex.Line);
        Assert.Equal("intents[3].examples", ex.Field);
        Assert.Equal("bots/test/intents.yaml:11: intents[3].examples: must be a list of strings", ex.Message);
    }

    [Fact]
    public void Parse_DuplicateId_PointsAtTheSecondOne()
    {
        const string yaml = """
            intents:
              - id: balance
                examples: [what's my balance]
              - id: balance
                examples: [how much do I have]
            """;

        var ex = Assert.Throws<IntentFileException>(() => IntentFile.Parse(yaml, Source));

        Assert.Equal(IntentErrorCodes.DuplicateId, ex.Code);
        Assert.Equal(4, ex.Line);
        Assert.Equal("intents[1].id", ex.Field);
        Assert.Contains("line 2", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    examples: []\n", 2, "intents[0].examples")]
    [InlineData("    keywords: [hi]\n", 2, "intents[0].examples")]
    [InlineData("    examples:\n      - hello\n      - ''\n", 5, "intents[0].examples[1]")]
    public void Parse_NoOrEmptyExamples_AreRefused(string examples, int line, string field)
    {
        var yaml = "intents:\n  - id: greeting\n" + examples;

        var ex = Assert.Throws<IntentFileException>(() => IntentFile.Parse(yaml, Source));

        Assert.Equal(IntentErrorCodes.EmptyExamples, ex.Code);
        Assert.Equal(line, ex.Line);
        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void Parse_ExampleOverTwoHundredCharacters_IsRefused()
    {
        var yaml = $"intents:\n  - id: greeting\n    examples:\n      - hello\n      - {new string('a', 201)}\n";

        var ex = Assert.Throws<IntentFileException>(() => IntentFile.Parse(yaml, Source));

        Assert.Equal(IntentErrorCodes.TooLong, ex.Code);
        Assert.Equal(5, ex.Line);
        Assert.Equal("intents[0].examples[1]", ex.Field);
        Assert.Equal(200, IntentFile.MaxExampleLength);
        Assert.Single(IntentFile.Parse($"intents:\n  - id: greeting\n    examples: [{new string('a', 200)}]\n", Source)[0].Examples);
    }

    [Fact]
    public void Parse_SameExampleInTwoIntents_IsRefused()
    {
        const string yaml = "intents:\n  - id: a\n    examples: [block my card]\n  - id: b\n    examples: [hello, Block  my card]\n";

        var ex = Assert.Throws<IntentFileException>(() => IntentFile.Parse(yaml, Source));

        Assert.Equal(IntentErrorCodes.DuplicateExample, ex.Code);
        Assert.Equal(5, ex.Line);
        Assert.Equal("intents[1].examples[1]", ex.Field);
    }

    [Fact]
    public void Parse_UnquotedExampleCutByAComment_IsRefused()
    {
        const string yaml = "intents:\n  - id: order-item\n    examples:\n      - buy this\n      - I want to buy item #389501\n";

        var ex = Assert.Throws<IntentFileException>(() => IntentFile.Parse(yaml, Source));

        Assert.Equal(IntentErrorCodes.InvalidField, ex.Code);
        Assert.Equal(5, ex.Line);
        Assert.Equal("intents[0].examples[1]", ex.Field);
        Assert.Contains("quotes", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("intents:\n  - id: a\n    exmples: [hi]\n", 3, "intents[0].exmples")]
    [InlineData("intents:\n  - id: Freeze Card\n    examples: [hi]\n", 2, "intents[0].id")]
    [InlineData("intents:\n  - examples: [hi]\n", 2, "intents[0].id")]
    [InlineData("intents:\n  - id: a\n    examples: [hi]\n    keywords: freeze\n", 4, "intents[0].keywords")]
    [InlineData("intents:\n  - just a string\n", 2, "intents[0]")]
    [InlineData("intents: []\n", 1, "intents")]
    [InlineData("bots:\n  - id: a\n", 1, "bots")]
    [InlineData("# nothing but a comment\n", 1, "intents")]
    public void Parse_WrongShape_NamesLineAndField(string yaml, int line, string field)
    {
        var ex = Assert.Throws<IntentFileException>(() => IntentFile.Parse(yaml, Source));

        Assert.Equal(IntentErrorCodes.InvalidField, ex.Code);
        Assert.Equal(line, ex.Line);
        Assert.Equal(field, ex.Field);
        Assert.StartsWith($"{Source}:{line}: {field}: ", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("intents:\n  - id: a\n    examples: [hi\n  - id: b\n", 3, 5)]
    [InlineData("intents:\n  - id: a\n    examples:\n      - \"hi\n", 4, 5)]
    [InlineData("intents:\n  - id: a\n   examples: [hi]\n", 3, 3)]
    [InlineData("intents:\n  - id: a\n    id: b\n    examples: [hi]\n", 2, 3)]
    [InlineData("intents:\n\t- id: a\n", 1, 2)]
    public void Parse_InvalidYaml_ReportsAboutWhere(string yaml, int firstLine, int lastLine)
    {
        var ex = Assert.Throws<IntentFileException>(() => IntentFile.Parse(yaml, Source));

        Assert.Equal(IntentErrorCodes.InvalidYaml, ex.Code);
        Assert.InRange(ex.Line, firstLine, lastLine);
        Assert.StartsWith($"{Source}:{ex.Line}: is not valid YAML", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_IsReportedWithItsPath()
    {
        var path = Path.Combine(_directory, "missing.yaml");

        var ex = Assert.Throws<IntentFileException>(() => IntentFile.Load(path));

        Assert.Equal(IntentErrorCodes.FileUnreadable, ex.Code);
        Assert.StartsWith(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileOnDisk_ErrorsNameThePathAsGiven()
    {
        var path = Path.Combine(_directory, "intents.yaml");
        File.WriteAllText(path, "intents:\n  - id: a\n    examples: hello\n");

        var ex = Assert.Throws<IntentFileException>(() => IntentFile.Load(path));

        Assert.Equal($"{path}:3: intents[0].examples: must be a list of strings", ex.Message);
    }
}
