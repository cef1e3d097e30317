using System.Text;
using Confidant.Detection.Recognizers.Credentials;
using Confidant.Detection.Text;

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
    private const string PemBegin = "-----BEGIN";
    private const string PemEnd = "-----END";
    private const int MaxPemHold = 64 * 1024;

    /// <summary>
    /// Farthest the held text reaches past <see cref="SensitiveDataDetector.MaxReach"/> to take in
    /// a letter or digit (a longer run of spaces or punctuation is held only this far, so the held
    /// text stays bounded).
    /// </summary>
    private const int MaxQuietRun = 16 * 1024;

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
        var keepFrom = _bufferStart + EdgeBefore(window, cut - _bufferStart);
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
        var limit = Math.Max(0, from - SensitiveDataDetector.MaxReach - MaxQuietRun);
        while (at > limit && (kept < SensitiveDataDetector.MaxReach || !sawTokenChar))
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

        // Hold an unterminated private-key block (bounded, so a stray marker cannot stall the stream).
        var begin = window.LastIndexOf(PemBegin, StringComparison.Ordinal);
        if (begin >= releasedInWindow && window.IndexOf(PemEnd, begin, StringComparison.Ordinal) < 0
            && window.Length - begin < MaxPemHold)
        {
            cut = Math.Min(cut, begin);
        }

        // Hold a private key reported without its END line until the recognizer has read as far
        // as it does in a whole text (a public key block inside it ends the last BEGIN above).
        for (var i = findings.Count - 1; i >= 0 && findings[i].Start >= releasedInWindow; i--)
        {
            if (PrivateKeyRecognizer.IsCutShort(findings[i])
                && window.Length - findings[i].Start < PrivateKeyRecognizer.MaxBlock + SensitiveDataDetector.MaxReach)
            {
                cut = Math.Min(cut, findings[i].Start);
            }
        }

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

            var runTooLong = c == releasedInWindow && cut - releasedInWindow > SensitiveDataDetector.MaxReach
                && !(c > 0 && char.IsWhiteSpace(window[c - 1]));
            if (!runTooLong)
            {
                cut = c;
            }
        }
        while (cut != previous && cut > releasedInWindow);

        return Math.Max(cut, releasedInWindow) + _bufferStart;
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
