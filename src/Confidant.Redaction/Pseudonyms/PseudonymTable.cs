using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Text;

namespace Confidant.Redaction.Pseudonyms;

/// <summary>
/// The pseudonyms of one conversation: the same value (compared as its class compares values, see
/// <see cref="ValueNormalizer"/>: a card on its digits, an email whole) always gets the same placeholder, <c>&lt;CARD_NUMBER_1&gt;</c>, and another
/// value of the class the next number. It holds raw values, so it never shows them
/// (<see cref="ToString"/>) and leaves only through <see cref="Export"/>, as bytes for the caller to
/// seal; <see cref="Import"/> restores it. Thread-safe, and messages of one conversation may be
/// processed at the same time: a message that fails or is blocked removes only the values it added
/// that no accepted or in-flight message uses, and no number is ever given to two values.
/// </summary>
public sealed class PseudonymTable
{
    private static ReadOnlySpan<byte> Magic => "CPT"u8;
    private const byte FormatVersion = 1;
    private const int MaxEntries = 1 << 20;

    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];
    // Class name -> normalised value -> entry; looked up by span, so a known value costs no allocation.
    private readonly Dictionary<string, Dictionary<string, Entry>> _byValue = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Class, int Number), Entry> _byNumber = [];
    private readonly Dictionary<string, int> _lastNumber = new(StringComparer.Ordinal);

    /// <summary>Number of values in the table.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The placeholder of a value: <c>&lt;{class name}_{number}&gt;</c>.</summary>
    public static string Placeholder(string className, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"<{className}_{number}>");

    /// <summary>
    /// Serialises the table (raw values included): seal the bytes, then clear them. Written into one
    /// array of the exact size, so no growing buffer leaves a copy of a value behind. Layout: "CPT",
    /// a version byte, the entry count (Int32 LE), then per entry the class name, the number (Int32
    /// LE) and the value, each string as its UTF-8 byte count (7-bit encoded) and its bytes.
    /// </summary>
    public byte[] Export()
    {
        lock (_gate)
        {
            var size = Magic.Length + 1 + 4;
            foreach (var entry in _entries)
            {
                size += StringSize(entry.ClassName) + 4 + StringSize(entry.Value);
            }

            var bytes = new byte[size];
            var writer = new Writer(bytes);
            writer.Bytes(Magic);
            writer.Byte(FormatVersion);
            writer.Int(_entries.Count);
            foreach (var entry in _entries)
            {
                writer.String(entry.ClassName);
                writer.Int(entry.Number);
                writer.String(entry.Value);
            }

            return bytes;
        }
    }

    /// <summary>
    /// Restores a table from <see cref="Export"/>, reading the bytes where they are (no copy of the
    /// values is left behind). Throws <see cref="PseudonymTableFormatException"/> (CONF-RED-020) for anything else.
    /// </summary>
    public static PseudonymTable Import(ReadOnlySpan<byte> data)
    {
        var table = new PseudonymTable();
        if (data.IsEmpty)
        {
            return table;
        }

        var reader = new Reader(data);
        if (!reader.Bytes(Magic.Length).SequenceEqual(Magic))
        {
            throw new PseudonymTableFormatException("not a pseudonym table export");
        }

        var version = reader.Byte();
        if (version != FormatVersion)
        {
            throw new PseudonymTableFormatException($"format version {version} is not supported");
        }

        var count = reader.Int();
        if (count is < 0 or > MaxEntries)
        {
            throw new PseudonymTableFormatException("entry count out of range");
        }

        for (var i = 0; i < count; i++)
        {
            var className = reader.String();
            var number = reader.Int();
            var value = reader.String();
            if (className.Length == 0 || !className.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9' or '_') || number < 1 || value.Length == 0)
            {
                throw new PseudonymTableFormatException($"entry {i} is malformed");
            }

            if (!table.TryAdd(className, number, value))
            {
                throw new PseudonymTableFormatException($"entry {i} repeats a value or placeholder");
            }
        }

        if (!reader.AtEnd)
        {
            throw new PseudonymTableFormatException("trailing bytes after the last entry");
        }

        return table;
    }

    private static int StringSize(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        var prefix = 1;
        for (var rest = (uint)length >> 7; rest != 0; rest >>= 7)
        {
            prefix++;
        }

        return prefix + length;
    }

    /// <summary>Forgets every value.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _byValue.Clear();
            _byNumber.Clear();
            _lastNumber.Clear();
        }
    }

    /// <summary>Counts only; never values.</summary>
    public override string ToString()
    {
        lock (_gate)
        {
            return $"PseudonymTable({_entries.Count} values {RawText.Withheld})";
        }
    }

    /// <summary>
    /// The placeholder of <paramref name="value"/>, adding it when new. With a <paramref name="scope"/>
    /// (one message being processed), a new value stays pending until the scope commits; a rollback
    /// removes it unless another message in flight uses it too or already committed it.
    /// </summary>
    internal string GetOrAdd(DataClass dataClass, ReadOnlySpan<char> value, PseudonymScope? scope = null)
    {
        var buffer = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        try
        {
            var n = ValueNormalizer.Normalize(dataClass.Name, value, buffer);
            ReadOnlySpan<char> key = n == 0 ? value : buffer[..n];
            lock (_gate)
            {
                if (_byValue.TryGetValue(dataClass.Name, out var values)
                    && values.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var existing))
                {
                    Hold(existing, scope);
                    return existing.Placeholder;
                }

                _lastNumber.TryGetValue(dataClass.Name, out var last);
                if (scope is not null && !ReferenceEquals(scope.Table, this))
                {
                    throw new ArgumentException("The scope belongs to another pseudonym table.", nameof(scope));
                }

                var entry = new Entry(dataClass.Name, last + 1, key.ToString(), value.ToString()) { Committed = scope is null };
                Add(entry);
                Hold(entry, scope);
                return entry.Placeholder;
            }
        }
        finally
        {
            buffer.Clear();
        }
    }

    /// <summary>The value behind a placeholder of this conversation.</summary>
    internal bool TryResolve(string className, int number, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
    {
        lock (_gate)
        {
            if (_byNumber.TryGetValue((className, number), out var entry))
            {
                value = entry.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>
    /// Starts the pseudonyms of one message: pass the scope to <see cref="GetOrAdd"/>, then
    /// <see cref="Commit"/> it when the message is accepted or <see cref="Rollback"/> it when it fails
    /// or is blocked, so it leaves nothing behind. Messages of one conversation may be processed at
    /// the same time: a rollback removes only values that no other message committed or still uses.
    /// </summary>
    internal PseudonymScope BeginScope() => new(this);

    /// <summary>Keeps the values the scope added or used.</summary>
    internal void Commit(PseudonymScope scope)
    {
        CheckOwner(scope);
        lock (_gate)
        {
            foreach (var entry in scope.Release())
            {
                entry.Holders--;
                entry.Committed = true;
            }
        }
    }

    /// <summary>Removes the values the scope added that no committed message and no other message in flight uses.</summary>
    internal void Rollback(PseudonymScope scope)
    {
        CheckOwner(scope);
        lock (_gate)
        {
            HashSet<string>? classes = null;
            foreach (var entry in scope.Release())
            {
                entry.Holders--;
                if (entry.Committed || entry.Holders > 0)
                {
                    continue;
                }

                _entries.Remove(entry);
                if (_byValue[entry.ClassName].TryGetValue(entry.Key, out var indexed) && ReferenceEquals(indexed, entry))
                {
                    _byValue[entry.ClassName].Remove(entry.Key);
                }

                _byNumber.Remove((entry.ClassName, entry.Number));
                (classes ??= new(StringComparer.Ordinal)).Add(entry.ClassName);
            }

            // The next number follows the highest one left, so a number in use is never given twice;
            // a rolled-back number below it stays unused.
            foreach (var className in classes ?? [])
            {
                var highest = 0;
                foreach (var entry in _entries)
                {
                    highest = entry.ClassName == className ? Math.Max(highest, entry.Number) : highest;
                }

                _lastNumber[className] = highest;
            }
        }
    }

    private void CheckOwner(PseudonymScope scope)
    {
        if (!ReferenceEquals(scope.Table, this))
        {
            throw new ArgumentException("The scope belongs to another pseudonym table.", nameof(scope));
        }
    }

    private static void Hold(Entry entry, PseudonymScope? scope)
    {
        if (scope is not null && !entry.Committed && scope.TryHold(entry))
        {
            entry.Holders++;
        }
    }

    private bool TryAdd(string className, int number, string value)
    {
        var entry = new Entry(className, number, ValueNormalizer.ToKey(className, value), value);
        if (_byNumber.ContainsKey((className, number))
            || (_byValue.TryGetValue(className, out var values) && values.TryGetValue(entry.Key, out var same) && same.Value == value))
        {
            return false;
        }

        // Two different values with one key can come from a table saved before values compared as they
        // do now (a full-width and an ASCII card): both placeholders stay resolvable, new lookups get the first.
        Add(entry);
        return true;
    }

    private void Add(Entry entry)
    {
        _entries.Add(entry);
        if (!_byValue.TryGetValue(entry.ClassName, out var values))
        {
            values = new Dictionary<string, Entry>(StringComparer.Ordinal);
            _byValue[entry.ClassName] = values;
        }

        values.TryAdd(entry.Key, entry);
        _byNumber[(entry.ClassName, entry.Number)] = entry;
        _lastNumber[entry.ClassName] = Math.Max(entry.Number, _lastNumber.GetValueOrDefault(entry.ClassName));
    }

    /// <summary>Writes the export format into an array sized for it.</summary>
    private ref struct Writer(Span<byte> destination)
    {
        private Span<byte> _rest = destination;

        public void Bytes(ReadOnlySpan<byte> value)
        {
            value.CopyTo(_rest);
            _rest = _rest[value.Length..];
        }

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
            var length = (uint)Encoding.UTF8.GetByteCount(value);
            for (; length >= 0x80; length >>= 7)
            {
                Byte((byte)(length | 0x80));
            }

            Byte((byte)length);
            _rest = _rest[Encoding.UTF8.GetBytes(value, _rest)..];
        }
    }

    /// <summary>Reads the export format; anything short or out of range is a format error.</summary>
    private ref struct Reader(ReadOnlySpan<byte> source)
    {
        private ReadOnlySpan<byte> _rest = source;

        public readonly bool AtEnd => _rest.IsEmpty;

        public ReadOnlySpan<byte> Bytes(int count)
        {
            if (_rest.Length < count)
            {
                throw Truncated();
            }

            var bytes = _rest[..count];
            _rest = _rest[count..];
            return bytes;
        }

        public byte Byte() => Bytes(1)[0];

        public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));

        public string String()
        {
            // The length: 7 bits a byte, low bits first, at most five bytes for an Int32.
            var length = 0u;
            for (var shift = 0; ; shift += 7)
            {
                if (shift > 28)
                {
                    throw Truncated();
                }

                var b = Byte();
                length |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }

            return length > int.MaxValue ? throw Truncated() : Encoding.UTF8.GetString(Bytes((int)length));
        }

        private static PseudonymTableFormatException Truncated() => new("truncated or corrupted");
    }

    internal sealed class Entry(string className, int number, string key, string value)
    {
        public string ClassName { get; } = className;

        public int Number { get; } = number;

        public string Key { get; } = key;

        public string Value { get; } = value;

        // Made when first asked for: a table is restored for every message, and most messages use
        // none of its placeholders. A race only makes the same string twice.
        public string Placeholder => field ??= PseudonymTable.Placeholder(ClassName, Number);

        /// <summary>An accepted message (or an import) holds the value: no rollback removes it. Guarded by the table's lock.</summary>
        public bool Committed { get; set; } = true;

        /// <summary>Messages in flight that use the value while it is not committed. Guarded by the table's lock.</summary>
        public int Holders { get; set; }

        public override string ToString() => Placeholder;
    }
}
