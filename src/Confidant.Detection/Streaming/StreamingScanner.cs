using System.Text;
using Confidant.Detection.Engine;

namespace Confidant.Detection.Streaming;

/// <summary>
/// Scans text that arrives in chunks (a model's token stream). It releases text only when no
/// sensitive value can still start or end in it: it holds back the last
/// <see cref="SensitiveDataDetector.MaxReach"/> chars, never cuts inside a finding or a word, and
/// holds an unterminated private-key block. For any chunking, the released pieces put together
/// are the whole text and their findings are those of scanning the whole text at once.
/// Not thread-safe: one per stream.
/// </summary>
public sealed class StreamingScanner
{
    private readonly SensitiveDataDetector _detector;
    private readonly int _reach;
    private readonly StringBuilder _buffer = new();
    private int _bufferStart;   // stream offset of _buffer[0]
    private int _released;      // stream offset up to which text is released
    private int _nextScanAt;    // stream length at which the next scan is worth making
    private bool _completed;

    internal StreamingScanner(SensitiveDataDetector detector)
    {
        _detector = detector;
        _reach = SensitiveDataDetector.MaxReach;
    }

    /// <summary>Chars written so far.</summary>
    public int Length => _bufferStart + _buffer.Length;

    /// <summary>Chars written but not yet released.</summary>
    public int Pending => Length - _released;

    /// <summary>Adds a chunk; returns what became final (often nothing).</summary>
    public IReadOnlyList<StreamRelease> Write(string chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        ObjectDisposedException.ThrowIf(_completed, this);
        _buffer.Append(chunk);
        // Scan only when enough text waits that most of it can be released: each char is then
        // scanned about twice (once as new text, once as look-behind context).
        if (Pending < 4 * _reach || Length < _nextScanAt)
        {
            return [];
        }

        var window = _buffer.ToString();
        var findings = _detector.Detect(window).Findings;
        var cut = ChooseCut(window, findings);
        if (cut <= _released)
        {
            _nextScanAt = Length + _reach; // nothing can be cut yet (one long word): wait for more
            return [];
        }

        var release = Release(window, findings, cut);
        var keepFrom = Math.Max(_bufferStart, cut - _reach);
        _buffer.Remove(0, keepFrom - _bufferStart);
        _bufferStart = keepFrom;
        return [release];
    }

    /// <summary>Ends the stream and releases everything still held.</summary>
    public StreamRelease Complete()
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        _completed = true;
        var window = _buffer.ToString();
        var findings = window.Length == 0 ? [] : _detector.Detect(window).Findings;
        var release = Release(window, findings, Length);
        _buffer.Clear();
        return release;
    }

    private StreamRelease Release(string window, IReadOnlyList<Finding> findings, int cut)
    {
        var released = new List<Finding>();
        foreach (var f in findings)
        {
            var start = _bufferStart + f.Start;
            if (start >= _released && start < cut)
            {
                released.Add(new Finding(f.Class, start, _bufferStart + f.End, f.Score, f.Explanation));
            }
        }

        var text = window.Substring(_released - _bufferStart, cut - _released);
        var release = new StreamRelease(_released, text, released);
        _released = cut;
        return release;
    }

    /// <summary>The stream offset up to which text is final, or <see cref="_released"/> when none is.</summary>
    private int ChooseCut(string window, IReadOnlyList<Finding> findings) =>
        WindowCut.Choose(window, _released - _bufferStart, findings, findingOffset: 0, cutInsideLongRuns: true) + _bufferStart;
}
