using Microsoft.EntityFrameworkCore;

namespace Confidant.Storage.Tests;

/// <summary>The conformance suite on SQLite (a file in a temp folder).</summary>
public sealed class SqliteStorageTests : StorageConformanceTests
{
    protected override Task<(StorageOptions? Options, string? SkipReason)> CreateDatabaseAsync() =>
        Task.FromResult<(StorageOptions?, string?)>((new StorageOptions { Provider = StorageProvider.Sqlite, MaxBatchSize = 50 }, null));

    [Fact]
    public async Task TheDatabaseFile_IsInWalMode_WithFullSync()
    {
        await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(1));
        await using var db = H.Db.Create();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA synchronous";
        Assert.Equal(2L, (long?)await command.ExecuteScalarAsync()); // FULL
        Assert.True(File.Exists(Path.Combine(H.Folder, "confidant.db-wal")));
    }
}
