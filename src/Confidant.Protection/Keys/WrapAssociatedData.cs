using System.Buffers.Binary;
using System.Text;

namespace Confidant.Protection.Keys;

/// <summary>
/// The associated data every key-encryption key provider authenticates when it wraps a data key:
/// a fixed label, the key-encryption key id and the caller's context, each length-prefixed so no
/// two different inputs share an encoding. A wrapped key presented with another key id or another
/// scope or version fails its integrity check.
/// </summary>
internal static class WrapAssociatedData
{
    private static readonly byte[] Label = "confidant/data-key/v1"u8.ToArray();

    public static byte[] Build(string keyId, ReadOnlySpan<byte> context)
    {
        var id = Encoding.UTF8.GetBytes(keyId);
        var aad = new byte[Label.Length + 4 + id.Length + 4 + context.Length];
        var span = aad.AsSpan();
        Label.CopyTo(span);
        span = span[Label.Length..];
        BinaryPrimitives.WriteInt32BigEndian(span, id.Length);
        id.CopyTo(span[4..]);
        span = span[(4 + id.Length)..];
        BinaryPrimitives.WriteInt32BigEndian(span, context.Length);
        context.CopyTo(span[4..]);
        return aad;
    }
}
