using System.Text;
using Confidant.Detection.Text;

namespace Confidant.Detection.Streaming;

/// <summary>
/// Scans text that arrives in chunks (a model's token stream). It releases text only when no
/// sensitive value can still start or end in it: it holds back at least the last
/// <see cref="SensitiveDataDetector.MaxReach"/> chars (more across a run of spaces, punctuation or
/// zero-width chars, up to 16 KiB), cuts outside findings and just after whitespace, and holds a
/// key block whose END line has not come (up to 64 KiB). For any chunking the released pieces put
/// together are the whole text, and their findings are those of scanning the whole text at once,
/// except where a bound keeps the held text small: a run of more than MaxReach chars without
/// whitespace is cut inside, and runs or key blocks longer than those bounds are released.
/// Not thread-safe: one per stream.
/// </summary>
public sealed class StreamingScanner
{
    private const string PemBegin = "-----BEGIN";
    private const string PemEnd = "-----END";
    private const int MaxPemHold = 64 * 1024;

    /// <summary>Longest label read between "-----BEGIN" and its closing dashes.</summary>
    private const int MaxPemLabel = 64;

    /// <summary>
    /// Farthest the held text reaches past <see cref="SensitiveDataDetector.MaxReach"/> to take in
    /// a letter or digit (a longer run of spaces or punctuation is held only this far, so the held
    /// text stays bounded).
    /// </summary>
    private const int MaxQuietRun = 16 * 1024;

    /// <summary>Chars always held back: the farthest a recognizer looks from a char to decide about it.</summary>
    private static int Reach => SensitiveDataDetector.MaxReach;

    private readonly SensitiveDataDetector _detector;
    private readonly StringBuilder _buffer = new();
    private int _bufferStart;   // stream offset of _buffer[0]
    private int _released;      // stream offset up to which text is released
    private int _nextScanAt;    // stream length at which the next scan is worth making
    private bool _completed;

    internal StreamingScanner(SensitiveDataDetector detector) => _detector = detector;

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
        if (Pending < 4 * Reach || Length < _nextScanAt)
        {
            return [];
        }

        var window = _buffer.ToString();
        var findings = _detector.Detect(window).Findings;
        var cut = ChooseCut(window, findings);
        if (cut <= _released)
        {
            _nextScanAt = Length + Reach; // nothing can be cut yet (one long word): wait for more
            return [];
        }

        var release = Release(window, findings, cut);
        var keepFrom = _bufferStart + EdgeBefore(window, cut - _bufferStart);
        _buffer.Remove(0, keepFrom - _bufferStart);
        _bufferStart = keepFrom;

        // Scan again once as much new text has come as is still pending: a long run of spaces
        // can leave some 17,000 chars pending after a release, and scanning them on every write
        // would scan the stream over and over.
        _nextScanAt = Length + Pending;
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

    /// <summary>
    /// Walks back from window offset <paramref name="from"/> until it has passed
    /// <see cref="SensitiveDataDetector.MaxReach"/> chars that normalising keeps and a letter or
    /// digit, or <see cref="MaxQuietRun"/> chars more than that; returns where it stopped. The
    /// text kept for the next scan starts there before a cut, and a cut is made there before the
    /// window's end: so a run of spaces, punctuation or zero-width chars at a scan's edge does not
    /// make it look like the start or the end of the message.
    /// </summary>
    private static int EdgeBefore(string window, int from)
    {
        var kept = 0;
        var sawTokenChar = false;
        var at = from;
        var limit = Math.Max(0, from - Reach - MaxQuietRun);
        while (at > limit && (kept < Reach || !sawTokenChar))
        {
            var c = window[--at];
            kept += TextNormalizer.MayDrop(c) ? 0 : 1;
            sawTokenChar |= Tokenizer.IsTokenChar(c);
        }

        return at;
    }

    /// <summary>The stream offset up to which text is final, or <see cref="_released"/> when none is.</summary>
    private int ChooseCut(string window, IReadOnlyList<Finding> findings)
    {
        var releasedInWindow = _released - _bufferStart;

        var cut = EdgeBefore(window, window.Length);

        // Hold a key block whose END line is not in yet: the first BEGIN line after the released
        // text with no END line of the same label after it (so a public key block inside a
        // private key does not end it), up to 64 KiB of text after it, so a stray marker cannot
        // stall the stream. Read from the text, not the findings: a threshold may hide a key.
        cut = Math.Min(cut, FirstOpenBlock(window, releasedInWindow, cut));

        // Step back out of the finding the cut is in, then back to just after whitespace, until
        // neither moves the cut (findings are ordered and do not overlap: a binary search finds
        // the one the cut is in). A run of more than MaxReach chars without whitespace (a hostile
        // or binary stream) is cut inside, so the held text stays bounded.
        int previous;
        do
        {
            previous = cut;
            var inside = LastStartingBefore(findings, cut);
            if (inside >= 0 && findings[inside].End > cut)
            {
                cut = findings[inside].Start;
            }

            var c = cut;
            while (c > releasedInWindow && !char.IsWhiteSpace(window[c - 1]))
            {
                c--;
            }

            var runTooLong = c == releasedInWindow && cut - releasedInWindow > Reach;
            if (!runTooLong)
            {
                cut = c;
            }
        }
        while (cut != previous && cut > releasedInWindow);

        return Math.Max(cut, releasedInWindow) + _bufferStart;
    }

    /// <summary>
    /// Window offset of the first BEGIN line from <paramref name="from"/> on whose block has no
    /// END line of its label in <paramref name="window"/>, at most <see cref="MaxPemHold"/> chars
    /// before the window's end; <paramref name="none"/> when there is none.
    /// </summary>
    private static int FirstOpenBlock(string window, int from, int none)
    {
        var at = Math.Max(from, window.Length - MaxPemHold);
        while (at < window.Length)
        {
            var begin = window.IndexOf(PemBegin, at, StringComparison.Ordinal);
            if (begin < 0 || begin >= none)
            {
                return none;
            }

            var labelStart = begin + PemBegin.Length;
            var labelEnd = window.IndexOf("-----", labelStart, Math.Min(MaxPemLabel, window.Length - labelStart), StringComparison.Ordinal);
            if (labelEnd < 0
                || window.IndexOf(string.Concat(PemEnd, window.AsSpan(labelStart, labelEnd - labelStart)), labelEnd, StringComparison.Ordinal) < 0)
            {
                return begin;
            }

            at = labelEnd;
        }

        return none;
    }

    /// <summary>Index of the last finding that starts before <paramref name="position"/>, or -1.</summary>
    private static int LastStartingBefore(IReadOnlyList<Finding> findings, int position)
    {
        int lo = 0, hi = findings.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (findings[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }
}
