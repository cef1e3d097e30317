using System.Collections.Frozen;

namespace Confidant.Detection.Engine;

/// <summary>Values never reported, compared by their letters and digits only, ignoring case.</summary>
internal sealed class AllowList
{
    private readonly FrozenSet<string> _values;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public AllowList(IEnumerable<string> values)
    {
        _values = values.Select(v => Canonical(v)).Where(v => v.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ScanContext context, Candidate candidate)
    {
        if (_values.Count == 0)
        {
            return false;
        }

        var value = context.Text[candidate.Start..candidate.End];
        Span<char> buffer = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        var n = Canonical(value, buffer);
        return _lookup.Contains(buffer[..n]);
    }

    private static string Canonical(string value)
    {
        var buffer = new char[value.Length];
        return new string(buffer, 0, Canonical(value, buffer));
    }

    private static int Canonical(ReadOnlySpan<char> value, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return n;
    }
}
