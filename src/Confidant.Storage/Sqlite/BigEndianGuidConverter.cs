using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Confidant.Storage.Sqlite;

/// <summary>
/// Stores a GUID as its 16 bytes in big-endian (RFC 9562) order. Message ids are version 7 GUIDs,
/// which start with a timestamp: in this order they sort by time, so new rows go to the end of
/// each index instead of splitting pages all over it (Guid.ToByteArray's little-endian fields
/// would scatter them).
/// </summary>
internal sealed class BigEndianGuidConverter : ValueConverter<Guid, byte[]>
{
    public BigEndianGuidConverter()
        : base(v => v.ToByteArray(true), v => new Guid(v, true))
    {
    }
}
