namespace Confidant.Storage;

/// <summary>Options of the project database (configuration section <c>Confidant:Storage</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Confidant:Storage";

    /// <summary>The database provider.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// The connection string. For SQLite it defaults to <c>Data Source=data/confidant.db</c>; for
    /// PostgreSQL it is required.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the first store is used (the embedded default does).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Largest number of messages one batch append accepts.</summary>
    public int MaxBatchSize { get; set; } = 1000;

    /// <summary>How often retention and re-sealing run in the background.</summary>
    public TimeSpan MaintenanceInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Longest message text (original or view) stored, in characters.</summary>
    public int MaxMessageLength { get; set; } = 64 * 1024;

    /// <summary>The effective connection string.</summary>
    internal string EffectiveConnectionString => ConnectionString ?? (Provider == StorageProvider.Sqlite
        ? $"Data Source={Path.Combine("data", "confidant.db")}"
        : throw new InvalidOperationException("Confidant:Storage:ConnectionString is required for PostgreSQL."));
}
