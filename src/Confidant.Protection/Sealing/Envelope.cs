using System.Buffers.Binary;
using System.Text;
using Confidant.Protection.Keys;

namespace Confidant.Protection.Sealing;

/// <summary>
/// The sealed record format, version 1 (all integers big-endian):
/// <code>
/// offset  size  field
/// 0       1     format version (1)
/// 1       1     key scope (1 tenant, 2 subject)
/// 2       4     data key version
/// 6       12    nonce (random)
/// 18      n     AES-256-GCM ciphertext
/// 18+n    16    tag
/// </code>
/// The associated data is the 18-byte header followed by the label <c>confidant/record/v1</c> and
/// the tenant, subject, kind and record id, each prefixed with its UTF-8 length (2 bytes). The
/// header is authenticated, so changing the key version or scope fails like changing the text.
/// </summary>
public static class Envelope
{
    /// <summary>The format version this build writes.</summary>
    public const byte CurrentVersion = 1;

    /// <summary>Header length.</summary>
    public const int HeaderSize = 18;

    /// <summary>Bytes added to the plaintext.</summary>
    public const int Overhead = HeaderSize + DataKey.TagSize;

    internal const int NonceSize = 12;

    private static ReadOnlySpan<byte> Label => "confidant/record/v1"u8;

    /// <summary>Reads the header. Throws <see cref="ProtectionException"/> for a truncated envelope or an unknown version.</summary>
    public static (bool IsSubject, int KeyVersion) ReadHeader(ReadOnlySpan<byte> envelope)
    {
        if (envelope.Length < Overhead)
        {
            throw new ProtectionException(ProtectionErrorCodes.EnvelopeTruncated, $"a sealed record is {envelope.Length} bytes long, shorter than the {Overhead}-byte envelope around any value.");
        }

        if (envelope[0] != CurrentVersion)
        {
            throw new ProtectionException(ProtectionErrorCodes.EnvelopeUnknownVersion, $"a sealed record has envelope format {envelope[0]}; this build reads format {CurrentVersion}.");
        }

        if (envelope[1] is not (1 or 2))
        {
            throw new ProtectionException(ProtectionErrorCodes.EnvelopeIntegrity, "a sealed record names an unknown key scope.");
        }

        var version = BinaryPrimitives.ReadInt32BigEndian(envelope[2..]);
        if (version < 1)
        {
            throw new ProtectionException(ProtectionErrorCodes.EnvelopeIntegrity, "a sealed record names an invalid key version.");
        }

        return (envelope[1] == 2, version);
    }

    internal static void WriteHeader(Span<byte> destination, bool isSubject, int keyVersion)
    {
        destination[0] = CurrentVersion;
        destination[1] = isSubject ? (byte)2 : (byte)1;
        BinaryPrimitives.WriteInt32BigEndian(destination[2..], keyVersion);
    }

    internal static int AssociatedDataLength(in RecordContext context) =>
        HeaderSize + Label.Length + 8 +
        Encoding.UTF8.GetByteCount(context.TenantId) +
        Encoding.UTF8.GetByteCount(context.SubjectId ?? "") +
        Encoding.UTF8.GetByteCount(context.Kind) +
        Encoding.UTF8.GetByteCount(context.RecordId);

    internal static int WriteAssociatedData(Span<byte> destination, ReadOnlySpan<byte> header, in RecordContext context)
    {
        header[..HeaderSize].CopyTo(destination);
        var position = HeaderSize;
        Label.CopyTo(destination[position..]);
        position += Label.Length;
        position += WritePart(destination[position..], context.TenantId);
        position += WritePart(destination[position..], context.SubjectId ?? "");
        position += WritePart(destination[position..], context.Kind);
        position += WritePart(destination[position..], context.RecordId);
        return position;
    }

    private static int WritePart(Span<byte> destination, string part)
    {
        var written = Encoding.UTF8.GetBytes(part, destination[2..]);
        if (written > ushort.MaxValue)
        {
            throw new ArgumentException("A record context part is longer than 65535 bytes.", nameof(part));
        }

        BinaryPrimitives.WriteUInt16BigEndian(destination, (ushort)written);
        return 2 + written;
    }
}
