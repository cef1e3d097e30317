using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Confidant.Dialog.Packs;

/// <summary>
/// Reads fields of a YAML mapping and collects errors that name the file, the line and the field's
/// path, so a pack author sees every mistake at once.
/// </summary>
internal sealed class YamlFields(string file, List<string> errors)
{
    public string File { get; } = file;

    public void Error(YamlNode? node, string path, string message) =>
        errors.Add($"{File}:{(node is null ? 1 : node.Start.Line)}: {path}: {message}");

    public YamlMappingNode? Mapping(YamlNode? node, string path)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Error(node, path, "must be a mapping (key: value lines).");
        return null;
    }

    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public string? String(YamlMappingNode map, string key, string path, bool required, int maxLength = 2000)
    {
        var node = Child(map, key);
        if (node is null)
        {
            if (required)
            {
                Error(map, path + "." + key, "is required.");
            }

            return null;
        }

        if (node is not YamlScalarNode { Value: { } value } || value.Length == 0)
        {
            Error(node, path + "." + key, "must be a non-empty text.");
            return null;
        }

        if (value.Length > maxLength)
        {
            Error(node, path + "." + key, $"must be at most {maxLength} characters.");
            return null;
        }

        return value;
    }

    public bool Bool(YamlMappingNode map, string key, string path, bool fallback)
    {
        var text = String(map, key, path, required: false);
        if (text is null)
        {
            return fallback;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Error(Child(map, key), path + "." + key, "must be true or false.");
        return fallback;
    }

    public long? Long(YamlMappingNode map, string key, string path)
    {
        var text = String(map, key, path, required: false);
        if (text is null)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(Child(map, key), path + "." + key, "must be a whole number.");
        return null;
    }

    public IReadOnlyList<string> Strings(YamlMappingNode map, string key, string path)
    {
        var node = Child(map, key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, path + "." + key, "must be a list.");
            return [];
        }

        var values = new List<string>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (sequence.Children[i] is YamlScalarNode { Value: { Length: > 0 } value })
            {
                values.Add(value);
            }
            else
            {
                Error(sequence.Children[i], $"{path}.{key}[{i}]", "must be a non-empty text.");
            }
        }

        return values;
    }

    public void RefuseUnknown(YamlMappingNode map, string path, params string[] known)
    {
        foreach (var key in map.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && !known.Contains(name, StringComparer.Ordinal))
            {
                Error(key, path + "." + name, $"is not a known field (known: {string.Join(", ", known)}).");
            }
        }
    }
}
