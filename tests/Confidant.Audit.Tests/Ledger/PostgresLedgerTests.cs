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
    protected override Task<(StorageOptions? Options, string? SkipReason)> CreateDatabaseAsync() => Databases.PostgresAsync(server);
}
