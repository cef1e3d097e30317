using BenchmarkDotNet.Attributes;
using Confidant.Protection;
using Confidant.Storage;
using Confidant.Redaction.Text;
using Confidant.Storage.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Benchmarks;

/// <summary>
/// Writing sealed messages to the embedded SQLite database (WAL, synchronous=FULL), each message
/// with its original and three shaped views: in batches of 500 in one transaction, and one durable
/// transaction per message; and, to show what the number of stored views costs, batches with the
/// original and the transcript view only. Figures are per message (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class SqliteStorageBenchmarks
{
    private const int BatchSize = 500;
    private const int SingleWrites = 100;
    private string _folder = "";
    private ServiceProvider _services = null!;
    private ConversationStore _store = null!;
    private NewMessage[] _batch = [];
    private NewMessage[] _batchOneView = [];
    private Guid _conversation;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("confidant-bench-sqlite-").FullName;
        _services = new ServiceCollection()
            .AddConfidantProtection(o => o.KeyFilePath = Path.Combine(_folder, "kek.json"))
            .AddConfidantStorage(o => o.ConnectionString = $"Data Source={Path.Combine(_folder, "confidant.db")}")
            .BuildServiceProvider();
        _store = _services.GetRequiredService<ConversationStore>();
        _conversation = _store.StartAsync("acme", "subj-1", DateTimeOffset.UtcNow.AddDays(30)).GetAwaiter().GetResult();
        _batch = [.. Enumerable.Range(0, BatchSize).Select(i => Message(i))];
        _batchOneView = [.. _batch.Select(m => m with { Views = new Dictionary<string, string> { ["transcript"] = m.Views["transcript"] } })];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = BatchSize, Description = "SQLite: sealed messages in batches of 500")]
    public async Task AppendInBatches() => await _store.AppendBatchAsync(_batch).ConfigureAwait(false);

    [Benchmark(OperationsPerInvoke = BatchSize, Description = "SQLite: batches of 500, original and one view")]
    public async Task AppendInBatchesOneView() => await _store.AppendBatchAsync(_batchOneView).ConfigureAwait(false);

    [Benchmark(OperationsPerInvoke = SingleWrites, Description = "SQLite: one durable transaction per sealed message")]
    public async Task AppendOneByOne()
    {
        for (var i = 0; i < SingleWrites; i++)
        {
            await _store.AppendAsync(_batch[i]).ConfigureAwait(false);
        }
    }

    private NewMessage Message(int i) => new()
    {
        TenantId = "acme",
        SubjectId = "subj-1",
        ConversationId = _conversation,
        Original = RawText.Copy($"Hi, it's message {i}: my card is 4111 1111 1111 1111 and I'd like to check my order #38950{i % 10}, thanks!"),
        Views = new Dictionary<string, string>
        {
            ["transcript"] = $"Hi, it's message {i}: my card is •••• 1111 and I'd like to check my order #38950{i % 10}, thanks!",
            ["bot"] = $"Hi, it's message {i}: my card is <CARD_NUMBER_1> and I'd like to check my order #38950{i % 10}, thanks!",
            ["agent"] = $"Hi, it's message {i}: my card is [CARD NUMBER] and I'd like to check my order #38950{i % 10}, thanks!",
        },
        Findings = new Dictionary<string, int> { ["CARD_NUMBER"] = 1 },
        RetainUntil = DateTimeOffset.UtcNow.AddDays(30),
    };
}
