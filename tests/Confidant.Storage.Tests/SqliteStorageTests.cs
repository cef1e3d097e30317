using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(H.Folder, "confidant.db")));
        }
    }

    [Fact]
    public async Task ErasedCustomersWrappedKey_IsGoneFromTheDatabaseFiles()
    {
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(1));
        await H.Conversations.AppendAsync(new Conversations.NewMessage
        {
            TenantId = Tenant,
            SubjectId = Customer,
            ConversationId = conversation,
            Original = Redaction.Text.RawText.Copy("hello"),
            RetainUntil = H.Time.GetUtcNow().AddDays(1),
        });
        var wrapped = (await H.KeyStore.GetLatestAsync(Protection.Keys.KeyScope.ForSubject(Tenant, Customer)))!.WrappedKey;
        Assert.True(FilesContain(wrapped), "the wrapped key should be on disk before erasure");

        await H.Ring.EraseAsync(Protection.Keys.KeyScope.ForSubject(Tenant, Customer));

        Assert.False(FilesContain(wrapped));
    }

    private bool FilesContain(byte[] needle)
    {
        foreach (var file in Directory.EnumerateFiles(H.Folder, "confidant.db*"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            if (memory.ToArray().AsSpan().IndexOf(needle) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public async Task MissingKeyFile_WithKeysInTheDatabase_StopsStartUp_AndRestoringItWorks()
    {
        var conversation = await H.Conversations.StartAsync(Tenant, Customer, H.Time.GetUtcNow().AddDays(1));
        await H.Conversations.AppendAsync(new Conversations.NewMessage
        {
            TenantId = Tenant,
            SubjectId = Customer,
            ConversationId = conversation,
            Original = Redaction.Text.RawText.Copy("kept"),
            RetainUntil = H.Time.GetUtcNow().AddDays(1),
        });
        var keyFile = Path.Combine(H.Folder, "keys", "kek.json");
        var backup = File.ReadAllBytes(keyFile);
        File.Delete(keyFile);

        await using (var node = await H.SecondNodeAsync())
        {
            var guard = node.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Keys.KeyFileGuard>().Single();
            var error = await Assert.ThrowsAsync<Protection.ProtectionException>(() => guard.StartAsync(CancellationToken.None));
            Assert.Equal(Protection.ProtectionErrorCodes.KeyFileUnreadable, error.Code);
            Assert.Contains("Restore the original key file", error.Message, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(keyFile), "the new, wrong key file is removed");
        File.WriteAllBytes(keyFile, backup);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        await using var restored = await H.SecondNodeAsync();
        var guardAfter = restored.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Keys.KeyFileGuard>().Single();
        await guardAfter.StartAsync(CancellationToken.None);
        Assert.Equal("kept", Assert.Single(await restored.Conversations.ReadAsync(Tenant, Customer, conversation, "original")).Text);
    }
}
