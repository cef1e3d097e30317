using System.Buffers.Binary;
using System.Text;
using Confidant.Detection.Taxonomy;

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
    private readonly int _maxInputLength;

    // The kept tail: pieces of earlier messages, oldest first, at most _carryLength chars in all.
    private readonly List<(int MessageIndex, int Offset, string Text)> _tail = [];

    // Findings already reported whose parts lie in the kept tail, so a later scan reports a value in
    // an earlier message only when it is new (the first half of a split value, recognised once the
    // second half arrives), never twice.
    private readonly HashSet<(int MessageIndex, int Start, int End, string Class)> _reported = [];

    internal ConversationWindow(ISensitiveDataDetector detector, int carryLength, int maxInputLength)
    {
        _detector = detector;
        _carryLength = carryLength;
        _maxInputLength = maxInputLength;
    }

    /// <summary>How many messages have been scanned.</summary>
    public int MessageCount { get; private set; }

    /// <summary>
    /// Scans the next message. The result holds every finding that touches this message,
    /// including values that started in an earlier message.
    /// </summary>
    /// <remarks>
    /// The message is scanned twice: alone, and after the kept tail. Alone it is what a single
    /// message is, so rules that look at where a message opens or closes ("Ana Ruiz here, ...",
    /// "... - Tom") see its real edges. After the tail, a value typed over two messages is found,
    /// and a value in this message can take its context from the one before ("my account number
    /// is" / "00123456789"). Where the two readings overlap inside this message, the higher score
    /// wins (on a tie, the message alone); a value that runs across the join wins over a finding it
    /// covers or one of another class it overlaps.
    /// </remarks>
    public IReadOnlyList<ConversationFinding> Scan(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var messageIndex = MessageCount++;
        var alone = _detector.Detect(message).Findings;

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

        // A message that fits alone but not with the tail is judged alone: nothing can join it.
        var afterTail = _tail.Count == 0 || combined.Length > _maxInputLength ? [] : _detector.Detect(combined.ToString()).Findings;

        // Values that reach into earlier messages: across the join, or wholly in the tail and new.
        var findings = new List<ConversationFinding>();
        var crossing = new List<(FindingPart Part, DataClass Class)>(); // their parts in this message
        foreach (var finding in afterTail)
        {
            if (finding.Start >= messageStart)
            {
                continue;
            }

            var wholly = finding.End <= messageStart;
            if (!wholly && finding.Class == DataClasses.PersonName && !EndsAsAName(message, finding.End - messageStart))
            {
                // Across the join a sign-off meets the next message's first word ("… - Anna" / "Mark
                // this as fraud"); a name given in two messages ends its message or a clause
                // ("my name is Anna" / "Kowalski, with a K").
                continue;
            }

            var parts = PartsOf(layout, finding);
            if (wholly && finding.Start == 0 && _tail[0].Offset > 0)
            {
                continue; // may be the cut-off end of a longer value: judged when its message was scanned
            }

            if (wholly && parts.Any(p => _reported.Any(r => r.MessageIndex == p.MessageIndex && r.Start < p.End && p.Start < r.End)))
            {
                continue; // that text was reported already, as this class or another
            }

            findings.Add(new ConversationFinding(finding.Class, finding.Score, parts, finding.Explanation));
            if (!wholly)
            {
                crossing.Add((parts[^1], finding.Class));
            }
        }

        // Inside this message: the message alone, less what a value across the join overrides (a
        // finding it covers, or one of another class it overlaps: the rest of a card is not a
        // phone; a longer name is kept). Where the reading after the tail overlaps it, the higher
        // score wins.
        var inMessage = alone.Where(a => !crossing.Any(c => c.Part.Start < a.End && a.Start < c.Part.End
                && ((c.Part.Start <= a.Start && a.End <= c.Part.End) || c.Class != a.Class)))
            .Select(a => (a.Class, a.Score, a.Start, a.End, a.Explanation)).ToList();
        var withContext = afterTail.Where(f => f.Start >= messageStart)
            .Select(f => (f.Class, f.Score, Start: f.Start - messageStart, End: f.End - messageStart, f.Explanation))
            .Where(f => !crossing.Any(c => c.Part.Start < f.End && f.Start < c.Part.End)
                && !inMessage.Any(a => a.Start < f.End && f.Start < a.End && a.Score >= f.Score))
            .ToList();
        inMessage.RemoveAll(a => withContext.Any(f => f.Start < a.End && a.Start < f.End));
        foreach (var (dataClass, score, start, end, explanation) in inMessage.Concat(withContext))
        {
            findings.Add(new ConversationFinding(dataClass, score, [new FindingPart(messageIndex, start, end)], explanation));
        }

        // In text order, as a single scan reports them. Every part in this message or reported now
        // is remembered, so a later scan does not report it again from the tail.
        findings.Sort(static (a, b) => Compare(a.Parts[0], b.Parts[0]));
        foreach (var finding in findings)
        {
            foreach (var part in finding.Parts)
            {
                _reported.Add((part.MessageIndex, part.Start, part.End, finding.Class.Name));
            }
        }

        Remember(messageIndex, message);
        ForgetOutsideTail();
        return findings;
    }

    /// <summary>True when the text of <paramref name="message"/> after <paramref name="end"/> is blank or opens with a mark that ends a clause.</summary>
    private static bool EndsAsAName(string message, int end)
    {
        var rest = message.AsSpan(end).TrimStart(' ');
        return rest.IsEmpty || rest[0] is ',' or '.' or '!' or '?' or ';' or ':' or ')' or '\n' or '-' or '–';
    }

    /// <summary>
    /// Drops what was reported outside the kept tail: only text still in the tail can be read
    /// again, so the state stays as small as the tail (a long message's many findings are not kept).
    /// </summary>
    private void ForgetOutsideTail() =>
        _reported.RemoveWhere(r => !_tail.Any(t => t.MessageIndex == r.MessageIndex && t.Offset < r.End && r.Start < t.Offset + t.Text.Length));

    private static int Compare(FindingPart a, FindingPart b) =>
        a.MessageIndex != b.MessageIndex ? a.MessageIndex.CompareTo(b.MessageIndex)
        : a.Start != b.Start ? a.Start.CompareTo(b.Start)
        : a.End.CompareTo(b.End);

    /// <summary>The parts of a finding of the combined text, one per message it touches.</summary>
    private static List<FindingPart> PartsOf(List<(int MessageIndex, int Offset, int CombinedStart, int Length)> layout, Finding finding)
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

        return parts;
    }

    public byte[] Export()
    {
        // Written into one array of the exact size: no growing buffer leaves copies of the tail behind.
        var size = 1 + 4 + 4 + _tail.Sum(t => 8 + 4 + Encoding.UTF8.GetByteCount(t.Text)) + 4 + _reported.Sum(r => 12 + 4 + Encoding.UTF8.GetByteCount(r.Class));
        var state = new byte[size];
        var writer = new StateWriter(state);
        writer.Byte(StateVersion);
        writer.Int(MessageCount);
        writer.Int(_tail.Count);
        foreach (var (index, offset, text) in _tail)
        {
            writer.Int(index);
            writer.Int(offset);
            writer.String(text);
        }

        writer.Int(_reported.Count);
        foreach (var (index, start, end, className) in _reported)
        {
            writer.Int(index);
            writer.Int(start);
            writer.Int(end);
            writer.String(className);
        }

        return state;
    }

    /// <summary>
    /// Restores a state made by <see cref="Export"/> into this new window (one that has scanned
    /// nothing yet). Throws <see cref="FormatException"/> for bytes that are not such a state or
    /// hold more than this window keeps; the window is then left empty.
    /// </summary>
    public void Restore(ReadOnlySpan<byte> state)
    {
        if (MessageCount != 0 || _tail.Count != 0)
        {
            throw new InvalidOperationException("Restore a state into a new window only.");
        }

        try
        {
            var reader = new StateReader(state);
            if (reader.Byte() != StateVersion)
            {
                throw new FormatException("The conversation window state has an unknown version.");
            }

            var messageCount = reader.NonNegativeInt();
            var tailCount = reader.NonNegativeInt();
            var kept = 0;
            for (var i = 0; i < tailCount; i++)
            {
                var piece = (reader.NonNegativeInt(), reader.NonNegativeInt(), reader.String());
                kept += piece.Item3.Length;
                if (kept > _carryLength || piece.Item1 >= messageCount)
                {
                    throw new FormatException("The conversation window state keeps more than this window would.");
                }

                // Pieces come from messages in order, each once, and an offset plus its text fits an int.
                if ((_tail.Count > 0 && piece.Item1 <= _tail[^1].MessageIndex) || piece.Item2 > int.MaxValue - piece.Item3.Length)
                {
                    throw new FormatException("The conversation window state has its messages out of order or an offset out of range.");
                }

                _tail.Add(piece);
            }

            var reportedCount = reader.NonNegativeInt();
            for (var i = 0; i < reportedCount; i++)
            {
                var reported = (reader.NonNegativeInt(), reader.NonNegativeInt(), reader.NonNegativeInt(), reader.String());
                if (reported.Item2 > reported.Item3 || reported.Item1 >= messageCount)
                {
                    throw new FormatException("The conversation window state has a reported value with an impossible span.");
                }

                _reported.Add(reported);
            }

            reader.End();
            MessageCount = messageCount;
            ForgetOutsideTail();
        }
        catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException or DecoderFallbackException)
        {
            _tail.Clear();
            _reported.Clear();
            throw ex as FormatException ?? new FormatException("The conversation window state is malformed.", ex);
        }
    }

    private const byte StateVersion = 1;

    /// <summary>Writes the state format into an array sized for it.</summary>
    private ref struct StateWriter(Span<byte> destination)
    {
        private Span<byte> _rest = destination;

        public void Byte(byte value)
        {
            _rest[0] = value;
            _rest = _rest[1..];
        }

        public void Int(int value)
        {
            BinaryPrimitives.WriteInt32LittleEndian(_rest, value);
            _rest = _rest[4..];
        }

        public void String(string value)
        {
            var length = Encoding.UTF8.GetBytes(value, _rest[4..]);
            Int(length);
            _rest = _rest[length..];
        }
    }

    /// <summary>Reads the state format strictly: lengths are checked against what is left.</summary>
    private ref struct StateReader(ReadOnlySpan<byte> data)
    {
        private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        private ReadOnlySpan<byte> _rest = data;

        public byte Byte()
        {
            if (_rest.IsEmpty)
            {
                throw new FormatException("The conversation window state ends early.");
            }

            var value = _rest[0];
            _rest = _rest[1..];
            return value;
        }

        public int NonNegativeInt()
        {
            if (_rest.Length < 4)
            {
                throw new FormatException("The conversation window state ends early.");
            }

            var value = BinaryPrimitives.ReadInt32LittleEndian(_rest);
            _rest = _rest[4..];
            return value >= 0 ? value : throw new FormatException("The conversation window state holds a negative number.");
        }

        public string String()
        {
            var length = NonNegativeInt();
            if (length > _rest.Length)
            {
                throw new FormatException("The conversation window state ends early.");
            }

            var value = Strict.GetString(_rest[..length]);
            _rest = _rest[length..];
            return value;
        }

        public readonly void End()
        {
            if (!_rest.IsEmpty)
            {
                throw new FormatException("The conversation window state has bytes after its end.");
            }
        }
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
