using System.Text;

namespace Confidant.Cli.Scan;

/// <summary>Replaces each span of a text with <c>[CLASS_NAME]</c>.</summary>
internal static class Redactor
{
    /// <summary>
    /// Redacts <paramref name="spans"/> in <paramref name="text"/>. Overlapping spans (possible in
    /// conversation mode, when a later message extends a value found earlier) become one
    /// replacement named after the first of them.
    /// </summary>
    public static string Redact(string text, List<RedactionSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        if (spans.Count == 0)
        {
            return text;
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var span in spans)
        {
            var start = Math.Clamp(span.Start, 0, text.Length);
            var end = Math.Clamp(span.End, 0, text.Length);
            if (end <= position || end <= start)
            {
                continue; // inside a replacement already written
            }

            if (start >= position)
            {
                builder.Append(text, position, start - position).Append('[').Append(span.ClassName).Append(']');
            }

            position = end;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }
}
