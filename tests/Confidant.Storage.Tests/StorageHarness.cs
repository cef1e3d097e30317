using Confidant.Protection;
using Confidant.Protection.Keys;
using Confidant.Protection.Sealing;
using Confidant.Protection.Vault;
using Confidant.Storage.Conversations;
using Confidant.Storage.Jobs;
using Confidant.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Confidant.Storage.Tests;

/// <summary>The protection and storage services on one provider, with a fake clock and captured logs.</summary>
public sealed class StorageHarness : IAsyncDisposable
{
    private StorageHarness(ServiceProvider services, string folder, StorageOptions options, FakeTimeProvider time, FakeLogCollector logs)
    {
        Services = services;
        Folder = folder;
        Options = options;
        Time = time;
        Logs = logs;
    }

    public ServiceProvider Services { get; }

    public string Folder { get; }

    public StorageOptions Options { get; }

    public FakeTimeProvider Time { get; }

    public FakeLogCollector Logs { get; }

    public ConversationStore Conversations => Services.GetRequiredService<ConversationStore>();

    public TokenVault Vault => Services.GetRequiredService<TokenVault>();

    public DataKeyRing Ring => Services.GetRequiredService<DataKeyRing>();

    public RecordSealer Sealer => Services.GetRequiredService<RecordSealer>();

    public IDataKeyStore KeyStore => Services.GetRequiredService<IDataKeyStore>();

    public RetentionJob Retention => Services.GetRequiredService<RetentionJob>();

    public ResealJob Reseal => Services.GetRequiredService<ResealJob>();

    public ConfidantDbFactory Db => Services.GetRequiredService<ConfidantDbFactory>();

    public static Task<StorageHarness> CreateAsync(StorageOptions options, string? folder = null)
    {
        folder ??= Directory.CreateTempSubdirectory("confidant-storage-").FullName;
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        var logs = new FakeLogCollector();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Trace))
            .AddConfidantProtection(o =>
            {
                o.KeyFilePath = Path.Combine(folder, "keys", "kek.json");
                o.VaultAccess.Add(new VaultAccessRule { Principal = "*", Purposes = { "*" } });
            })
            .AddConfidantStorage(o =>
            {
                o.Provider = options.Provider;
                o.ConnectionString = options.ConnectionString ?? $"Data Source={Path.Combine(folder, "confidant.db")}";
                o.MaxBatchSize = options.MaxBatchSize;
            })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return Task.FromResult(new StorageHarness(services, folder, options, time, logs));
    }

    /// <summary>A second node on the same database and key file (its own caches).</summary>
    public Task<StorageHarness> SecondNodeAsync() => CreateAsync(Options, Folder);

    public string AllLogText() => string.Join("\n", Logs.GetSnapshot().Select(r => r.Message + " " + r.Exception));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        // Each test has a database of its own on the shared cluster: idle pooled connections to
        // finished tests' databases would otherwise pile up to the server's max_connections.
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    public void DeleteFolder()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
