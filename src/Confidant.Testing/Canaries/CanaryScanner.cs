using System.Buffers;
using System.Text;

namespace Confidant.Testing.Canaries;

/// <summary>
/// Looks for many needles at once in files, as UTF-8 and as UTF-16LE bytes (so text a database or
/// a log wrote in either encoding is found), with one vectorised multi-string search per file.
/// </summary>
public sealed class CanaryScanner
{
    private readonly SearchValues<string> _needles;
    private readonly Dictionary<string, string> _needleToValue;

    /// <summary>Prepares the search for every formatting of every value.</summary>
    public CanaryScanner(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _needleToValue = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            foreach (var form in CanaryValues.Formattings(value))
            {
                // Files are read as Latin-1 (one char per byte), so needles are their encoded bytes as Latin-1 chars.
                _needleToValue.TryAdd(Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(form)), value);
                _needleToValue.TryAdd(Encoding.Latin1.GetString(Encoding.Unicode.GetBytes(form)), value);
            }
        }

        _needles = SearchValues.Create([.. _needleToValue.Keys], StringComparison.Ordinal);
    }

    /// <summary>Files that could not be read in the last <see cref="Scan"/> (a test should fail on any).</summary>
    public IReadOnlyList<string> Unreadable { get; private set; } = [];

    /// <summary>How many distinct byte patterns are searched.</summary>
    public int NeedleCount => _needleToValue.Count;

    /// <summary>The planted values found in <paramref name="content"/>.</summary>
    public IReadOnlyList<string> Find(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = Encoding.Latin1.GetString(content).AsSpan();
        var found = new List<string>();
        var offset = 0;
        while (offset < text.Length)
        {
            var index = text[offset..].IndexOfAny(_needles);
            if (index < 0)
            {
                break;
            }

            var at = offset + index;
            foreach (var (needle, value) in _needleToValue)
            {
                if (text[at..].StartsWith(needle, StringComparison.Ordinal) && !InsideHexRun(text, at, needle))
                {
                    found.Add(value);
                    break;
                }
            }

            offset = at + 1;
        }

        return found;
    }

    /// <summary>
    /// A digits-only needle (an SSN or a card written without separators) inside a longer run of
    /// hex digits is not a leak: a database dump writes ciphertext as hex, where any 9-digit string
    /// turns up by chance now and then. A value written as text stands next to something else.
    /// </summary>
    private static bool InsideHexRun(ReadOnlySpan<char> text, int at, string needle)
    {
        if (needle.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var end = at + needle.Length;
        return (at > 0 && char.IsAsciiHexDigit(text[at - 1])) || (end < text.Length && char.IsAsciiHexDigit(text[end]));
    }

    /// <summary>Every (file, value) hit in the files under <paramref name="paths"/> (files or folders, recursively).</summary>
    public IReadOnlyList<(string File, string Value)> Scan(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var hits = new List<(string, string)>();
        var unreadable = new List<string>();
        foreach (var file in paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : File.Exists(p) ? [p] : []))
        {
            // Pipes and sockets have no length, and opening a pipe would wait for a writer.
            if (!IsNonEmptyFile(file))
            {
                continue;
            }

            byte[] content;
            try
            {
                content = File.ReadAllBytes(file);
            }
            catch (FileNotFoundException)
            {
                continue; // deleted since it was listed
            }
            catch (DirectoryNotFoundException)
            {
                continue;
            }
            catch (IOException)
            {
                unreadable.Add(file);
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                unreadable.Add(file);
                continue;
            }

            hits.AddRange(Find(content).Distinct().Select(v => (file, v)));
        }

        Unreadable = unreadable;
        return hits;
    }

    private static bool IsNonEmptyFile(string file)
    {
        try
        {
            var info = new FileInfo(file);
            return info.Exists && info.Length > 0 && (info.Attributes & FileAttributes.ReparsePoint) == 0;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
