using System.Globalization;
using System.Text;
using System.Text.Json;
using Confidant.Cli.Eval.Metrics;
using Confidant.Cli.Scan;

namespace Confidant.Cli.Eval;

/// <summary>Prints an <see cref="EvaluationResult"/> as a text table or as one JSON document.</summary>
internal static class EvaluationReportWriter
{
    private static readonly CompositeFormat RowFormat = CompositeFormat.Parse("{0,-22} {1,6} {2,6} {3,6} {4,6} {5,6} {6,9} {7,9} {8,9} {9,9}");

    public static void WriteText(TextWriter output, EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var culture = CultureInfo.InvariantCulture;
        var refused = result.FailedMessages > 0
            ? string.Create(culture, $" ({result.FailedMessages} refused as too long; their gold spans count as missed)")
            : "";
        output.WriteLine(string.Create(culture, $"Messages: {result.MessageCount}{refused}"));
        output.WriteLine("Span-level; a prediction matches a gold span of the same class overlapping >= 50% of the longer span.");
        output.WriteLine();
        output.WriteLine(string.Format(culture, RowFormat, "Class", "Gold", "Pred", "TP", "FP", "FN", "Precision", "Recall", "F1", "F2"));
        output.WriteLine(new string('-', 104));
        foreach (var (name, counts) in result.Tally.ByClass)
        {
            WriteRow(output, name, counts);
        }

        output.WriteLine(new string('-', 104));
        WriteRow(output, "OVERALL (micro)", result.Tally.Micro);
        output.WriteLine();
        output.WriteLine("Classes with no gold spans: " + (result.ClassesWithoutGold.Count == 0 ? "none" : string.Join(", ", result.ClassesWithoutGold)));
        if (result.Unsupported.Count > 0)
        {
            output.WriteLine("Unsupported gold labels (excluded): " + string.Join(", ", result.Unsupported.Select(kv => $"{kv.Key} ({kv.Value})")));
        }

        if (result.IgnoredPredictions.Count > 0)
        {
            output.WriteLine("Predictions of classes this corpus cannot label (not scored): " + string.Join(", ", result.IgnoredPredictions.Select(kv => $"{kv.Key} ({kv.Value})")));
        }
    }

    public static void WriteJson(TextWriter output, EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var line = JsonLine.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("messages", result.MessageCount);
            writer.WriteNumber("refusedMessages", result.FailedMessages);
            writer.WriteString("matchRule", "same class, overlap >= 50% of the longer span");
            writer.WriteStartObject("classes");
            foreach (var (name, counts) in result.Tally.ByClass)
            {
                writer.WritePropertyName(name);
                WriteCounts(writer, counts);
            }

            writer.WriteEndObject();
            writer.WritePropertyName("overall");
            WriteCounts(writer, result.Tally.Micro);
            writer.WriteStartArray("classesWithoutGold");
            foreach (var name in result.ClassesWithoutGold)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
            WriteCountMap(writer, "unsupported", result.Unsupported);
            WriteCountMap(writer, "ignoredPredictions", result.IgnoredPredictions);
            writer.WriteEndObject();
        });
        output.WriteLine(line);
    }

    private static void WriteRow(TextWriter output, string name, ClassCounts counts)
    {
        var s = counts.Scores;
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, RowFormat, name, counts.Gold, counts.Predicted,
            counts.TruePositives, counts.FalsePositives, counts.FalseNegatives,
            s.Precision.ToString("0.0000", CultureInfo.InvariantCulture), s.Recall.ToString("0.0000", CultureInfo.InvariantCulture),
            s.F1.ToString("0.0000", CultureInfo.InvariantCulture), s.F2.ToString("0.0000", CultureInfo.InvariantCulture)));
    }

    private static void WriteCounts(Utf8JsonWriter writer, ClassCounts counts)
    {
        var s = counts.Scores;
        writer.WriteStartObject();
        writer.WriteNumber("gold", counts.Gold);
        writer.WriteNumber("predicted", counts.Predicted);
        writer.WriteNumber("tp", counts.TruePositives);
        writer.WriteNumber("fp", counts.FalsePositives);
        writer.WriteNumber("fn", counts.FalseNegatives);
        writer.WriteNumber("precision", Math.Round(s.Precision, 6));
        writer.WriteNumber("recall", Math.Round(s.Recall, 6));
        writer.WriteNumber("f1", Math.Round(s.F1, 6));
        writer.WriteNumber("f2", Math.Round(s.F2, 6));
        writer.WriteEndObject();
    }

    private static void WriteCountMap(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, int> counts)
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in counts)
        {
            writer.WriteNumber(key, value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Lists the errors of one class (or ALL): "missed" or "spurious", the message id and its text with the span marked.</summary>
    public static void WriteErrors(TextWriter output, EvaluationResult result, EvalCorpus corpus, string label)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(corpus);
        output.WriteLine();
        foreach (var (message, span, missed) in result.Errors)
        {
            if (!string.Equals(label, "ALL", StringComparison.OrdinalIgnoreCase) && !string.Equals(label, span.Label, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var m = corpus.Messages[message];
            var text = m.Text;
            var marked = $"{text[..span.Start]}\u00AB{text[span.Start..span.End]}\u00BB{text[span.End..]}";
            output.WriteLine($"{(missed ? "missed  " : "spurious")} {span.Label,-22} {m.Id} {m.Conversation}/{m.Turn}: {marked.ReplaceLineEndings(" ")}");
        }
    }
}
