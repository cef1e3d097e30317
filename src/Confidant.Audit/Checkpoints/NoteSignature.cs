using System.Buffers.Binary;

namespace Confidant.Audit.Checkpoints;

/// <summary>
/// One signature line of a signed note: <c>— &lt;key name&gt; base64(key id ‖ signature)</c>. The
/// key name and the 4-byte key id together say which key signed; what the signature bytes are
/// depends on that key's algorithm (64 bytes for Ed25519).
/// </summary>
public sealed class NoteSignature
{
    /// <summary>Creates a signature line's content; the name must be a valid key name.</summary>
    public NoteSignature(string keyName, uint keyId, ReadOnlySpan<byte> signature)
    {
        ArgumentNullException.ThrowIfNull(keyName);
        if (!NoteSyntax.IsValidKeyName(keyName))
        {
            throw new ArgumentException("A key name is non-empty and holds no space, plus sign or control character.", nameof(keyName));
        }

        if (signature.IsEmpty)
        {
            throw new ArgumentException("A signature is at least one byte.", nameof(signature));
        }

        KeyName = keyName;
        KeyId = keyId;
        Signature = signature.ToArray();
    }

    /// <summary>The key name, such as the log's origin.</summary>
    public string KeyName { get; }

    /// <summary>The key id, the first four bytes of the signature blob read big-endian.</summary>
    public uint KeyId { get; }

    /// <summary>The signature bytes after the key id.</summary>
    public ReadOnlyMemory<byte> Signature { get; }

    /// <summary>The line as it appears in a note, ending in a newline.</summary>
    public string FormatLine()
    {
        var blob = new byte[4 + Signature.Length];
        BinaryPrimitives.WriteUInt32BigEndian(blob, KeyId);
        Signature.Span.CopyTo(blob.AsSpan(4));
        return $"{NoteSyntax.SignaturePrefix}{KeyName} {Convert.ToBase64String(blob)}\n";
    }

    /// <summary>
    /// Parses one signature line without its newline. Throws <see cref="CheckpointException"/>
    /// with <c>CONF-AUD-105</c>, <c>-106</c> or <c>-107</c>.
    /// </summary>
    internal static NoteSignature ParseLine(string line, int lineNumber)
    {
        if (!line.StartsWith(NoteSyntax.SignaturePrefix, StringComparison.Ordinal))
        {
            throw new CheckpointException(CheckpointErrorCodes.SignatureLineMalformed, $"Line {lineNumber} of the signatures does not start with an em dash (U+2014) and a space.");
        }

        var rest = line[NoteSyntax.SignaturePrefix.Length..];
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            throw new CheckpointException(CheckpointErrorCodes.SignatureLineMalformed, $"Line {lineNumber} of the signatures is not '— <key name> <signature>'.");
        }

        var name = rest[..space];
        if (!NoteSyntax.IsValidKeyName(name))
        {
            throw new CheckpointException(CheckpointErrorCodes.KeyNameInvalid, $"The key name on line {lineNumber} of the signatures is empty or holds a space or a plus sign.");
        }

        if (!NoteSyntax.TryDecodeBase64(rest[(space + 1)..], out var blob) || blob.Length <= 4)
        {
            throw new CheckpointException(CheckpointErrorCodes.SignatureEncoding, $"The signature on line {lineNumber} of the signatures is not canonical base64 of a 4-byte key id and a signature.");
        }

        return new NoteSignature(name, BinaryPrimitives.ReadUInt32BigEndian(blob), blob.AsSpan(4));
    }
}
