using BenchmarkDotNet.Attributes;
using Confidant.Protection;
using Confidant.Protection.Keys;
using Confidant.Protection.Sealing;
using Confidant.Protection.Vault;
using Confidant.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Confidant.Benchmarks;

/// <summary>
/// Sealing and tokenizing with a cached data key, single thread. The token store here keeps
/// nothing (every value is new), so the figure is the vault's own work: blind index, token,
/// sealing; the database write is measured in <see cref="SqliteStorageBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class SealingBenchmarks
{
    private static readonly RecordContext Context = new("acme", "subj-1", "message.original", "0192f3a4b5c6d7e8f9a0b1c2d3e4f5a6");
    private string _folder = "";
    private LocalKeyFileProvider _provider = null!;
    private DataKeyRing _ring = null!;
    private RecordSealer _sealer = null!;
    private TokenVault _vault = null!;
    private DataKey _key = null!;
    private byte[] _kilobyte = [];
    private char[] _kilobyteText = [];
    private byte[] _sealedKilobyte = [];

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("confidant-bench-").FullName;
        var options = Options.Create(new ProtectionOptions { KeyFilePath = Path.Combine(_folder, "kek.json"), DataKeyCacheDuration = TimeSpan.FromHours(1) });
        _provider = new LocalKeyFileProvider(options.Value.KeyFilePath);
        _ring = new DataKeyRing(_provider, new InMemoryDataKeyStore(), options, TimeProvider.System, NullLogger<DataKeyRing>.Instance);
        _sealer = new RecordSealer(_ring, options);
        _vault = new TokenVault(_sealer, _ring, new ForgetfulTokenStore(), new NoAudit(), TimeProvider.System, options, NullLogger<TokenVault>.Instance);
        _key = _sealer.GetSealingKeyAsync(Context).AsTask().GetAwaiter().GetResult();
        _kilobyte = new byte[1024];
        Random.Shared.NextBytes(_kilobyte);
        _kilobyteText = new string('a', 1024).ToCharArray();
        _sealedKilobyte = _sealer.Seal(_key, Context, _kilobyte);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _ring.Dispose();
        _provider.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "Seal 1 KB, cached key in hand")]
    public byte[] Seal1K() => _sealer.Seal(_key, Context, _kilobyte);

    [Benchmark(Description = "Seal 1 KB, key looked up in the ring")]
    public byte[] SealAsync1K() => _sealer.SealAsync(Context, _kilobyte).AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "Seal 1 KB of text (UTF-8), cached key")]
    public byte[] SealText1K() => _sealer.SealText(_key, Context, _kilobyteText);

    [Benchmark(Description = "Open 1 KB, cached key")]
    public byte[] Open1K() => RecordSealer.Open(_key, Context, _sealedKilobyte);

    [Benchmark(Description = "Tokenize a card number (new value)")]
    public string TokenizeCard() => _vault.TokenizeAsync("acme", "subj-1", "CARD_NUMBER", "4111 1111 1111 1111".AsMemory()).AsTask().GetAwaiter().GetResult().Token;

    private sealed class ForgetfulTokenStore : ITokenStore
    {
        public ValueTask<VaultEntry?> FindByIndexAsync(string tenantId, string subjectId, string dataClass, byte[] blindIndex, CancellationToken cancellationToken = default) => ValueTask.FromResult<VaultEntry?>(null);

        public ValueTask<VaultEntry?> GetAsync(string tenantId, string token, CancellationToken cancellationToken = default) => ValueTask.FromResult<VaultEntry?>(null);

        public ValueTask<bool> TryAddAsync(VaultEntry entry, CancellationToken cancellationToken = default) => ValueTask.FromResult(true);

        public ValueTask<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default) => ValueTask.FromResult(0);
    }

    private sealed class NoAudit : IVaultAuditHook
    {
        public ValueTask RecordAsync(VaultAccess access, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
