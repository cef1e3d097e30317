namespace Confidant.Detection.Engine;

/// <summary>
/// Where a scanned window of a longer text may be cut so that the findings before the cut are
/// those of scanning the whole text: at least <see cref="SensitiveDataDetector.MaxReach"/> chars
/// before the window's end, outside every finding, just after whitespace, and not after the start
/// of a private-key block whose end the window does not hold. Used by the streaming scanner and by
/// the detector's scan of long texts in windows.
/// </summary>
internal static class WindowCut
{
    private const string PemBegin = "-----BEGIN";
    private const string PemEnd = "-----END";

    /// <summary>Longest private-key block held whole (so a stray marker cannot hold all the text after it).</summary>
    private const int MaxPemHold = 64 * 1024;

    /// <summary>
    /// Returns the window offset up to which text is final, or <paramref name="released"/> when
    /// none of the text after it is yet. <paramref name="findings"/> are those of scanning
    /// <paramref name="window"/>, at window offsets plus <paramref name="findingOffset"/>; text
    /// before <paramref name="released"/> was final already. A run of more than MaxReach chars
    /// without whitespace is cut inside when <paramref name="cutInsideLongRuns"/> (a stream must
    /// keep what it holds bounded); otherwise the caller scans a longer window.
    /// </summary>
    public static int Choose(ReadOnlySpan<char> window, int released, IReadOnlyList<Finding> findings, int findingOffset,
        bool cutInsideLongRuns)
    {
        var reach = SensitiveDataDetector.MaxReach;
        var cut = window.Length - reach;

        var begin = window.LastIndexOf(PemBegin);
        if (begin >= released && window[begin..].IndexOf(PemEnd) < 0 && window.Length - begin < MaxPemHold)
        {
            cut = Math.Min(cut, begin);
        }

        // Step back out of any finding, then back to just after whitespace, until neither moves
        // the cut. A run of more than MaxReach chars without whitespace (a hostile or binary
        // text) may be cut inside.
        int previous;
        do
        {
            previous = cut;
            foreach (var f in findings)
            {
                var start = f.Start - findingOffset;
                if (start < cut && f.End - findingOffset > cut)
                {
                    cut = start;
                }
            }

            var c = cut;
            while (c > released && !char.IsWhiteSpace(window[c - 1]))
            {
                c--;
            }

            var runTooLong = cutInsideLongRuns && c == released && cut - released > reach
                && !(c > 0 && char.IsWhiteSpace(window[c - 1]));
            if (!runTooLong)
            {
                cut = c;
            }
        }
        while (cut != previous && cut > released);

        return Math.Max(cut, released);
    }
}
