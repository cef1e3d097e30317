using Confidant.Testing;

namespace Confidant.Storage.Tests;

/// <summary>
/// The conformance suite on PostgreSQL (a throwaway cluster). Skipped with a message when no
/// PostgreSQL can be started, except under CI, where that fails.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class PostgresStorageTests(PostgresServer server) : StorageConformanceTests
{
    protected override async Task<(StorageOptions? Options, string? SkipReason)> CreateDatabaseAsync()
    {
        if (server.UnavailableReason is not null)
        {
            if (PostgresServer.IsCi)
            {
                throw new InvalidOperationException("CI requires PostgreSQL: " + server.UnavailableReason);
            }

            return (null, server.UnavailableReason);
        }

        var connectionString = await server.CreateDatabaseAsync();
        return (new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = connectionString, MaxBatchSize = 50 }, null);
    }
}
