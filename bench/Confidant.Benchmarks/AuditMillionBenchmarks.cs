using BenchmarkDotNet.Attributes;
using Confidant.Audit;
using Confidant.Audit.Events;
using Confidant.Audit.Ledger;
using Confidant.Audit.Merkle;
using Confidant.Audit.Verification;
using Confidant.Protection;
using Confidant.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Benchmarks;

/// <summary>
/// A ledger of 1,000,000 entries on the embedded SQLite database: an inclusion proof read from
/// the stored subtree hashes and checked against the root (a different entry each time), and a
/// full verification that reads every entry back, recomputes the tree and compares it with the
/// checkpoint. Setting up the log takes a minute or so.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class AuditMillionBenchmarks
{
    private const int Size = 1_000_000;
    private string _folder = "";
    private ServiceProvider _services = null!;
    private AuditLedger _ledger = null!;
    private LedgerHead _head = null!;
    private long _next;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("confidant-bench-audit-1m-").FullName;
        _services = new ServiceCollection()
            .AddConfidantProtection(o => o.KeyFilePath = Path.Combine(_folder, "kek.json"))
            .AddConfidantStorage(o => o.ConnectionString = $"Data Source={Path.Combine(_folder, "confidant.db")}")
            .AddConfidantAudit()
            .BuildServiceProvider();
        _ledger = _services.GetRequiredService<AuditLedger>();
        const int Batch = 10_000;
        var entries = new List<byte[]>(Batch);
        for (var i = 0; i < Size; i++)
        {
            entries.Add(AuditEntryCodec.Encode(AuditLedgerBenchmarks.SampleEvent(i) with { Time = _ledger.Now }));
            if (entries.Count == Batch)
            {
                _ledger.Store.AppendAsync(entries, null, CancellationToken.None).GetAwaiter().GetResult();
                entries.Clear();
            }
        }

        _head = _ledger.GetHeadAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _ledger.Dispose();
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "1M-entry SQLite log: inclusion proof read from the database + verify")]
    public bool InclusionProof()
    {
        // A different entry each call, spread over the log.
        var index = (_next = (_next + 7_919) % Size);
        var proof = _ledger.GetInclusionProofAsync(index, Size).GetAwaiter().GetResult();
        var leaf = _ledger.ReadEntriesAsync(index, 1).ToBlockingEnumerable().Single().StoredLeafHash;
        return MerkleVerifier.VerifyInclusion(leaf, index, Size, proof, _head.RootHash) ? true : throw new InvalidOperationException("proof failed");
    }

    [Benchmark(Description = "1M-entry SQLite log: full verification against a checkpoint")]
    public bool FullVerification()
    {
        var report = _ledger.VerifyAsync([new TrustedCheckpoint(_head.Size, _head.RootHash)]).GetAwaiter().GetResult();
        return report.Holds ? true : throw new InvalidOperationException(report.Problem!.Description);
    }
}
