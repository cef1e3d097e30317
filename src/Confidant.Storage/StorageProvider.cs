namespace Confidant.Storage;

/// <summary>Which database the project runs on.</summary>
public enum StorageProvider
{
    /// <summary>An SQLite file under the data folder (the embedded default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (several nodes share it).</summary>
    PostgreSql,
}
