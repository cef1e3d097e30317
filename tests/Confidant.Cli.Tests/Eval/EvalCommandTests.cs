using System.Text.Json;

namespace Confidant.Cli.Tests.Eval;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("confidant-eval-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Eval_TinyCorpus_PrintsTheHandComputedMetrics()
    {
        // With the pattern detector (cards in four groups, lowercase emails):
        // m1: card found (TP); m2: email gold "Ann@Example.com" not found by the lowercase pattern (FN);
        // m3: email found but not labelled (FP); m4: email found (TP).
        // EMAIL: TP 1, FP 1, FN 1 -> P 0.5, R 0.5, F1 0.5, F2 0.5. CARD_NUMBER: all 1.
        // Micro: TP 2, FP 1, FN 1 -> P 2/3, R 2/3, F1 2/3, F2 2/3.
        var corpus = Write("corpus.jsonl", """
            {"id":"m1","text":"card 4111 1111 1111 1111 ok","spans":[{"start":5,"end":24,"label":"CARD_NUMBER"}]}
            {"id":"m2","text":"mail Ann@Example.com","spans":[{"start":5,"end":20,"label":"EMAIL"}]}
            {"id":"m3","text":"mail bob@example.com","spans":[]}
            {"id":"m4","text":"mail eve@example.com","spans":[{"start":5,"end":20,"label":"EMAIL"},{"start":0,"end":4,"label":"FAVOURITE_COLOUR"}]}
            """);

        var result = CliHarness.Run("", () => CliHarness.PatternDetector(), "eval", corpus, "--json");

        Assert.Equal(0, result.ExitCode);
        var report = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(4, report.GetProperty("messages").GetInt32());
        var email = report.GetProperty("classes").GetProperty("EMAIL");
        Assert.Equal((1, 1, 1), (email.GetProperty("tp").GetInt32(), email.GetProperty("fp").GetInt32(), email.GetProperty("fn").GetInt32()));
        Assert.Equal(0.5, email.GetProperty("f2").GetDouble(), 6);
        Assert.Equal(1.0, report.GetProperty("classes").GetProperty("CARD_NUMBER").GetProperty("f1").GetDouble(), 6);
        var overall = report.GetProperty("overall");
        Assert.Equal(0.666667, overall.GetProperty("precision").GetDouble(), 6);
        Assert.Equal(0.666667, overall.GetProperty("recall").GetDouble(), 6);
        Assert.Equal(1, report.GetProperty("unsupported").GetProperty("FAVOURITE_COLOUR").GetInt32());
        var withoutGold = report.GetProperty("classesWithoutGold").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("IBAN", withoutGold);
        Assert.DoesNotContain("EMAIL", withoutGold);
    }

    [Fact]
    public void Eval_TextReport_HasATableRowPerClassAndTheOverallRow()
    {
        var corpus = Write("corpus.jsonl", """
            {"text":"mail eve@example.com","spans":[{"start":5,"end":20,"label":"EMAIL"}]}
            """);

        var result = CliHarness.Run("", () => CliHarness.PatternDetector(), "eval", corpus);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.Lines, l => l.StartsWith("EMAIL ", StringComparison.Ordinal) && l.Contains("1.0000", StringComparison.Ordinal));
        Assert.Contains(result.Lines, l => l.StartsWith("OVERALL (micro)", StringComparison.Ordinal));
        Assert.Contains(result.Lines, l => l.StartsWith("Classes with no gold spans:", StringComparison.Ordinal));
    }

    [Fact]
    public void Eval_ConversationSplitAcrossTurns_CreditsEachPartToItsMessage()
    {
        // Turns are given out of order in the file; the evaluator scans them in turn order.
        var corpus = Write("corpus.jsonl", """
            {"id":"b","conversation":"c1","turn":2,"text":"1111 1111 thanks","spans":[{"start":0,"end":9,"label":"CARD_NUMBER"}]}
            {"id":"a","conversation":"c1","turn":1,"text":"card: 4111 1111","spans":[{"start":6,"end":15,"label":"CARD_NUMBER"}]}
            """);

        var result = CliHarness.Run("", () => CliHarness.PatternDetector(), "eval", corpus, "--json");

        var card = JsonDocument.Parse(result.Output).RootElement.GetProperty("classes").GetProperty("CARD_NUMBER");
        Assert.Equal(2, card.GetProperty("tp").GetInt32());
        Assert.Equal(0, card.GetProperty("fp").GetInt32());
    }

    [Fact]
    public void Eval_PresidioFormat_MapsEntityTypesAndConvertsCodePointOffsets()
    {
        // The emoji is one code point but two UTF-16 units: Presidio's 7..22 is our 8..23.
        // LOCATION has no Confidant class: unsupported.
        var corpus = Write("presidio.json", """
            [
              {"full_text":"\ud83d\ude00 mail eve@example.com in Paris","spans":[
                {"entity_type":"EMAIL_ADDRESS","entity_value":"eve@example.com","start_position":7,"end_position":22},
                {"entity_type":"LOCATION","entity_value":"Paris","start_position":26,"end_position":31}]}
            ]
            """);

        var result = CliHarness.Run("", () => CliHarness.PatternDetector(), "eval", corpus, "--format", "presidio", "--json");

        Assert.Equal(0, result.ExitCode);
        var report = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(1, report.GetProperty("classes").GetProperty("EMAIL").GetProperty("tp").GetInt32());
        Assert.Equal(1, report.GetProperty("unsupported").GetProperty("LOCATION").GetInt32());
    }

    [Fact]
    public void Eval_PresidioCases_PrintsAMarkdownTablePerEntity()
    {
        var cases = Write("cases.jsonl", """
            {"text": "mail eve@example.com", "expected_len": 1, "expected_positions": [[5, 20]], "_entities": ["EMAIL_ADDRESS"]}
            {"text": "mail nobody", "expected_len": 0, "expected_positions": [], "_entities": ["EMAIL_ADDRESS"]}
            {"text": "mail Ann@Example.com", "expected_len": 1, "expected_positions": [[5, 20]], "_entities": ["EMAIL_ADDRESS"]}
            {"text": "AB123456C", "expected_len": 1, "expected_positions": [[0, 9]], "_entities": ["XX_UNKNOWN"]}
            """);

        var result = CliHarness.Run("", () => CliHarness.PatternDetector(), "eval", "--presidio-cases", cases);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| EMAIL_ADDRESS | EMAIL | 3 | 2 | 1 | 1/2 | 1/1 |", result.Output, StringComparison.Ordinal);
        Assert.Contains("- line 3 (expected)", result.Output, StringComparison.Ordinal);
        Assert.Contains("XX_UNKNOWN (1)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_WithoutCorpusOrCases_IsAUsageError()
    {
        var result = CliHarness.Run("", "eval");

        Assert.NotEqual(0, result.ExitCode);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
