using Microsoft.EntityFrameworkCore;

namespace Confidant.Storage.Sqlite;

/// <summary>
/// The SQLite type conventions of the project database, for any context stored in it: SQLite has
/// no date-time-offset type, so those are UTC ticks (ordering and range queries work), and GUIDs
/// are 16 bytes, not 36 characters of text.
/// </summary>
public static class SqliteModelConventions
{
    /// <summary>Applies the conventions.</summary>
    public static void Apply(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<Guid>().HaveConversion<BigEndianGuidConverter>();
    }
}
