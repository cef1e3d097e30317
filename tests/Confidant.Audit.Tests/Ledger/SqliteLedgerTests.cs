using Confidant.Storage;

namespace Confidant.Audit.Tests.Ledger;

/// <summary>The ledger conformance suite on SQLite (a file in a temp folder).</summary>
public sealed class SqliteLedgerTests : LedgerConformanceTests
{
    protected override Task<(StorageOptions? Options, string? SkipReason)> CreateDatabaseAsync() => Databases.SqliteAsync();
}
