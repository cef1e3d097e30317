using Confidant.Audit;
using Confidant.Identity.Data;
using Confidant.Protection;
using Confidant.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Confidant.Identity.Tests.Harness;

/// <summary>Protection, storage, the audit ledger and identity on one provider, with a fake clock, captured logs and a development outbox.</summary>
public sealed class IdentityHarness : IAsyncDisposable
{
    private IdentityHarness(ServiceProvider services, string folder, FakeTimeProvider time, FakeLogCollector logs)
    {
        Services = services;
        Folder = folder;
        Time = time;
        Logs = logs;
    }

    public ServiceProvider Services { get; }

    public string Folder { get; }

    public FakeTimeProvider Time { get; }

    public FakeLogCollector Logs { get; }

    public string OutboxPath => Path.Combine(Folder, "outbox", "messages.jsonl");

    public static async Task<IdentityHarness> CreateAsync(StorageOptions options, DateTimeOffset? start = null)
    {
        var folder = Directory.CreateTempSubdirectory("confidant-identity-").FullName;
        var time = new FakeTimeProvider(start ?? new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        var logs = new FakeLogCollector();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Trace))
            .AddConfidantProtection(o => o.KeyFilePath = Path.Combine(folder, "keys", "kek.json"))
            .AddConfidantStorage(o =>
            {
                o.Provider = options.Provider;
                o.ConnectionString = options.ConnectionString ?? $"Data Source={Path.Combine(folder, "confidant.db")}";
            })
            .AddConfidantAudit(o => o.CheckpointInterval = TimeSpan.Zero);
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddConfidantIdentity(messaging: m => m.OutboxPath = Path.Combine(folder, "outbox", "messages.jsonl"));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<IdentityDatabase>().MigrateAsync();
        return new IdentityHarness(provider, folder, time, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
