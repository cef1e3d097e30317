namespace Confidant.Cli;

/// <summary>Where a database-backed command finds its data: a data folder, and optionally a PostgreSQL database.</summary>
/// <param name="Data">The data folder: the key file in <c>keys/kek.json</c> and, without <paramref name="Postgres"/>, the database <c>confidant.db</c>.</param>
/// <param name="Postgres">A PostgreSQL connection string, or null for the data folder's SQLite database.</param>
internal sealed record DataSource(DirectoryInfo Data, string? Postgres)
{
    /// <summary>The key file that wraps every data key.</summary>
    public string KeyFilePath => Path.Combine(Data.FullName, "keys", "kek.json");

    /// <summary>The embedded SQLite database.</summary>
    public string SqlitePath => Path.Combine(Data.FullName, "confidant.db");
}
