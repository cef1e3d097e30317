using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Confidant.Storage.Sqlite;

/// <summary>Stores a <see cref="DateTimeOffset"/> as UTC ticks (SQLite compares integers, not offset strings).</summary>
internal sealed class UtcTicksConverter : ValueConverter<DateTimeOffset, long>
{
    public UtcTicksConverter()
        : base(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero))
    {
    }
}
