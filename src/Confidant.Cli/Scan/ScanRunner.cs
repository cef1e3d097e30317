using System.Text.Json;
using System.Text.Json.Nodes;
using Confidant.Detection;
using Confidant.Detection.Conversation;

namespace Confidant.Cli.Scan;

/// <summary>
/// Reads messages line by line, scans them and writes one output per input line in input order.
/// In conversation mode a later message can extend a value into an earlier line, so lines are
/// held until no later message can reach them: until the messages after them add up to more
/// chars than the conversation window carries over, or until the input ends.
/// Errors name the line number only: the line may hold exactly what we must not print.
/// </summary>
internal sealed class ScanRunner
{
    private readonly SensitiveDataDetector _detector;
    private readonly ScanSettings _settings;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly Queue<PendingMessage> _pending = new();
    private readonly Dictionary<int, PendingMessage> _pendingByWindowIndex = [];
    private readonly int _carryLength;
    private ConversationWindow? _window;
    private int _windowMessages;
    private int _pendingScannedChars;
    private int _exitCode;

    public ScanRunner(SensitiveDataDetector detector, ScanSettings settings, TextWriter output, TextWriter error)
    {
        _detector = detector;
        _settings = settings;
        _output = output;
        _error = error;
        _carryLength = detector.Options.ConversationCarryLength;
    }

    /// <summary>Processes the whole input; returns the exit code (0, or 1 when a line was refused).</summary>
    public int Run(TextReader input, Action? afterLine = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        _window = _settings.Conversation ? _detector.StartConversation() : null;
        var lineNumber = 0;
        while (input.ReadLine() is { } line)
        {
            lineNumber++;
            if (_settings.Jsonl && string.IsNullOrWhiteSpace(line))
            {
                continue; // blank lines between JSONL records carry no message
            }

            var message = new PendingMessage(lineNumber);
            Read(message, line);
            if (!message.Failed)
            {
                Scan(message);
            }

            if (_window is null)
            {
                Write(message);
            }
            else
            {
                _pending.Enqueue(message);
                _pendingScannedChars += message.ScannedLength;
                Flush(atEnd: false);
            }

            afterLine?.Invoke();
        }

        Flush(atEnd: true);
        _output.Flush();
        return _exitCode;
    }

    private void Read(PendingMessage message, string line)
    {
        if (!_settings.Jsonl)
        {
            message.Text = TextSanitizer.ReplaceLoneSurrogates(line);
            return;
        }

        JsonObject? record = null;
        string? text = null;
        var unpairedSurrogate = false;
        try
        {
            record = JsonNode.Parse(line) as JsonObject;
            if (record?[_settings.Field] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            {
                text = value.GetValue<string>();
            }
        }
        catch (JsonException)
        {
            // reported below, without the line's content
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses to decode an escaped unpaired surrogate ("\ud800").
            unpairedSurrogate = true;
        }

        if (record is null || text is null)
        {
            Fail(message, unpairedSurrogate
                ? $"line {message.Line}: field \"{_settings.Field}\" is not valid UTF-16 (an unpaired surrogate escape); the line is skipped."
                : $"line {message.Line}: expected a JSON object with a string field \"{_settings.Field}\"; the line is skipped.");
            return;
        }

        message.Record = record;
        message.Text = text;
    }

    private void Scan(PendingMessage message)
    {
        try
        {
            if (_window is null)
            {
                foreach (var f in _detector.Detect(message.Text).Findings)
                {
                    message.Spans.Add(new RedactionSpan(f.Start, f.End, f.Class.Name, f.Score, f.Explanation, false));
                }

                return;
            }

            // The window numbers messages by call, even when a call throws, so count before calling.
            var windowIndex = _windowMessages++;
            _pendingByWindowIndex[windowIndex] = message;
            foreach (var finding in _window.Scan(message.Text))
            {
                foreach (var part in finding.Parts)
                {
                    if (_pendingByWindowIndex.TryGetValue(part.MessageIndex, out var target))
                    {
                        target.Spans.Add(new RedactionSpan(part.Start, part.End, finding.Class.Name, finding.Score,
                            finding.Explanation, finding.SpansMessages));
                    }
                }
            }

            message.ScannedLength = message.Text.Length;
        }
        catch (InputTooLargeException ex)
        {
            var what = _settings.FindingsOnly || _settings.Jsonl ? "it has no output" : "its output line is left empty";
            Fail(message, $"line {message.Line}: the message is {ex.Length} characters long; the detector accepts at most {ex.MaxLength} ({InputTooLargeException.ErrorCode}); {what}.");
        }
    }

    private void Fail(PendingMessage message, string error)
    {
        message.Failed = true;
        _error.WriteLine(error);
        _exitCode = 1;
    }

    /// <summary>Writes the held lines that no later message can reach any more (all of them at the end).</summary>
    private void Flush(bool atEnd)
    {
        while (_pending.Count > 0)
        {
            var first = _pending.Peek();
            var charsAfter = _pendingScannedChars - first.ScannedLength;
            if (!atEnd && first.ScannedLength > 0 && charsAfter < _carryLength)
            {
                return;
            }

            _pending.Dequeue();
            _pendingScannedChars -= first.ScannedLength;
            foreach (var (index, message) in _pendingByWindowIndex)
            {
                if (ReferenceEquals(message, first))
                {
                    _pendingByWindowIndex.Remove(index);
                    break;
                }
            }

            Write(first);
        }
    }

    private void Write(PendingMessage message)
    {
        if (_settings.Jsonl)
        {
            if (!message.Failed)
            {
                try
                {
                    WriteRecord(message);
                }
                catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
                {
                    // Another field of the record holds text the JSON writer refuses (an unpaired surrogate).
                    Fail(message, $"line {message.Line}: the record cannot be written back as JSON; the line is skipped.");
                }
            }

            return;
        }

        if (_settings.FindingsOnly)
        {
            if (!message.Failed)
            {
                WriteFindings(message);
            }

            return;
        }

        // One output line per input line, even for a refused one, so the output stays aligned with the input.
        _output.WriteLine(message.Failed ? "" : Redactor.Redact(message.Text, message.Spans));
    }

    private void WriteFindings(PendingMessage message)
    {
        message.Spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        foreach (var span in message.Spans)
        {
            _output.WriteLine(JsonLine.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", message.Line);
                WriteSpanProperties(writer, span);
                writer.WriteEndObject();
            }));
        }
    }

    private void WriteRecord(PendingMessage message)
    {
        var record = message.Record!;
        record.Remove(_settings.Field); // the unredacted text never goes out
        record["redacted"] = Redactor.Redact(message.Text, message.Spans);
        var findings = new JsonArray();
        message.Spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        foreach (var span in message.Spans)
        {
            findings.Add(JsonNode.Parse(JsonLine.Write(writer =>
            {
                writer.WriteStartObject();
                WriteSpanProperties(writer, span);
                writer.WriteEndObject();
            })));
        }

        record["findings"] = findings;
        _output.WriteLine(record.ToJsonString(JsonLine.SerializerOptions));
    }

    /// <summary>Describes a finding: class, place, score, explanation. Never the value.</summary>
    private void WriteSpanProperties(Utf8JsonWriter writer, RedactionSpan span)
    {
        writer.WriteString("class", span.ClassName);
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteNumber("score", Math.Round(span.Score, 3));
        writer.WriteString("recognizer", span.Explanation.RecognizerId);
        if (span.Explanation.Validator is null)
        {
            writer.WriteNull("validator");
        }
        else
        {
            writer.WriteString("validator", span.Explanation.Validator);
        }

        writer.WriteStartArray("context");
        foreach (var word in span.Explanation.ContextWords)
        {
            writer.WriteStringValue(word);
        }

        writer.WriteEndArray();
        if (_settings.Conversation)
        {
            writer.WriteBoolean("spansMessages", span.SpansMessages);
        }
    }
}
