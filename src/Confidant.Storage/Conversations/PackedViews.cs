using System.Buffers.Binary;
using System.Text;

namespace Confidant.Storage.Conversations;

/// <summary>
/// A message's views in its own row: one envelope per distinct text, each naming the sinks that
/// share it. The sinks' names are part of the envelope's record id
/// (<see cref="ConversationStore.ViewRecordId"/> with the names joined by <c>+</c>), so an entry
/// whose list of sinks was altered fails to open: a view cannot be presented to a sink it was not
/// shaped for. One row per message instead of one per sink, and one envelope instead of four for
/// a message with nothing to shape.
/// Layout: a format byte (1), then per entry the sinks (UInt16 little-endian length, ASCII) and the
/// envelope (Int32 little-endian length, bytes).
/// </summary>
internal static class PackedViews
{
    private const byte Format = 1;

    /// <summary>What separates sink names in an entry (never part of a sink name).</summary>
    public const char SinkSeparator = '+';

    /// <summary>
    /// The longest list of sinks one entry names: a record id is at most 1024 characters, and the
    /// conversation and message ids before the list take 66. Sinks beyond it share the text in
    /// another entry.
    /// </summary>
    public const int MaxSinksLength = 900;

    /// <summary>
    /// The views grouped by identical text: each group's sinks in ordinal order, joined (a group
    /// too long for one record id is split into several).
    /// </summary>
    public static List<(string Sinks, string Text)> Group(IReadOnlyDictionary<string, string> views)
    {
        var groups = new List<(string Sinks, string Text)>();
        foreach (var group in views.GroupBy(v => v.Value, StringComparer.Ordinal))
        {
            var joined = new StringBuilder();
            foreach (var sink in group.Select(v => v.Key).Order(StringComparer.Ordinal))
            {
                if (joined.Length > 0 && joined.Length + 1 + sink.Length > MaxSinksLength)
                {
                    groups.Add((joined.ToString(), group.Key));
                    joined.Clear();
                }

                if (joined.Length > 0)
                {
                    joined.Append(SinkSeparator);
                }

                joined.Append(sink);
            }

            groups.Add((joined.ToString(), group.Key));
        }

        groups.Sort((a, b) => string.CompareOrdinal(a.Sinks, b.Sinks));
        return groups;
    }

    /// <summary>The packed form of <paramref name="entries"/>.</summary>
    public static byte[] Pack(IReadOnlyList<(string Sinks, byte[] Envelope)> entries)
    {
        var length = 1 + entries.Sum(e => 2 + e.Sinks.Length + 4 + e.Envelope.Length);
        var packed = new byte[length];
        packed[0] = Format;
        var at = 1;
        foreach (var (sinks, envelope) in entries)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(packed.AsSpan(at), checked((ushort)sinks.Length));
            at += 2;
            at += Encoding.ASCII.GetBytes(sinks, packed.AsSpan(at));
            BinaryPrimitives.WriteInt32LittleEndian(packed.AsSpan(at), envelope.Length);
            at += 4;
            envelope.CopyTo(packed.AsSpan(at));
            at += envelope.Length;
        }

        return packed;
    }

    /// <summary>
    /// The entries of a packed value, in order; throws <see cref="InvalidDataException"/> when it
    /// is not in this format (truncated, an unknown format, a length past its end, a list of sinks
    /// that <see cref="Group"/> would not have written).
    /// </summary>
    public static List<(string Sinks, ReadOnlyMemory<byte> Envelope)> Read(ReadOnlyMemory<byte> packed)
    {
        var span = packed.Span;
        if (span.Length == 0 || span[0] != Format)
        {
            throw new InvalidDataException("the stored views are not in a known format.");
        }

        var entries = new List<(string, ReadOnlyMemory<byte>)>();
        var at = 1;
        while (at < span.Length)
        {
            if (span.Length - at < 2)
            {
                throw Truncated();
            }

            int sinksLength = BinaryPrimitives.ReadUInt16LittleEndian(span[at..]);
            at += 2;
            if (sinksLength == 0 || span.Length - at < sinksLength + 4)
            {
                throw Truncated();
            }

            var sinks = Encoding.ASCII.GetString(span.Slice(at, sinksLength));
            if (!IsCanonical(sinks))
            {
                throw new InvalidDataException("a stored view is labelled with something other than a list of sink names.");
            }

            at += sinksLength;
            var envelopeLength = BinaryPrimitives.ReadInt32LittleEndian(span[at..]);
            at += 4;
            if (envelopeLength <= 0 || span.Length - at < envelopeLength)
            {
                throw Truncated();
            }

            entries.Add((sinks, packed.Slice(at, envelopeLength)));
            at += envelopeLength;
        }

        return entries;
    }

    /// <summary>
    /// The entry holding <paramref name="sink"/>'s view: its joined sinks (the record id's last
    /// part) and envelope; false when the message keeps no view for that sink (then
    /// <paramref name="sinks"/> is the sink itself). Throws <see cref="InvalidDataException"/> like <see cref="Read"/>.
    /// </summary>
    public static bool TryFind(ReadOnlyMemory<byte> packed, string sink, out string sinks, out ReadOnlyMemory<byte> envelope)
    {
        foreach (var entry in Read(packed))
        {
            if (Names(entry.Sinks, sink))
            {
                (sinks, envelope) = entry;
                return true;
            }
        }

        (sinks, envelope) = (sink, default);
        return false;
    }

    /// <summary>Whether an entry's joined sinks name <paramref name="sink"/>.</summary>
    private static bool Names(string sinks, string sink)
    {
        foreach (var range in sinks.AsSpan().Split(SinkSeparator))
        {
            if (sinks.AsSpan(range).SequenceEqual(sink))
            {
                return true;
            }
        }

        return false;
    }

    // Names of sinks (as ConversationStore accepts them) in strictly ascending order, within the length bound.
    private static bool IsCanonical(string sinks)
    {
        if (sinks.Length > MaxSinksLength)
        {
            return false;
        }

        var previous = ReadOnlySpan<char>.Empty;
        foreach (var range in sinks.AsSpan().Split(SinkSeparator))
        {
            var name = sinks.AsSpan(range);
            if (!ConversationStore.IsSinkName(name) || (!previous.IsEmpty && previous.SequenceCompareTo(name) >= 0))
            {
                return false;
            }

            previous = name;
        }

        return true;
    }

    private static InvalidDataException Truncated() => new("the stored views are truncated.");
}
