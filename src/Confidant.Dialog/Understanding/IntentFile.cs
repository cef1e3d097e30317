using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Confidant.Dialog.Understanding;

/// <summary>
/// Reads a bot pack's <c>intents.yaml</c>:
/// <code>
/// intents:
///   - id: balance
///     description: check your account balance
///     keywords: [balance, funds]
///     examples:
///       - what's my balance
///       - how much money do I have
/// </code>
/// Strict: unknown fields, duplicate ids, an intent without examples, an empty or repeated example,
/// an example over <see cref="MaxExampleLength"/> characters, and an unquoted example cut short by
/// a YAML comment (<c>- buy item #389501</c> reads as "buy item") are refused with an
/// <see cref="IntentFileException"/> naming the file, line and field.
/// </summary>
public static partial class IntentFile
{
    /// <summary>The longest example phrase, in characters.</summary>
    public const int MaxExampleLength = 200;

    /// <summary>The longest description, in characters.</summary>
    public const int MaxDescriptionLength = 200;

    /// <summary>The longest keyword, in characters.</summary>
    public const int MaxKeywordLength = 60;

    /// <summary>The largest file read, in bytes.</summary>
    public const int MaxFileBytes = 1 << 20;

    private const string Root = "intents";

    /// <summary>Reads and checks an intent file.</summary>
    /// <param name="path">The file; errors name it as given.</param>
    /// <returns>The intents, in file order.</returns>
    /// <exception cref="IntentFileException">The file cannot be read or is not a valid intent file.</exception>
    public static IReadOnlyList<IntentDefinition> Load(string path)
    {
        return Parse(ReadText(path, MaxFileBytes), path);
    }

    /// <summary>A pack or evaluation file's text, refused when it is larger than <paramref name="maxBytes"/> or cannot be read.</summary>
    internal static string ReadText(string path, long maxBytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > maxBytes)
            {
                throw new IntentFileException(IntentErrorCodes.FileUnreadable, path, 0, null, $"is larger than {maxBytes} bytes");
            }

            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new IntentFileException(IntentErrorCodes.FileUnreadable, path, 0, null, $"cannot be read ({ex.GetType().Name})", ex);
        }

        return text;
    }

    /// <summary>Checks intent-file text.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">How errors name the source, usually its path.</param>
    /// <returns>The intents, in file order.</returns>
    /// <exception cref="IntentFileException">The text is not a valid intent file.</exception>
    public static IReadOnlyList<IntentDefinition> Parse(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        var stream = new YamlStream();
        var parser = new PositionTrackingParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            throw new IntentFileException(IntentErrorCodes.InvalidYaml, sourceName, LineOf(ex.Start), null, $"is not valid YAML: {Describe(ex)}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // The scanner gives up without a position on some unterminated constructs ("[hi" at
            // the end of the file); the last event read is the best place to point at.
            throw new IntentFileException(IntentErrorCodes.InvalidYaml, sourceName, parser.LastLine, null, "is not valid YAML: an unterminated list, mapping or quote", ex);
        }

        if (stream.Documents.Count == 0)
        {
            throw Invalid(sourceName, 1, Root, "is missing (the file is empty)");
        }

        if (stream.Documents.Count > 1)
        {
            throw Invalid(sourceName, LineOf(stream.Documents[1].RootNode.Start), null, "must hold one YAML document");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Invalid(sourceName, LineOf(stream.Documents[0].RootNode.Start), null, $"must be a mapping with the field '{Root}'");
        }

        YamlNode? list = null;
        foreach (var (key, value) in root.Children)
        {
            var name = KeyName(key, sourceName, null);
            if (name != Root)
            {
                throw Invalid(sourceName, LineOf(key.Start), name, $"unknown field (expected '{Root}')");
            }

            list = value;
        }

        if (list is null)
        {
            throw Invalid(sourceName, LineOf(root.Start), Root, "is missing");
        }

        if (list is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            throw Invalid(sourceName, LineOf(list.Start), Root, "must be a non-empty list of intents");
        }

        var lines = yaml.Split('\n');
        var intents = new List<IntentDefinition>(sequence.Children.Count);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var examples = new Dictionary<string, (string Id, int Line)>(StringComparer.Ordinal);
        for (var index = 0; index < sequence.Children.Count; index++)
        {
            var intent = ReadIntent(sequence.Children[index], $"{Root}[{index}]", sourceName, lines, examples);
            if (ids.TryGetValue(intent.Definition.Id, out var firstLine))
            {
                throw new IntentFileException(IntentErrorCodes.DuplicateId, sourceName, intent.IdLine, $"{Root}[{index}].id",
                    $"duplicate id '{intent.Definition.Id}' (first used at line {firstLine})");
            }

            ids.Add(intent.Definition.Id, intent.IdLine);
            intents.Add(intent.Definition);
        }

        return intents;
    }

    private static (IntentDefinition Definition, int IdLine) ReadIntent(
        YamlNode node, string path, string source, string[] lines, Dictionary<string, (string Id, int Line)> seenExamples)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw Invalid(source, LineOf(node.Start), path, "must be a mapping with id, description, keywords and examples");
        }

        string? id = null;
        var idLine = LineOf(mapping.Start);
        string? description = null;
        IReadOnlyList<string> keywords = [];
        List<(string Text, int Line)>? examples = null;
        foreach (var (key, value) in mapping.Children)
        {
            var name = KeyName(key, source, path);
            var field = $"{path}.{name}";
            switch (name)
            {
                case "id":
                    id = Scalar(value, source, field);
                    idLine = LineOf(value.Start);
                    if (!IdPattern().IsMatch(id))
                    {
                        throw Invalid(source, idLine, field, "must be lower-case letters and digits, words joined by '-' (such as freeze-card)");
                    }

                    break;
                case "description":
                    description = Scalar(value, source, field).Trim();
                    if (description.Length > MaxDescriptionLength)
                    {
                        throw new IntentFileException(IntentErrorCodes.TooLong, source, LineOf(value.Start), field, $"is longer than {MaxDescriptionLength} characters");
                    }

                    break;
                case "keywords":
                    var words = StringList(value, source, lines, field);
                    foreach (var (word, line) in words)
                    {
                        if (word.Length > MaxKeywordLength)
                        {
                            throw new IntentFileException(IntentErrorCodes.TooLong, source, line, field, $"'{word[..20]}…' is longer than {MaxKeywordLength} characters");
                        }
                    }

                    keywords = [.. words.Select(w => w.Text)];
                    break;
                case "examples":
                    examples = StringList(value, source, lines, field);
                    break;
                default:
                    throw Invalid(source, LineOf(key.Start), field, "unknown field (expected id, description, keywords or examples)");
            }
        }

        if (id is null)
        {
            throw Invalid(source, LineOf(mapping.Start), $"{path}.id", "is missing");
        }

        if (examples is null || examples.Count == 0)
        {
            throw new IntentFileException(IntentErrorCodes.EmptyExamples, source, LineOf(mapping.Start), $"{path}.examples", "needs at least one example phrase");
        }

        for (var i = 0; i < examples.Count; i++)
        {
            var (text, line) = examples[i];
            var field = $"{path}.examples[{i}]";
            if (text.Length > MaxExampleLength)
            {
                throw new IntentFileException(IntentErrorCodes.TooLong, source, line, field, $"is longer than {MaxExampleLength} characters ({text.Length})");
            }

            var key = NormalizeExample(text);
            if (seenExamples.TryGetValue(key, out var first))
            {
                throw new IntentFileException(IntentErrorCodes.DuplicateExample, source, line, field,
                    $"repeats an example of '{first.Id}' (line {first.Line})");
            }

            seenExamples.Add(key, (id, line));
        }

        return (new IntentDefinition(id, [.. examples.Select(e => e.Text)], keywords) { Description = description }, idLine);
    }

    private static List<(string Text, int Line)> StringList(YamlNode node, string source, string[] lines, string field)
    {
        if (node is not YamlSequenceNode sequence)
        {
            throw Invalid(source, LineOf(node.Start), field, "must be a list of strings");
        }

        var items = new List<(string, int)>(sequence.Children.Count);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (sequence.Children[i] is not YamlScalarNode item)
            {
                throw Invalid(source, LineOf(sequence.Children[i].Start), field, "must be a list of strings");
            }

            var text = item.Value?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                throw new IntentFileException(IntentErrorCodes.EmptyExamples, source, LineOf(item.Start), $"{field}[{i}]", "must not be empty");
            }

            if (item.Style == ScalarStyle.Plain && IsFollowedByComment(lines, item.End))
            {
                throw Invalid(source, LineOf(item.Start), $"{field}[{i}]",
                    $"is cut short by a YAML comment (it reads \"{text}\"); put the whole phrase in quotes");
            }

            items.Add((text, LineOf(item.Start)));
        }

        return items;
    }

    // "- buy item #389501": YAML ends the plain scalar at " #". Nothing else may follow a list item.
    private static bool IsFollowedByComment(string[] lines, Mark end)
    {
        var line = (int)end.Line - 1;
        var column = (int)end.Column - 1;
        if (line < 0 || line >= lines.Length || column < 0 || column > lines[line].Length)
        {
            return false;
        }

        return lines[line].AsSpan(column).TrimStart().StartsWith("#");
    }

    private static string Scalar(YamlNode node, string source, string field)
    {
        if (node is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
        {
            throw Invalid(source, LineOf(node.Start), field, "must be a non-empty string");
        }

        return value;
    }

    private static string KeyName(YamlNode key, string source, string? path)
    {
        if (key is YamlScalarNode { Value: { Length: > 0 } name })
        {
            return name;
        }

        throw Invalid(source, LineOf(key.Start), path, "field names must be plain strings");
    }

    // Examples compare without case, surrounding spaces or repeated spaces.
    private static string NormalizeExample(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static IntentFileException Invalid(string source, int line, string? field, string problem) =>
        new(IntentErrorCodes.InvalidField, source, line, field, problem);

    private static int LineOf(Mark mark) => (int)Math.Clamp(mark.Line, 0, int.MaxValue);

    // YamlDotNet prefixes its message with the position, which the exception already gives.
    private static string Describe(YamlException ex)
    {
        var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
        var end = message.IndexOf("): ", StringComparison.Ordinal);
        return end >= 0 && message.StartsWith('(') ? message[(end + 3)..] : message;
    }

    private sealed class PositionTrackingParser(IParser inner) : IParser
    {
        public int LastLine { get; private set; } = 1;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                LastLine = LineOf(current.End);
            }

            return moved;
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
