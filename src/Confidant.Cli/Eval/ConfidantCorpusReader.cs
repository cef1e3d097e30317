using System.Text.Json;
using Confidant.Cli.Eval.Metrics;
using Confidant.Detection.Taxonomy;

namespace Confidant.Cli.Eval;

/// <summary>
/// Reads the project's corpus format: JSONL, one message a line,
/// <c>{"id","conversation","turn","text","spans":[{"start","end","label"}]}</c>, UTF-16 offsets.
/// <c>id</c>, <c>conversation</c> and <c>turn</c> are optional.
/// </summary>
internal static class ConfidantCorpusReader
{
    public static EvalCorpus Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var corpus = new EvalCorpus();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                corpus.Messages.Add(ReadMessage(document.RootElement, lineNumber, corpus));
            }
            catch (JsonException ex)
            {
                throw new CorpusFormatException($"line {lineNumber}: not valid JSON ({ex.BytePositionInLine} bytes in).", ex);
            }
            catch (InvalidOperationException ex)
            {
                throw new CorpusFormatException($"line {lineNumber}: a field has the wrong type.", ex);
            }
        }

        return corpus;
    }

    private static EvalMessage ReadMessage(JsonElement root, int lineNumber, EvalCorpus corpus)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var textElement)
            || textElement.ValueKind != JsonValueKind.String)
        {
            throw new CorpusFormatException($"line {lineNumber}: expected an object with a string field \"text\".");
        }

        var text = textElement.GetString()!;
        var id = root.TryGetProperty("id", out var idElement) ? ScalarToString(idElement) : null;
        var conversation = root.TryGetProperty("conversation", out var c) ? ScalarToString(c) : null;
        var turn = root.TryGetProperty("turn", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : 0;

        var gold = new List<LabelledSpan>();
        if (root.TryGetProperty("spans", out var spans) && spans.ValueKind == JsonValueKind.Array)
        {
            foreach (var span in spans.EnumerateArray())
            {
                var label = span.GetProperty("label").GetString() ?? "";
                var start = span.GetProperty("start").GetInt32();
                var end = span.GetProperty("end").GetInt32();
                if (start < 0 || end > text.Length || end <= start)
                {
                    throw new CorpusFormatException($"line {lineNumber}: span [{start}..{end}) is outside the text ({text.Length} chars).");
                }

                if (DataClasses.TryGet(label, out var dataClass))
                {
                    gold.Add(new LabelledSpan(start, end, dataClass.Name));
                }
                else
                {
                    corpus.AddUnsupported(label);
                }
            }
        }

        return new EvalMessage(id ?? $"line {lineNumber}", conversation, turn, text, gold);
    }

    private static string? ScalarToString(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        _ => null,
    };
}
