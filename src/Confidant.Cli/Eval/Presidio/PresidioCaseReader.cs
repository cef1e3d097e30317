using System.Text.Json;

namespace Confidant.Cli.Eval.Presidio;

/// <summary>
/// Reads presidio-recognizer-cases.jsonl (see shared/eval/README.md). The rows keep the parameter
/// names of the Python tests they come from, so positions are under <c>expected_positions</c>,
/// <c>expected_position</c>, <c>expected_res</c> or <c>expected_start</c>/<c>expected_end</c>,
/// and the entity under <c>_entities</c> (indexed by <c>entity_num</c> when present) or
/// <c>entities</c>. Rows without <c>expected_len</c> or an entity test something else and are skipped.
/// </summary>
internal static class PresidioCaseReader
{
    /// <summary>The cases file's name inside shared/eval.</summary>
    public const string FileName = "presidio-recognizer-cases.jsonl";

    /// <summary>
    /// Looks for shared/eval/presidio-recognizer-cases.jsonl in <paramref name="startDirectory"/>
    /// and each of its parents (a checkout has shared/ beside it or above it); null when absent.
    /// </summary>
    public static string? Locate(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "eval", FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static IReadOnlyList<PresidioCase> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var cases = new List<PresidioCase>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            if (TryRead(document.RootElement, lineNumber) is { } presidioCase)
            {
                cases.Add(presidioCase);
            }
        }

        return cases;
    }

    private static PresidioCase? TryRead(JsonElement row, int lineNumber)
    {
        if (!row.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String
            || !row.TryGetProperty("expected_len", out var expectedLen) || !expectedLen.TryGetInt32(out var expectedCount))
        {
            return null;
        }

        var entity = EntityOf(row);
        if (entity is null)
        {
            return null;
        }

        return new PresidioCase(lineNumber, entity, text.GetString()!, expectedCount, PositionsOf(row));
    }

    private static string? EntityOf(JsonElement row)
    {
        if (row.TryGetProperty("_entities", out var entities) && entities.ValueKind == JsonValueKind.Array && entities.GetArrayLength() > 0)
        {
            var index = row.TryGetProperty("entity_num", out var num) && num.TryGetInt32(out var n) && n >= 0 && n < entities.GetArrayLength() ? n : 0;
            return entities[index].GetString();
        }

        if (row.TryGetProperty("entities", out var perPosition) && perPosition.ValueKind == JsonValueKind.Array && perPosition.GetArrayLength() > 0)
        {
            return perPosition[0].GetString();
        }

        return null;
    }

    private static List<(int Start, int End)> PositionsOf(JsonElement row)
    {
        var positions = new List<(int, int)>();
        foreach (var name in (string[])["expected_positions", "expected_res"])
        {
            if (row.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var pair in list.EnumerateArray())
                {
                    AddPair(pair, positions);
                }
            }
        }

        if (row.TryGetProperty("expected_position", out var single))
        {
            AddPair(single, positions);
        }

        if (row.TryGetProperty("expected_start", out var start) && row.TryGetProperty("expected_end", out var end)
            && start.TryGetInt32(out var s) && end.TryGetInt32(out var e))
        {
            positions.Add((s, e));
        }

        return positions;
    }

    private static void AddPair(JsonElement pair, List<(int, int)> positions)
    {
        if (pair.ValueKind == JsonValueKind.Array && pair.GetArrayLength() == 2
            && pair[0].TryGetInt32(out var s) && pair[1].TryGetInt32(out var e) && e > s)
        {
            positions.Add((s, e));
        }
    }
}
