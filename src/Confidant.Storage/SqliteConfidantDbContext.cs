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
        // UTC ticks for date-time offsets, 16-byte GUIDs: every key and index of the message
        // tables holds one or two GUIDs, so they shrink by about half.
        Sqlite.SqliteModelConventions.Apply(configurationBuilder);
    }
}
