using Microsoft.EntityFrameworkCore;

namespace Confidant.Storage;

/// <summary>The database on SQLite (the embedded default); carries the SQLite migrations.</summary>
public sealed class SqliteConfidantDbContext : ConfidantDbContext
{
    /// <summary>Creates the context.</summary>
    public SqliteConfidantDbContext(DbContextOptions<SqliteConfidantDbContext> options)
        : base(options)
    {
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite has no date-time-offset type; store UTC ticks so ordering and range queries work.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Sqlite.UtcTicksConverter>();

        // GUIDs as 16 bytes, not 36 characters of text: every key and index of the message tables
        // holds one or two, so they shrink by about half.
        configurationBuilder.Properties<Guid>().HaveConversion<Sqlite.BigEndianGuidConverter>();
    }
}
