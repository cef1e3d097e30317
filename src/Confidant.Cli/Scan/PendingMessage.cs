using System.Text.Json.Nodes;

namespace Confidant.Cli.Scan;

/// <summary>An input line between reading and writing: its text, the spans found in it so far, and its state.</summary>
internal sealed class PendingMessage(int line)
{
    /// <summary>Line number in the input (1-based).</summary>
    public int Line { get; } = line;

    /// <summary>The message text, once read.</summary>
    public string Text { get; set; } = "";

    /// <summary>The JSONL record the text came from (JSONL mode).</summary>
    public JsonObject? Record { get; set; }

    /// <summary>True when the line could not be read or scanned; it was reported on stderr.</summary>
    public bool Failed { get; set; }

    /// <summary>Chars of this message the conversation window remembers (0 when it was not scanned).</summary>
    public int ScannedLength { get; set; }

    /// <summary>Spans found in this message so far.</summary>
    public List<RedactionSpan> Spans { get; } = [];
}
