namespace Confidant.Detection.Text;

/// <summary>
/// Where each char of the normalised text came from in the original: the original range of
/// output char <c>i</c> is [<see cref="StartOf"/>(i), <see cref="EndOf"/>(i)).
/// </summary>
/// <remarks>
/// Stored as segments of chars that map one to one onto consecutive original chars, not as two
/// ints per char: nearly all of a text (ASCII, emoji, letters with accents, spaces and dashes
/// that normalise to one char) maps one to one, so a long document holds a handful of segments
/// where per-char arrays cost eight bytes written for every char scanned. Only a char that
/// replaces several (a digit outside the BMP) or is followed by dropped chars ends a segment.
/// </remarks>
internal sealed class OffsetMap
{
    /// <summary>Most segments kept between scans; a text that needed more drops them in <see cref="Clear"/>.</summary>
    private const int MaxKeptSegments = 4096;

    private Segment[] _segments = new Segment[16];
    private int _count;

    /// <summary>Forgets every segment.</summary>
    public void Clear()
    {
        _count = 0;
        if (_segments.Length > MaxKeptSegments)
        {
            _segments = new Segment[16];
        }
    }

    /// <summary>
    /// Appends <paramref name="length"/> output chars starting at <paramref name="outputStart"/>
    /// (right after the previous ones) that copy the original chars from <paramref name="originalStart"/>.
    /// </summary>
    public void AddRun(int outputStart, int originalStart, int length)
    {
        if (_count > 0)
        {
            ref var last = ref _segments[_count - 1];
            if (last.OriginalStart + last.Length == originalStart && last.LastEnd == originalStart)
            {
                last.Length += length;
                last.LastEnd = originalStart + length;
                return;
            }
        }

        Append(new Segment(outputStart, originalStart, length, originalStart + length));
    }

    /// <summary>Appends one output char at <paramref name="output"/> that stands for the original [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public void Add(int output, int start, int end)
    {
        if (_count > 0)
        {
            ref var last = ref _segments[_count - 1];
            if (last.OriginalStart + last.Length == start && last.LastEnd == start)
            {
                last.Length++;
                last.LastEnd = end;
                return;
            }
        }

        Append(new Segment(output, start, 1, end));
    }

    /// <summary>Makes the last output char end at <paramref name="end"/>: the original chars up to there were dropped after it.</summary>
    public void ExtendLast(int end) => _segments[_count - 1].LastEnd = end;

    /// <summary>Original start of output char <paramref name="output"/>.</summary>
    public int StartOf(int output)
    {
        ref readonly var segment = ref _segments[Find(output)];
        return segment.OriginalStart + (output - segment.OutputStart);
    }

    /// <summary>Original end (exclusive) of output char <paramref name="output"/>.</summary>
    public int EndOf(int output)
    {
        ref readonly var segment = ref _segments[Find(output)];
        var offset = output - segment.OutputStart;
        return offset == segment.Length - 1 ? segment.LastEnd : segment.OriginalStart + offset + 1;
    }

    /// <summary>Index of the segment holding output char <paramref name="output"/>.</summary>
    private int Find(int output)
    {
        var lo = 0;
        var hi = _count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (_segments[mid].OutputStart <= output)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private void Append(Segment segment)
    {
        if (_count == _segments.Length)
        {
            Array.Resize(ref _segments, _segments.Length * 2);
        }

        _segments[_count++] = segment;
    }

    /// <summary>
    /// Output chars [OutputStart, OutputStart + Length) come from the original chars starting at
    /// OriginalStart, one each; the last one ends at LastEnd (later when chars after it were dropped).
    /// </summary>
    private record struct Segment(int OutputStart, int OriginalStart, int Length, int LastEnd);
}
