using System.Buffers;
using Confidant.Detection.Engine;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Custom;

/// <summary>Reports configured terms wherever they stand as whole words (one vectorised multi-string search).</summary>
internal sealed class DenyListRecognizer : IRecognizer
{
    private readonly SearchValues<string> _terms;
    private readonly Dictionary<string, DataClass> _classes;

    public DenyListRecognizer(IEnumerable<(string Term, DataClass Class)> entries)
    {
        _classes = new Dictionary<string, DataClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var (term, dataClass) in entries)
        {
            if (!string.IsNullOrWhiteSpace(term))
            {
                _classes[term.Trim()] = dataClass;
            }
        }

        _terms = SearchValues.Create([.. _classes.Keys], StringComparison.OrdinalIgnoreCase);
        Classes = [.. _classes.Values.Distinct()];
    }

    public string Id => "custom.deny-list";

    public IReadOnlyList<DataClass> Classes { get; }

    public void Recognize(ScanContext context)
    {
        var text = context.Text;
        var offset = 0;
        while (offset < text.Length)
        {
            var found = text[offset..].IndexOfAny(_terms);
            if (found < 0)
            {
                return;
            }

            var start = offset + found;
            var term = Longest(text[start..]);
            var end = start + term.Length;
            var atStart = start == 0 || !Tokenizer.IsTokenChar(text[start - 1]);
            var atEnd = end == text.Length || !Tokenizer.IsTokenChar(text[end]);
            if (atStart && atEnd)
            {
                context.Add(_classes[term], start, end, Scores.ValidatedWithContext, Id);
            }

            offset = start + 1;
        }
    }

    private string Longest(ReadOnlySpan<char> text)
    {
        var best = string.Empty;
        foreach (var term in _classes.Keys)
        {
            if (term.Length > best.Length && text.StartsWith(term, StringComparison.OrdinalIgnoreCase))
            {
                best = term;
            }
        }

        return best;
    }
}
