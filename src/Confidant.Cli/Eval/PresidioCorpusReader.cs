using System.Text.Json;
using Confidant.Cli.Eval.Metrics;

namespace Confidant.Cli.Eval;

/// <summary>
/// Reads Presidio's evaluation format (presidio-research InputSample): a JSON array or JSONL of
/// <c>{"full_text", "spans":[{"entity_type","start_position","end_position"}]}</c> with code-point
/// offsets, which are converted to UTF-16. Entity types are mapped by <see cref="PresidioEntityMap"/>.
/// </summary>
internal static class PresidioCorpusReader
{
    public static EvalCorpus Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var corpus = new EvalCorpus { ScoredClasses = PresidioEntityMap.TargetClasses };
        var content = reader.ReadToEnd();
        var trimmed = content.AsSpan().TrimStart();
        if (trimmed.Length > 0 && trimmed[0] == '[')
        {
            try
            {
                using var document = JsonDocument.Parse(content);
                var index = 0;
                foreach (var item in document.RootElement.EnumerateArray())
                {
                    index++;
                    corpus.Messages.Add(ReadSample(item, $"record {index}", corpus));
                }
            }
            catch (JsonException ex)
            {
                throw new CorpusFormatException($"not valid JSON (line {ex.LineNumber + 1}).", ex);
            }

            return corpus;
        }

        using var lines = new StringReader(content);
        var lineNumber = 0;
        while (lines.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                corpus.Messages.Add(ReadSample(document.RootElement, $"line {lineNumber}", corpus));
            }
            catch (JsonException ex)
            {
                throw new CorpusFormatException($"line {lineNumber}: not valid JSON.", ex);
            }
        }

        return corpus;
    }

    private static EvalMessage ReadSample(JsonElement sample, string where, EvalCorpus corpus)
    {
        if (sample.ValueKind != JsonValueKind.Object || !sample.TryGetProperty("full_text", out var textElement)
            || textElement.ValueKind != JsonValueKind.String)
        {
            throw new CorpusFormatException($"{where}: expected an object with a string field \"full_text\".");
        }

        var text = textElement.GetString()!;
        var offsets = new CodePointOffsets(text);
        var gold = new List<LabelledSpan>();
        if (sample.TryGetProperty("spans", out var spans) && spans.ValueKind == JsonValueKind.Array)
        {
            foreach (var span in spans.EnumerateArray())
            {
                var entityType = span.TryGetProperty("entity_type", out var e) ? e.GetString() ?? "" : "";
                if (!span.TryGetProperty("start_position", out var s) || !span.TryGetProperty("end_position", out var en)
                    || !s.TryGetInt32(out var start) || !en.TryGetInt32(out var end))
                {
                    throw new CorpusFormatException($"{where}: a span lacks integer start_position/end_position.");
                }

                if (!PresidioEntityMap.TryMap(entityType, out var className))
                {
                    corpus.AddUnsupported(entityType);
                    continue;
                }

                var from = offsets.ToUtf16(start);
                var to = offsets.ToUtf16(end);
                if (to > from)
                {
                    gold.Add(new LabelledSpan(from, to, className));
                }
            }
        }

        var id = sample.TryGetProperty("sample_id", out var idElement) ? idElement.ToString() : where;
        return new EvalMessage(id, null, 0, text, gold);
    }
}
