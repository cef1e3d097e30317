using Confidant.Storage;
using Confidant.Testing;

namespace Confidant.Audit.Tests.Ledger;

/// <summary>
/// The ledger conformance suite on PostgreSQL (a throwaway cluster). Skipped with a message when
/// no PostgreSQL can be started, except under CI, where that fails.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class PostgresLedgerTests(PostgresServer server) : LedgerConformanceTests
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

        return (new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = await server.CreateDatabaseAsync() }, null);
    }
}
