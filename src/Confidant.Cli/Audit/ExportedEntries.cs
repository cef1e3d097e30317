using System.Buffers.Text;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Confidant.Audit.Ledger;
using Confidant.Audit.Merkle;

namespace Confidant.Cli.Audit;

/// <summary>
/// The export file of the ledger's entries: JSON lines
/// <c>{"index":N,"leafHash":"&lt;64 hex&gt;","entry":"&lt;base64 of the canonical bytes&gt;"}</c>,
/// one per entry in index order, each ending in <c>\n</c>. Written byte by byte into one reused
/// buffer and read back line by line from a fixed buffer, so a log of millions of entries streams
/// through in constant memory.
/// </summary>
internal static class ExportedEntries
{
    /// <summary>The longest line read (an entry is at most 16 KiB, about 22 KiB in base64).</summary>
    public const int MaxLineBytes = 64 * 1024;

    private static ReadOnlySpan<byte> IndexPrefix => "{\"index\":"u8;
    private static ReadOnlySpan<byte> LeafHashPrefix => ",\"leafHash\":\""u8;
    private static ReadOnlySpan<byte> EntryPrefix => "\",\"entry\":\""u8;
    private static ReadOnlySpan<byte> LineEnd => "\"}\n"u8;

    /// <summary>Writes <paramref name="entries"/> to <paramref name="stream"/>; returns how many.</summary>
    public static async Task<long> WriteAsync(IAsyncEnumerable<StoredEntry> entries, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[256];
        var count = 0L;
        await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var length = IndexPrefix.Length + 20 + LeafHashPrefix.Length + (2 * entry.StoredLeafHash.Length) + EntryPrefix.Length + Base64.GetMaxEncodedToUtf8Length(entry.Entry.Length) + LineEnd.Length;
            if (buffer.Length < length)
            {
                buffer = new byte[length];
            }

            var written = Format(entry, buffer);
            await stream.WriteAsync(buffer.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
            count++;
        }

        return count;
    }

    /// <summary>
    /// Reads the entries of <paramref name="files"/>, one after the other. A line that is not
    /// exactly an export line (other members, a missing one, a hash that is not 32 bytes of hex,
    /// base64 that does not decode, an empty line, a last line without its newline) throws
    /// <see cref="AuditInputException"/> with <see cref="AuditCliErrorCodes.ExportLineMalformed"/>
    /// naming the file and line; an unreadable file, <see cref="AuditCliErrorCodes.FileUnreadable"/>.
    /// Whether the entries are the committed ones is for the verifier to say, not the parser.
    /// </summary>
    public static async IAsyncEnumerable<StoredEntry> ReadAsync(IReadOnlyList<FileInfo> files, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var buffer = new byte[4 * MaxLineBytes];
        foreach (var file in files)
        {
            var stream = Open(file);
            await using (stream.ConfigureAwait(false))
            {
                int start = 0, end = 0;
                var line = 0L;
                var atEnd = false;
                while (true)
                {
                    var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                    if (newline >= 0)
                    {
                        line++;
                        yield return ParseLine(buffer, start, newline, file, line);
                        start += newline + 1;
                        continue;
                    }

                    if (atEnd)
                    {
                        if (start < end)
                        {
                            throw Malformed(file, line + 1, "does not end with a newline (was the file cut short?)");
                        }

                        break;
                    }

                    if (end - start > MaxLineBytes)
                    {
                        throw Malformed(file, line + 1, $"is longer than {MaxLineBytes} bytes");
                    }

                    // Move the partial line to the front and fill the rest of the buffer.
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    end -= start;
                    start = 0;
                    var read = await ReadSomeAsync(stream, buffer.AsMemory(end), file, cancellationToken).ConfigureAwait(false);
                    atEnd = read == 0;
                    end += read;
                }
            }
        }
    }

    /// <summary>One export line for <paramref name="entry"/> into <paramref name="destination"/>; returns its length.</summary>
    internal static int Format(StoredEntry entry, Span<byte> destination)
    {
        var at = 0;
        Append(IndexPrefix, destination, ref at);
        if (!Utf8Formatter.TryFormat(entry.Index, destination[at..], out var digits))
        {
            throw new InvalidOperationException("The line buffer is too small.");
        }

        at += digits;
        Append(LeafHashPrefix, destination, ref at);
        foreach (var b in entry.StoredLeafHash)
        {
            destination[at++] = HexDigit(b >> 4);
            destination[at++] = HexDigit(b & 0xF);
        }

        Append(EntryPrefix, destination, ref at);
        Base64.EncodeToUtf8(entry.Entry, destination[at..], out _, out var encoded);
        at += encoded;
        Append(LineEnd, destination, ref at);
        return at;
    }

    private static StoredEntry ParseLine(byte[] buffer, int start, int length, FileInfo file, long line)
    {
        var text = buffer.AsSpan(start, length);
        if (text.Length > 0 && text[^1] == (byte)'\r')
        {
            text = text[..^1]; // a file that went through a Windows editor
        }

        if (text.Length == 0)
        {
            throw Malformed(file, line, "is empty");
        }

        try
        {
            return Parse(text, file, line);
        }
        catch (JsonException)
        {
            throw Malformed(file, line, "is not a JSON object");
        }
    }

    private static StoredEntry Parse(ReadOnlySpan<byte> text, FileInfo file, long line)
    {
        var reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = 1 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw Malformed(file, line, "is not a JSON object");
        }

        long? index = null;
        byte[]? leafHash = null;
        byte[]? entry = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            if (reader.ValueIsEscaped || !reader.Read())
            {
                throw Malformed(file, line, "has a member name with escapes");
            }

            if (name.SequenceEqual("index"u8) && index is null)
            {
                index = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) && value >= 0
                    ? value
                    : throw Malformed(file, line, "has an index that is not a whole number from 0");
            }
            else if (name.SequenceEqual("leafHash"u8) && leafHash is null)
            {
                leafHash = reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && TryDecodeHex(reader.ValueSpan, out var hash)
                    ? hash
                    : throw Malformed(file, line, $"has a leafHash that is not {MerkleHash.Size * 2} hex digits");
            }
            else if (name.SequenceEqual("entry"u8) && entry is null)
            {
                entry = reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && TryDecodeBase64(reader.ValueSpan, out var bytes)
                    ? bytes
                    : throw Malformed(file, line, "has an entry that is not base64");
            }
            else
            {
                throw Malformed(file, line, "has a member other than index, leafHash and entry, or one of them twice");
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            throw Malformed(file, line, "has something after the object");
        }

        return index is null || leafHash is null || entry is null
            ? throw Malformed(file, line, "lacks one of index, leafHash and entry")
            : new StoredEntry(index.Value, leafHash, entry);
    }

    private static bool TryDecodeHex(ReadOnlySpan<byte> text, out byte[] hash)
    {
        hash = new byte[MerkleHash.Size];
        if (text.Length != 2 * MerkleHash.Size)
        {
            return false;
        }

        for (var i = 0; i < hash.Length; i++)
        {
            int high = HexValue(text[2 * i]), low = HexValue(text[(2 * i) + 1]);
            if ((high | low) < 0)
            {
                return false;
            }

            hash[i] = (byte)((high << 4) | low);
        }

        return true;
    }

    private static bool TryDecodeBase64(ReadOnlySpan<byte> text, out byte[] bytes)
    {
        var decoded = new byte[Base64.GetMaxDecodedFromUtf8Length(text.Length)];
        if (Base64.DecodeFromUtf8(text, decoded, out var consumed, out var written) != System.Buffers.OperationStatus.Done || consumed != text.Length)
        {
            bytes = [];
            return false;
        }

        bytes = written == decoded.Length ? decoded : decoded[..written];
        return true;
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    private static byte HexDigit(int value) => (byte)(value < 10 ? '0' + value : 'a' + value - 10);

    private static void Append(ReadOnlySpan<byte> bytes, Span<byte> destination, ref int at)
    {
        bytes.CopyTo(destination[at..]);
        at += bytes.Length;
    }

    private static FileStream Open(FileInfo file)
    {
        try
        {
            return new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AuditInputException(AuditCliErrorCodes.FileUnreadable, $"cannot read '{file.FullName}': {ex.Message}");
        }
    }

    private static async Task<int> ReadSomeAsync(FileStream stream, Memory<byte> buffer, FileInfo file, CancellationToken cancellationToken)
    {
        try
        {
            return await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new AuditInputException(AuditCliErrorCodes.FileUnreadable, $"cannot read '{file.FullName}': {ex.Message}");
        }
    }

    private static AuditInputException Malformed(FileInfo file, long line, string problem) =>
        new(AuditCliErrorCodes.ExportLineMalformed, $"line {line.ToString(CultureInfo.InvariantCulture)} of {file.Name} {problem}; an export line is {{\"index\":N,\"leafHash\":\"<64 hex>\",\"entry\":\"<base64>\"}}.");
}
