using System.Text;
using System.Text.Json;

namespace Confidant.Cli.Tests.Scan;

public class ScanCommandTests
{
    private const string Card = "4111 1111 1111 1111";

    [Fact]
    public void Scan_PlainLinesWithoutFindings_AreWrittenBackLineForLine()
    {
        var result = CliHarness.Run("good morning\n\nsee you at noon\n", "scan");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["good morning", "", "see you at noon"], result.Lines);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Scan_LineWithFindings_ReplacesEachByItsClassName()
    {
        var result = CliHarness.Run($"pay with {Card} ok\nwrite to ann@example.com\nnothing here\n", () => CliHarness.PatternDetector(), "scan");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["pay with [CARD_NUMBER] ok", "write to [EMAIL]", "nothing here"], result.Lines);
    }

    [Fact]
    public void Scan_ConversationWithCardSplitOverTwoLines_RedactsBothLines()
    {
        // Needs the built-in card recognizer (it exists once the recognizer families are merged).
        var result = CliHarness.Run("my card number is 4111 1111\n1111 1111 thanks\n", "scan", "--conversation");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.Lines.Length);
        Assert.Equal("my card number is [CARD_NUMBER]", result.Lines[0]);
        Assert.Equal("[CARD_NUMBER] thanks", result.Lines[1]);
    }

    [Fact]
    public void Scan_ConversationWithConfiguredPatternSplitOverTwoLines_RedactsBothLines()
    {
        var result = CliHarness.Run("card: 4111 1111\n1111 1111 thanks\nbye\n", () => CliHarness.PatternDetector(), "scan", "--conversation");

        Assert.Equal(["card: [CARD_NUMBER]", "[CARD_NUMBER] thanks", "bye"], result.Lines);
    }

    [Fact]
    public void Scan_ConversationWithValueSplitOverManyShortLines_HoldsEveryLineUntilItIsOutOfReach()
    {
        var result = CliHarness.Run("4111\n1111\n1111\n1111\nok\n", () => CliHarness.PatternDetector(), "scan", "--conversation");

        Assert.Equal(["[CARD_NUMBER]", "[CARD_NUMBER]", "[CARD_NUMBER]", "[CARD_NUMBER]", "ok"], result.Lines);
    }

    [Fact]
    public void Scan_WithoutConversation_ValueSplitOverTwoLinesIsNotJoined()
    {
        var result = CliHarness.Run("card: 4111 1111\n1111 1111 thanks\n", () => CliHarness.PatternDetector(), "scan");

        Assert.Equal(["card: 4111 1111", "1111 1111 thanks"], result.Lines);
    }

    [Theory]
    [InlineData("--json")]
    [InlineData("--list")]
    public void Scan_JsonOutput_NeverContainsThePlantedCanary(string option)
    {
        var input = $"canary {Card} here\nand mail canary@example.com\n";

        var withBuiltIns = CliHarness.Run(input, "scan", option);
        var withPatterns = CliHarness.Run(input, () => CliHarness.PatternDetector(), "scan", option);

        foreach (var result in new[] { withBuiltIns, withPatterns })
        {
            Assert.DoesNotContain(Card, result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("4111111111111111", result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("canary@example.com", result.Output, StringComparison.Ordinal);
        }

        var lines = withPatterns.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("CARD_NUMBER", lines[0].GetProperty("class").GetString());
        Assert.Equal(1, lines[0].GetProperty("line").GetInt32());
        Assert.Equal(7, lines[0].GetProperty("start").GetInt32());
        Assert.Equal(26, lines[0].GetProperty("end").GetInt32());
        Assert.Equal("test.card", lines[0].GetProperty("recognizer").GetString());
        Assert.Equal("luhn", lines[0].GetProperty("validator").GetString());
        Assert.Equal("EMAIL", lines[1].GetProperty("class").GetString());
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
    }

    [Fact]
    public void Scan_Jsonl_WritesRedactedAndFindingsAndDropsTheText()
    {
        var input = """
            {"id":"m1","text":"card {CARD} please","user":"u7"}

            {"id":"m2","text":"nothing"}
            """.Replace("{CARD}", Card, StringComparison.Ordinal);

        var result = CliHarness.Run(input, () => CliHarness.PatternDetector(), "scan", "--jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(Card, result.Output, StringComparison.Ordinal);
        var records = result.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal("m1", records[0].GetProperty("id").GetString());
        Assert.Equal("u7", records[0].GetProperty("user").GetString());
        Assert.False(records[0].TryGetProperty("text", out _));
        Assert.Equal("card [CARD_NUMBER] please", records[0].GetProperty("redacted").GetString());
        var finding = Assert.Single(records[0].GetProperty("findings").EnumerateArray());
        Assert.Equal("CARD_NUMBER", finding.GetProperty("class").GetString());
        Assert.Equal(5, finding.GetProperty("start").GetInt32());
        Assert.Empty(records[1].GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public void Scan_JsonlWithOtherField_ReadsThatField()
    {
        var result = CliHarness.Run("{\"body\":\"mail bob@example.org\"}\n", () => CliHarness.PatternDetector(), "scan", "--jsonl", "--field", "body");

        var record = JsonDocument.Parse(Assert.Single(result.Lines)).RootElement;
        Assert.Equal("mail [EMAIL]", record.GetProperty("redacted").GetString());
        Assert.False(record.TryGetProperty("body", out _));
    }

    [Fact]
    public void Scan_JsonlWithBrokenLine_ReportsItsNumberAndKeepsTheOthers()
    {
        var result = CliHarness.Run("{\"text\":\"a\"}\n{\"text\": secret-stuff\n{\"text\":\"b\"}\n", "scan", "--jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.Lines.Length);
        Assert.Contains("line 2", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-stuff", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_OversizedLine_ReportsItsLineNumberWithoutEchoingItAndKeepsTheOtherLines()
    {
        var secret = "canary" + new string('x', 200);

        var result = CliHarness.Run($"first line\n{secret}\nthird line\n", () => CliHarness.PatternDetector(maxInputLength: 100), "scan");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("line 2", result.Error, StringComparison.Ordinal);
        Assert.Contains("CONF-DET-001", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("canary", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("canary", result.Output, StringComparison.Ordinal);
        Assert.Equal(["first line", "", "third line"], result.Lines);
    }

    [Fact]
    public void Scan_OversizedLineInConversation_KeepsTheOtherLinesInOrder()
    {
        var result = CliHarness.Run($"one\n{new string('y', 300)}\nthree\n", () => CliHarness.PatternDetector(maxInputLength: 100), "scan", "--conversation");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("line 2", result.Error, StringComparison.Ordinal);
        Assert.Equal(["one", "", "three"], result.Lines);
    }

    [Fact]
    public void Scan_BrokenUtf8_IsReadWithReplacementCharsWithoutCrashing()
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("ok "));
        bytes.AddRange([0xFF, 0xC3, 0x28, 0xE2, 0x82]);
        bytes.AddRange(Encoding.UTF8.GetBytes(" end\nnext\n"));

        var result = CliHarness.RunBytes([.. bytes], "scan");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.Lines.Length);
        Assert.StartsWith("ok \uFFFD", result.Lines[0], StringComparison.Ordinal);
        Assert.EndsWith(" end", result.Lines[0], StringComparison.Ordinal);
        Assert.Equal("next", result.Lines[1]);
    }

    [Fact]
    public void Scan_JsonlWithLoneSurrogateEscape_ReportsTheLineWithoutCrashing()
    {
        var result = CliHarness.Run("{\"text\":\"half \\ud800 pair\"}\n{\"text\":\"fine\"}\n", "scan", "--jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 1", result.Error, StringComparison.Ordinal);
        Assert.Equal("fine", JsonDocument.Parse(Assert.Single(result.Lines)).RootElement.GetProperty("redacted").GetString());
    }

    [Fact]
    public void Scan_PlainLineWithLoneSurrogate_IsWrittenWithAReplacementChar()
    {
        var result = CliHarness.Run("half \ud800 pair\n", "scan");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["half \uFFFD pair"], result.Lines);
    }

    [Fact]
    public void Scan_FileArgument_ReadsTheFileInsteadOfStandardInput()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, $"from file {Card}\n");

            var result = CliHarness.Run("from stdin\n", () => CliHarness.PatternDetector(), "scan", path);

            Assert.Equal(["from file [CARD_NUMBER]"], result.Lines);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Scan_MissingFile_FailsWithAMessage()
    {
        var result = CliHarness.Run("", "scan", Path.Combine(Path.GetTempPath(), "confidant-no-such-file.txt"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.NotEqual("", result.Error);
    }
}
