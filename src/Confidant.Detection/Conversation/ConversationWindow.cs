using System.Text;

namespace Confidant.Detection.Conversation;

/// <summary>
/// Scans the messages of one conversation in order, each together with the tail of the ones
/// before it, so "4111 1111" in one message and "1111 1111" in the next is found, with a part in
/// each message. Only the last <see cref="DetectionOptions.ConversationCarryLength"/> chars are
/// kept between messages: the state is small and bounded. Not thread-safe: one per conversation.
/// </summary>
public sealed class ConversationWindow
{
    private readonly ISensitiveDataDetector _detector;
    private readonly int _carryLength;

    // The kept tail: pieces of earlier messages, oldest first, at most _carryLength chars in all.
    private readonly List<(int MessageIndex, int Offset, string Text)> _tail = [];

    // Findings already reported whose parts lie in the kept tail, so a later scan reports a value in
    // an earlier message only when it is new (the first half of a split value, recognised once the
    // second half arrives), never twice.
    private readonly HashSet<(int MessageIndex, int Start, int End, string Class)> _reported = [];

    internal ConversationWindow(ISensitiveDataDetector detector, int carryLength)
    {
        _detector = detector;
        _carryLength = carryLength;
    }

    /// <summary>How many messages have been scanned.</summary>
    public int MessageCount { get; private set; }

    /// <summary>
    /// Scans the next message. The result holds every finding that touches this message,
    /// including values that started in an earlier message.
    /// </summary>
    public IReadOnlyList<ConversationFinding> Scan(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var messageIndex = MessageCount++;

        // Lay out the tail pieces and the message, separated by one space.
        var layout = new List<(int MessageIndex, int Offset, int CombinedStart, int Length)>(_tail.Count + 1);
        var combined = new StringBuilder(_carryLength + message.Length + _tail.Count + 1);
        foreach (var (index, offset, text) in _tail)
        {
            layout.Add((index, offset, combined.Length, text.Length));
            combined.Append(text).Append(' ');
        }

        var messageStart = combined.Length;
        layout.Add((messageIndex, 0, messageStart, message.Length));
        combined.Append(message);

        var result = _detector.Detect(combined.ToString());
        var findings = new List<ConversationFinding>();
        foreach (var finding in result.Findings)
        {
            var parts = new List<FindingPart>(2);
            foreach (var (index, offset, start, length) in layout)
            {
                var s = Math.Max(finding.Start, start);
                var e = Math.Min(finding.End, start + length);
                if (e > s)
                {
                    parts.Add(new FindingPart(index, offset + (s - start), offset + (e - start)));
                }
            }

            var wholly = finding.End <= messageStart;
            if (wholly && finding.Start == 0 && _tail.Count > 0 && _tail[0].Offset > 0)
            {
                continue; // may be the cut-off end of a longer value: judged when its message was scanned
            }

            if (wholly && _reported.Any(r => r.MessageIndex == parts[0].MessageIndex && r.Start < parts[^1].End && parts[0].Start < r.End
                && !string.Equals(r.Class, finding.Class.Name, StringComparison.Ordinal)))
            {
                continue; // that text was already reported as another class
            }

            if (wholly && !_reported.Add((parts[0].MessageIndex, parts[0].Start, parts[^1].End, finding.Class.Name)))
            {
                continue; // wholly in earlier messages and reported already
            }

            if (!wholly)
            {
                _reported.Add((parts[0].MessageIndex, parts[0].Start, parts[^1].End, finding.Class.Name));
            }

            findings.Add(new ConversationFinding(finding.Class, finding.Score, parts, finding.Explanation));
        }

        Remember(messageIndex, message);
        _reported.RemoveWhere(r => _tail.Count == 0 || r.MessageIndex < _tail[0].MessageIndex);
        return findings;
    }

    private void Remember(int messageIndex, string message)
    {
        if (_carryLength == 0)
        {
            return;
        }

        var keep = Math.Min(message.Length, _carryLength);
        if (keep > 0 && char.IsLowSurrogate(message[message.Length - keep]))
        {
            keep--; // never cut a surrogate pair in half
        }

        _tail.Add((messageIndex, message.Length - keep, message[^keep..]));
        var total = _tail.Sum(t => t.Text.Length);
        while (total > _carryLength && _tail.Count > 0)
        {
            var (index, offset, text) = _tail[0];
            var excess = total - _carryLength;
            if (excess >= text.Length)
            {
                _tail.RemoveAt(0);
                total -= text.Length;
            }
            else
            {
                if (char.IsLowSurrogate(text[excess]))
                {
                    excess++;
                }

                _tail[0] = (index, offset + excess, text[excess..]);
                total -= excess;
            }
        }
    }
}
