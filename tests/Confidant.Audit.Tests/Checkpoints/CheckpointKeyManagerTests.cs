using Confidant.Audit.Checkpoints;
using Confidant.Protection;
using Confidant.Protection.Keys;

namespace Confidant.Audit.Tests.Checkpoints;

public sealed class CheckpointKeyManagerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("confidant-audit-keys-").FullName;
    private readonly LocalKeyFileProvider _provider;
    private readonly InMemoryCheckpointKeyStore _store = new();

    public CheckpointKeyManagerTests() => _provider = new LocalKeyFileProvider(Path.Combine(_folder, "kek.json"));

    public void Dispose()
    {
        _provider.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task FirstSignature_CreatesTheOriginsKey_StoredWrapped_AndTheCheckpointVerifies()
    {
        var created = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var manager = new CheckpointKeyManager(_store, _provider, new FixedTime(created));
        var checkpoint = TestKeys.SampleCheckpoint(8);

        var signed = await manager.SignAsync(checkpoint);
        var verifierKey = await manager.GetVerifierKeyAsync(TestKeys.Origin);
        var stored = await _store.GetAsync(TestKeys.Origin);

        var result = CheckpointVerifier.Verify(signed, verifierKey, TestKeys.Origin);
        Assert.True(result.IsValid, result.Message);
        Assert.Equal(1, _store.Count);
        Assert.Equal(TestKeys.Origin, stored!.KeyName);
        Assert.Equal(verifierKey.PublicKey.ToArray(), stored.PublicKey.ToArray());
        Assert.Equal(await _provider.GetCurrentKeyIdAsync(), stored.KeyEncryptionKeyId);
        Assert.True(stored.WrappedSeed.Length > NoteSigner.SeedSize, "the seed is stored wrapped (nonce and tag around it)");
        Assert.Equal(created, stored.CreatedAt);
    }

    [Fact]
    public async Task RestartedManager_WithTheSameStoreAndKeyFile_SignsWithTheSameKey()
    {
        var checkpoint = TestKeys.SampleCheckpoint(5);
        var first = await new CheckpointKeyManager(_store, _provider).SignAsync(checkpoint);

        var second = await new CheckpointKeyManager(_store, _provider).SignAsync(checkpoint);

        // Ed25519 is deterministic: the same key signs the same body identically.
        Assert.Equal(first, second);
        Assert.Equal(1, _store.Count);
    }

    [Fact]
    public async Task ConcurrentFirstUse_ByManyManagers_AgreesOnTheOneKeyStoredFirst()
    {
        const int Managers = 8;
        var racing = new RacingStore(_store, Managers);
        var managers = Enumerable.Range(0, Managers).Select(_ => new CheckpointKeyManager(racing, _provider)).ToList();
        var checkpoint = TestKeys.SampleCheckpoint(3);

        var signed = await Task.WhenAll(managers.Select(m => Task.Run(() => m.SignAsync(checkpoint).AsTask())));
        var keys = await Task.WhenAll(managers.Select(m => m.GetVerifierKeyAsync(TestKeys.Origin).AsTask()));

        Assert.Equal(Managers, racing.Creations);
        Assert.Equal(1, _store.Count);
        Assert.Single(keys.Select(k => k.ToString()).Distinct());
        Assert.Single(signed.Distinct());
        Assert.True(CheckpointVerifier.Verify(signed[0], keys[0]).IsValid);
    }

    [Fact]
    public async Task WrappedSeedCopiedToAnotherOrigin_DoesNotUnwrap()
    {
        var manager = new CheckpointKeyManager(_store, _provider);
        await manager.GetVerifierKeyAsync(TestKeys.Origin);
        var stored = (await _store.GetAsync(TestKeys.Origin))!;
        await _store.TryAddAsync(stored with { Origin = "other.example/audit", KeyName = "other.example/audit" });
        var checkpoint = new Checkpoint("other.example/audit", 1, new byte[32]);

        var error = await Assert.ThrowsAsync<ProtectionException>(() => new CheckpointKeyManager(_store, _provider).SignAsync(checkpoint).AsTask());

        Assert.Equal(ProtectionErrorCodes.WrappedKeyCorrupted, error.Code);
    }

    [Fact]
    public async Task StoredPublicKeyReplaced_IsDetectedBeforeSigning()
    {
        await new CheckpointKeyManager(_store, _provider).GetVerifierKeyAsync(TestKeys.Origin);
        var stored = (await _store.GetAsync(TestKeys.Origin))!;
        using var impostor = TestKeys.ImpostorSigner();
        _store.Replace(stored with { PublicKey = impostor.VerifierKey.PublicKey.ToArray() });

        var error = await Assert.ThrowsAsync<CheckpointException>(() => new CheckpointKeyManager(_store, _provider).SignAsync(TestKeys.SampleCheckpoint(2)).AsTask());

        Assert.Equal(CheckpointErrorCodes.SigningKeyMismatch, error.Code);
    }

    [Fact]
    public async Task AnotherKeyFile_CannotUnwrapTheSigningKey()
    {
        await new CheckpointKeyManager(_store, _provider).GetVerifierKeyAsync(TestKeys.Origin);
        using var otherProvider = new LocalKeyFileProvider(Path.Combine(_folder, "other-kek.json"));

        var error = await Assert.ThrowsAsync<ProtectionException>(() => new CheckpointKeyManager(_store, otherProvider).SignAsync(TestKeys.SampleCheckpoint(2)).AsTask());

        Assert.Equal(ProtectionErrorCodes.UnknownKeyEncryptionKey, error.Code);
    }

    [Theory]
    [InlineData("go.sum database tree")]
    [InlineData("a+b")]
    public async Task OriginThatCannotBeAKeyName_IsRefused(string origin)
    {
        var error = await Assert.ThrowsAsync<CheckpointException>(() => new CheckpointKeyManager(_store, _provider).SignAsync(new Checkpoint(origin, 1, new byte[32])).AsTask());

        Assert.Equal(CheckpointErrorCodes.OriginNotKeyName, error.Code);
        Assert.Equal(0, _store.Count);
    }

    [Fact]
    public void WrapContext_BindsTheOrigin()
    {
        Assert.Equal("confidant-audit-signing-key/v1/confidant.example/audit"u8.ToArray(), CheckpointKeyManager.WrapContext(TestKeys.Origin));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>
    /// Holds every manager's first read until all have made it, so all of them find no key and
    /// create one: the worst case of a first start on several servers at once.
    /// </summary>
    private sealed class RacingStore(ICheckpointKeyStore inner, int racers) : ICheckpointKeyStore
    {
        private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;
        private int _creations;

        public int Creations => _creations;

        public async ValueTask<StoredSigningKey?> GetAsync(string origin, CancellationToken cancellationToken = default)
        {
            if (Volatile.Read(ref _arrived) < racers && Interlocked.Increment(ref _arrived) <= racers)
            {
                if (Volatile.Read(ref _arrived) >= racers)
                {
                    _allArrived.TrySetResult();
                }

                await _allArrived.Task.WaitAsync(cancellationToken);
                return null;
            }

            return await inner.GetAsync(origin, cancellationToken);
        }

        public ValueTask<bool> TryAddAsync(StoredSigningKey key, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _creations);
            return inner.TryAddAsync(key, cancellationToken);
        }
    }
}
