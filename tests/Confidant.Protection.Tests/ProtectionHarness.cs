using Confidant.Protection;
using Confidant.Protection.Keys;
using Confidant.Protection.Sealing;
using Confidant.Protection.Vault;
using Confidant.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Confidant.Protection.Tests;

/// <summary>A key file in a temp folder, in-memory stores, a fake clock and captured logs.</summary>
internal sealed class ProtectionHarness : IDisposable
{
    public ProtectionHarness(Action<ProtectionOptions>? configure = null)
    {
        Folder = Directory.CreateTempSubdirectory("confidant-protection-").FullName;
        Options = new ProtectionOptions { KeyFilePath = Path.Combine(Folder, "keys", "kek.json") };
        Options.VaultAccess.Add(new VaultAccessRule { Principal = "*", Purposes = { "*" } });
        configure?.Invoke(Options);
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        Logs = new FakeLogCollector();
        LoggerFactory = new LoggerFactory([new FakeLoggerProvider(Logs)]);
        KeyFile = new LocalKeyFileProvider(Options.KeyFilePath, Time);
        Provider = new CountingProvider(KeyFile);
        Keys = new InMemoryDataKeyStore();
        Tokens = new InMemoryTokenStore();
        Audit = new RecordingAuditHook();
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        Ring = new DataKeyRing(Provider, Keys, options, Time, LoggerFactory.CreateLogger<DataKeyRing>());
        Sealer = new RecordSealer(Ring, options);
        Vault = new TokenVault(Sealer, Ring, Tokens, Audit, Time, options, LoggerFactory.CreateLogger<TokenVault>());
    }

    public string Folder { get; }

    public ProtectionOptions Options { get; }

    public FakeTimeProvider Time { get; }

    public FakeLogCollector Logs { get; }

    public ILoggerFactory LoggerFactory { get; }

    public LocalKeyFileProvider KeyFile { get; }

    public CountingProvider Provider { get; }

    public InMemoryDataKeyStore Keys { get; }

    public InMemoryTokenStore Tokens { get; }

    public RecordingAuditHook Audit { get; }

    public DataKeyRing Ring { get; }

    public RecordSealer Sealer { get; }

    public TokenVault Vault { get; }

    public void Dispose()
    {
        Ring.Dispose();
        KeyFile.Dispose();
        LoggerFactory.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    public string AllLogText() => string.Join("\n", Logs.GetSnapshot().Select(r => r.Message + " " + r.Exception));

    internal sealed class CountingProvider(IKeyEncryptionKeyProvider inner) : IKeyEncryptionKeyProvider
    {
        public int Unwraps;

        public string Name => inner.Name;

        public ValueTask<string> GetCurrentKeyIdAsync(CancellationToken cancellationToken = default) => inner.GetCurrentKeyIdAsync(cancellationToken);

        public ValueTask<WrapResult> WrapAsync(ReadOnlyMemory<byte> dataKey, ReadOnlyMemory<byte> context, CancellationToken cancellationToken = default) => inner.WrapAsync(dataKey, context, cancellationToken);

        public ValueTask UnwrapAsync(string keyEncryptionKeyId, ReadOnlyMemory<byte> wrappedKey, ReadOnlyMemory<byte> context, Memory<byte> destination, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Unwraps);
            return inner.UnwrapAsync(keyEncryptionKeyId, wrappedKey, context, destination, cancellationToken);
        }

        public ValueTask<string> RotateAsync(CancellationToken cancellationToken = default) => inner.RotateAsync(cancellationToken);
    }

    internal sealed class RecordingAuditHook : IVaultAuditHook
    {
        public List<VaultAccess> Records { get; } = [];

        public bool Fail { get; set; }

        public ValueTask RecordAsync(VaultAccess access, CancellationToken cancellationToken = default)
        {
            if (Fail)
            {
                throw new InvalidOperationException("audit ledger unavailable");
            }

            lock (Records)
            {
                Records.Add(access);
            }

            return ValueTask.CompletedTask;
        }
    }
}
