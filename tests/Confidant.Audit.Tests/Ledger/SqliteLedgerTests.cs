using Confidant.Storage;

namespace Confidant.Audit.Tests.Ledger;

/// <summary>The ledger conformance suite on SQLite (a file in a temp folder).</summary>
public sealed class SqliteLedgerTests : LedgerConformanceTests
{
    protected override Task<(StorageOptions? Options, string? SkipReason)> CreateDatabaseAsync() =>
        Task.FromResult<(StorageOptions?, string?)>((new StorageOptions { Provider = StorageProvider.Sqlite }, null));
}
