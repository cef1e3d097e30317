using Confidant.Audit.Events;
using Confidant.Audit.Ledger;
using Confidant.Protection;
using Confidant.Protection.Keys;
using Confidant.Protection.Vault;
using Confidant.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Confidant.Audit.Tests.Ledger;

/// <summary>Protection, storage and the ledger on one provider, with a fake clock and captured logs.</summary>
public sealed class AuditHarness : IAsyncDisposable
{
    private AuditHarness(ServiceProvider services, string folder, StorageOptions options, FakeTimeProvider time, FakeLogCollector logs)
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

    public AuditLedger Ledger => Services.GetRequiredService<AuditLedger>();

    public Audit.Checkpoints.CheckpointService Checkpoints => Services.GetRequiredService<Audit.Checkpoints.CheckpointService>();

    public Audit.Reading.AuditReader Reader => Services.GetRequiredService<Audit.Reading.AuditReader>();

    public AuditPseudonyms Pseudonyms => Services.GetRequiredService<AuditPseudonyms>();

    public TokenVault Vault => Services.GetRequiredService<TokenVault>();

    public DataKeyRing Ring => Services.GetRequiredService<DataKeyRing>();

    public ConfidantDbFactory Db => Services.GetRequiredService<ConfidantDbFactory>();

    public static AuditHarness Create(StorageOptions options, string? folder = null)
    {
        folder ??= Directory.CreateTempSubdirectory("confidant-audit-").FullName;
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        var logs = new FakeLogCollector();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Trace))
            .AddConfidantProtection(o =>
            {
                o.KeyFilePath = Path.Combine(folder, "keys", "kek.json");
                o.VaultAccess.Add(new VaultAccessRule { Principal = "svc:payments", Purposes = { "payment.charge" } });
            })
            .AddConfidantStorage(o =>
            {
                o.Provider = options.Provider;
                o.ConnectionString = options.ConnectionString ?? $"Data Source={Path.Combine(folder, "confidant.db")}";
            })
            .AddConfidantAudit(o =>
            {
                o.MaxBatchSize = 64;
                o.Origin = "audit.test.example/confidant";
                o.CheckpointExportFolder = Path.Combine(folder, "checkpoints");
            })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new AuditHarness(services, folder, options, time, logs);
    }

    /// <summary>A second node on the same database and key file (its own ledger writer and caches).</summary>
    public AuditHarness SecondNode() => Create(Options, Folder);

    /// <summary>A valid event; <paramref name="n"/> makes it distinct.</summary>
    public static AuditEvent SampleEvent(int n, DateTimeOffset time) => new()
    {
        Type = AuditEventTypes.MessageStored,
        Time = time,
        Tenant = "acme",
        Actor = AuditActor.System("test"),
        Target = new AuditTarget { Type = "message", Ids = [$"m-{n}"], Classes = new Dictionary<string, int> { ["CARD_NUMBER"] = 1 + (n % 3) } },
        Outcome = AuditOutcome.Success,
    };

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Options.Provider == StorageProvider.Sqlite)
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A second node may still hold the folder; the temp folder is cleaned by the OS.
            }
        }
    }
}
