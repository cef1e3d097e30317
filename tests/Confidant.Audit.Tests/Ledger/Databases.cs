using Confidant.Storage;
using Confidant.Testing;

namespace Confidant.Audit.Tests.Ledger;

/// <summary>Fresh databases for the provider test classes.</summary>
internal static class Databases
{
    public static Task<(StorageOptions? Options, string? SkipReason)> SqliteAsync() =>
        Task.FromResult<(StorageOptions?, string?)>((new StorageOptions { Provider = StorageProvider.Sqlite }, null));

    /// <summary>A new database in the shared throwaway cluster; skipped when there is none, except under CI, where that fails.</summary>
    public static async Task<(StorageOptions? Options, string? SkipReason)> PostgresAsync(PostgresServer server)
    {
        if (server.UnavailableReason is not null)
        {
            return PostgresServer.IsCi
                ? throw new InvalidOperationException("CI requires PostgreSQL: " + server.UnavailableReason)
                : (null, server.UnavailableReason);
        }

        return (new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = await server.CreateDatabaseAsync() }, null);
    }
}
