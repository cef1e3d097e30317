using BenchmarkDotNet.Attributes;
using Confidant.Audit;
using Confidant.Audit.Events;
using Confidant.Audit.Ledger;
using Confidant.Protection;
using Confidant.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Benchmarks;

/// <summary>
/// Appending audit events to the ledger on the embedded SQLite database (WAL, synchronous=FULL):
/// 4,096 callers append at once and the ledger's writer batches them (what a busy server does),
/// and one caller appends and waits for each commit in turn. Figures are per entry
/// (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class AuditLedgerBenchmarks
{
    private const int Concurrent = 4096;
    private const int Sequential = 100;
    private string _folder = "";
    private ServiceProvider _services = null!;
    private AuditLedger _ledger = null!;
    private AuditEvent[] _events = [];

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("confidant-bench-audit-").FullName;
        _services = new ServiceCollection()
            .AddConfidantProtection(o => o.KeyFilePath = Path.Combine(_folder, "kek.json"))
            .AddConfidantStorage(o => o.ConnectionString = $"Data Source={Path.Combine(_folder, "confidant.db")}")
            .AddConfidantAudit()
            .BuildServiceProvider();
        _ledger = _services.GetRequiredService<AuditLedger>();
        _events = [.. Enumerable.Range(0, Concurrent).Select(SampleEvent)];
        _ledger.AppendAsync(_events[0]).AsTask().GetAwaiter().GetResult(); // migrate and warm the connection pool
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _ledger.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = Concurrent, Description = "SQLite: 4,096 concurrent appends, batched by the writer")]
    public async Task AppendConcurrently()
    {
        var tasks = new Task<AuditReceipt>[Concurrent];
        for (var i = 0; i < tasks.Length; i++)
        {
            tasks[i] = _ledger.AppendAsync(_events[i]).AsTask();
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    [Benchmark(OperationsPerInvoke = Sequential, Description = "SQLite: one append at a time, each waiting for its commit")]
    public async Task AppendOneByOne()
    {
        for (var i = 0; i < Sequential; i++)
        {
            await _ledger.AppendAsync(_events[i]).ConfigureAwait(false);
        }
    }

    /// <summary>A message-stored event like the chat pipeline writes: ids, classes and counts.</summary>
    internal static AuditEvent SampleEvent(int i) => new()
    {
        Type = AuditEventTypes.MessageStored,
        Time = DateTimeOffset.UtcNow,
        Tenant = "acme",
        Actor = "customer:" + i.ToString("x32", System.Globalization.CultureInfo.InvariantCulture),
        Target = new AuditTarget
        {
            Type = "message",
            Ids = [Guid.CreateVersion7().ToString()],
            Classes = new Dictionary<string, int> { ["CARD_NUMBER"] = 1, ["EMAIL"] = 1 + (i % 2) },
        },
        Outcome = AuditOutcome.Success,
        Origin = "ip4:203.0.113.0/24",
    };
}
