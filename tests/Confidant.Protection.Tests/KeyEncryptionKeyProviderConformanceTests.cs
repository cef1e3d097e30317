using System.Security.Cryptography;
using System.Text;
using Confidant.Protection.Keys;
using Confidant.Protection.Sealing;
using Confidant.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Confidant.Protection.Tests;

/// <summary>
/// What every <see cref="IKeyEncryptionKeyProvider"/> promises, run unchanged against each provider
/// (see the derived classes). Each test gets a fresh store (a key file, or its own keys on a token);
/// <see cref="Open"/> opens one more provider instance on that store, as a second process would.
/// </summary>
public abstract class KeyEncryptionKeyProviderConformanceTests : IDisposable
{
    private static readonly byte[] Context = DataKeyRing.WrapContext(KeyScope.ForSubject("acme", "subj-1"), 1);
    private readonly List<IKeyEncryptionKeyProvider> _opened = [];

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Opens another provider instance on this test's store.</summary>
    protected abstract IKeyEncryptionKeyProvider CreateProvider();

    /// <summary>How another process opens this test's store (see <see cref="KeyProviderChildProcess"/>).</summary>
    protected abstract IReadOnlyList<string> ChildProcessStore { get; }

    /// <summary>Environment variables the other process needs (such as the PIN).</summary>
    protected virtual IDictionary<string, string>? ChildProcessEnvironment => null;

    /// <summary>Skips the test when the provider's key manager is not available here.</summary>
    protected virtual void SkipIfUnavailable()
    {
    }

    /// <summary>Deletes this test's store.</summary>
    protected virtual void DeleteStore()
    {
    }

    public void Dispose()
    {
        CloseAll();
        DeleteStore();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task Wrap_ThenUnwrap_GivesBackTheDataKey()
    {
        var provider = Open();
        var dataKey = RandomNumberGenerator.GetBytes(32);

        var wrapped = await provider.WrapAsync(dataKey, Context);
        var unwrapped = new byte[32];
        await provider.UnwrapAsync(wrapped.KeyEncryptionKeyId, wrapped.WrappedKey, Context, unwrapped);

        Assert.Equal(dataKey, unwrapped);
        Assert.Equal(await provider.GetCurrentKeyIdAsync(), wrapped.KeyEncryptionKeyId);
        Assert.Equal(12 + 32 + 16, wrapped.WrappedKey.Length);
        Assert.False(wrapped.WrappedKey.AsSpan().IndexOf(dataKey) >= 0, "the data key appears in the clear in its wrapping");
    }

    [SkippableFact]
    public async Task WrappingTheSameKeyTwice_UsesAFreshNonce()
    {
        var provider = Open();
        var dataKey = RandomNumberGenerator.GetBytes(32);

        var first = await provider.WrapAsync(dataKey, Context);
        var second = await provider.WrapAsync(dataKey, Context);

        Assert.NotEqual(first.WrappedKey[..12], second.WrappedKey[..12]);
        Assert.NotEqual(first.WrappedKey, second.WrappedKey);
    }

    [SkippableFact]
    public async Task WrappedKey_MovedToAnotherScopeOrVersion_FailsWithAKeyIntegrityError()
    {
        var provider = Open();
        var wrapped = await provider.WrapAsync(RandomNumberGenerator.GetBytes(32), Context);
        byte[][] elsewhere =
        [
            DataKeyRing.WrapContext(KeyScope.ForSubject("acme", "subj-2"), 1),
            DataKeyRing.WrapContext(KeyScope.ForSubject("other", "subj-1"), 1),
            DataKeyRing.WrapContext(KeyScope.ForTenant("acme"), 1),
            DataKeyRing.WrapContext(KeyScope.ForSubject("acme", "subj-1"), 2),
            [],
        ];

        foreach (var context in elsewhere)
        {
            var destination = new byte[32];
            var error = await Assert.ThrowsAsync<ProtectionException>(async () =>
                await provider.UnwrapAsync(wrapped.KeyEncryptionKeyId, wrapped.WrappedKey, context, destination));

            Assert.Equal(ProtectionErrorCodes.WrappedKeyCorrupted, error.Code);
            Assert.All(destination, b => Assert.Equal(0, b));
        }
    }

    [SkippableFact]
    public async Task TamperedOrTruncatedWrappedKey_FailsWithAKeyIntegrityError()
    {
        var provider = Open();
        var wrapped = await provider.WrapAsync(RandomNumberGenerator.GetBytes(32), Context);
        var variants = new List<byte[]>();
        foreach (var position in new[] { 0, 11, 12, 30, 43, 44, 59 })
        {
            var tampered = (byte[])wrapped.WrappedKey.Clone();
            tampered[position] ^= 0x01;
            variants.Add(tampered);
        }

        variants.Add(wrapped.WrappedKey[..^1]);
        variants.Add([.. wrapped.WrappedKey, 0]);
        variants.Add([]);

        foreach (var variant in variants)
        {
            var error = await Assert.ThrowsAsync<ProtectionException>(async () =>
                await provider.UnwrapAsync(wrapped.KeyEncryptionKeyId, variant, Context, new byte[32]));

            Assert.Equal(ProtectionErrorCodes.WrappedKeyCorrupted, error.Code);
        }
    }

    [SkippableFact]
    public async Task UnknownKeyEncryptionKey_FailsWithUnknownKey_NamingIt()
    {
        var provider = Open();
        var wrapped = await provider.WrapAsync(RandomNumberGenerator.GetBytes(32), Context);
        var current = wrapped.KeyEncryptionKeyId;
        var lookAlike = current[..^1] + (current[^1] == '0' ? '1' : '0');
        string[] unknown = [lookAlike, "kek-20200101-00000000", "pkcs11:confidant-kek-000001-20200101-00000000", "", "not a key id"];

        foreach (var id in unknown)
        {
            var error = await Assert.ThrowsAsync<ProtectionException>(async () =>
                await provider.UnwrapAsync(id, wrapped.WrappedKey, Context, new byte[32]));

            Assert.Equal(ProtectionErrorCodes.UnknownKeyEncryptionKey, error.Code);
            Assert.Contains($"'{id}'", error.Message, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task Rotate_MakesNewWrapsUseTheNewKey_AndOldWrapsStillUnwrap()
    {
        var provider = Open();
        var oldKey = RandomNumberGenerator.GetBytes(32);
        var before = await provider.GetCurrentKeyIdAsync();
        var old = await provider.WrapAsync(oldKey, Context);

        var rotated = await provider.RotateAsync();
        var newKey = RandomNumberGenerator.GetBytes(32);
        var fresh = await provider.WrapAsync(newKey, Context);

        Assert.NotEqual(before, rotated);
        Assert.Equal(before, old.KeyEncryptionKeyId);
        Assert.Equal(rotated, await provider.GetCurrentKeyIdAsync());
        Assert.Equal(rotated, fresh.KeyEncryptionKeyId);
        Assert.Equal(oldKey, await UnwrapAsync(provider, old));
        Assert.Equal(newKey, await UnwrapAsync(provider, fresh));
    }

    [SkippableFact]
    public async Task WrappedKey_PresentedWithAnotherKeyEncryptionKeyId_FailsToUnwrap()
    {
        var provider = Open();
        var old = await provider.WrapAsync(RandomNumberGenerator.GetBytes(32), Context);
        var rotated = await provider.RotateAsync();

        var error = await Assert.ThrowsAsync<ProtectionException>(async () =>
            await provider.UnwrapAsync(rotated, old.WrappedKey, Context, new byte[32]));

        Assert.Equal(ProtectionErrorCodes.WrappedKeyCorrupted, error.Code);
    }

    [SkippableFact]
    public async Task SecondInstance_OnTheSameStore_UnwrapsWhatTheFirstWrapped_AndWrapsWithItsCurrentKey()
    {
        var first = Open();
        var oldKey = RandomNumberGenerator.GetBytes(32);
        var old = await first.WrapAsync(oldKey, Context);
        var rotated = await first.RotateAsync();
        var newKey = RandomNumberGenerator.GetBytes(32);
        var fresh = await first.WrapAsync(newKey, Context);

        var second = Open();

        Assert.Equal(rotated, await second.GetCurrentKeyIdAsync());
        Assert.Equal(oldKey, await UnwrapAsync(second, old));
        Assert.Equal(newKey, await UnwrapAsync(second, fresh));
        var fromSecond = await second.WrapAsync(newKey, Context);
        Assert.Equal(rotated, fromSecond.KeyEncryptionKeyId);
        Assert.Equal(newKey, await UnwrapAsync(first, fromSecond));
    }

    [SkippableFact]
    public async Task AnotherProcess_OnTheSameStore_UnwrapsWhatThisOneWrapped_AndTheReverse()
    {
        var provider = Open();
        var mine = RandomNumberGenerator.GetBytes(32);
        var wrapped = await provider.WrapAsync(mine, Context);
        var theirs = RandomNumberGenerator.GetBytes(32);
        var elsewhere = DataKeyRing.WrapContext(KeyScope.ForSubject("acme", "subj-2"), 1);

        var lines = await KeyProviderChildProcess.RunAsync(
            ChildProcessStore,
            ChildProcessEnvironment,
            ["current"],
            ["unwrap", wrapped.KeyEncryptionKeyId, Convert.ToHexString(wrapped.WrappedKey), Convert.ToHexString(Context)],
            ["unwrap", wrapped.KeyEncryptionKeyId, Convert.ToHexString(wrapped.WrappedKey), Convert.ToHexString(elsewhere)],
            ["wrap", Convert.ToHexString(theirs), Convert.ToHexString(Context)]);

        Assert.Equal(4, lines.Length);
        Assert.Equal(wrapped.KeyEncryptionKeyId, lines[0]);
        Assert.Equal(Convert.ToHexString(mine), lines[1]);
        Assert.Equal(ProtectionErrorCodes.WrappedKeyCorrupted, lines[2]);
        var fromChild = lines[3].Split(' ');
        Assert.Equal(wrapped.KeyEncryptionKeyId, fromChild[0]);
        Assert.Equal(theirs, await UnwrapAsync(provider, new WrapResult(fromChild[0], Convert.FromHexString(fromChild[1]))));
    }

    [SkippableFact]
    public async Task Restart_KeepsEveryKey_AndWhichOneIsCurrent()
    {
        var provider = Open();
        var dataKey = RandomNumberGenerator.GetBytes(32);
        var old = await provider.WrapAsync(dataKey, Context);
        var rotated = await provider.RotateAsync();
        CloseAll();

        var restarted = Open();

        Assert.Equal(rotated, await restarted.GetCurrentKeyIdAsync());
        Assert.Equal(dataKey, await UnwrapAsync(restarted, old));
    }

    [SkippableFact]
    public async Task ConcurrentWrapsAndUnwraps_AllRoundTrip()
    {
        var provider = Open();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
            {
                var context = DataKeyRing.WrapContext(KeyScope.ForSubject("acme", $"s{worker}-{i}"), 1);
                var dataKey = RandomNumberGenerator.GetBytes(32);
                var wrapped = await provider.WrapAsync(dataKey, context);
                var unwrapped = new byte[32];
                await provider.UnwrapAsync(wrapped.KeyEncryptionKeyId, wrapped.WrappedKey, context, unwrapped);
                if (!dataKey.AsSpan().SequenceEqual(unwrapped))
                {
                    return false;
                }
            }

            return true;
        })));

        Assert.All(results, Assert.True);
    }

    [SkippableFact]
    public async Task DataKeyRing_SealsOpensAndRotatesTheKeyEncryptionKey_WithThisProvider()
    {
        var provider = Open();
        var store = new InMemoryDataKeyStore();
        var options = Microsoft.Extensions.Options.Options.Create(new ProtectionOptions());
        var record = new RecordContext("acme", "subj-1", "message.original", "msg-1");
        var envelopes = new List<(RecordContext Context, byte[] Envelope, string Text)>();
        using (var ring = new DataKeyRing(provider, store, options, Time, NullLogger<DataKeyRing>.Instance))
        {
            var sealer = new RecordSealer(ring, options);
            for (var i = 0; i < 4; i++)
            {
                var context = record with { SubjectId = $"subj-{i}" };
                var text = $"card 4111 1111 1111 111{i}";
                envelopes.Add((context, await sealer.SealTextAsync(context, text.AsMemory()), text));
            }

            var oldKek = await provider.GetCurrentKeyIdAsync();
            Assert.All(store.All, k => Assert.Equal(oldKek, k.KeyEncryptionKeyId));

            var rewrapped = await ring.RotateKeyEncryptionKeyAsync();

            var newKek = await provider.GetCurrentKeyIdAsync();
            Assert.Equal(4, rewrapped);
            Assert.NotEqual(oldKek, newKek);
            Assert.All(store.All, k => Assert.Equal(newKek, k.KeyEncryptionKeyId));
        }

        // Another process (a second provider instance, an empty key cache) opens every record.
        var otherProcess = Open();
        using var otherRing = new DataKeyRing(otherProcess, store, options, Time, NullLogger<DataKeyRing>.Instance);
        var otherSealer = new RecordSealer(otherRing, options);
        foreach (var (context, envelope, text) in envelopes)
        {
            var opened = await otherSealer.OpenAsync(context, envelope);
            Assert.Equal(OpenStatus.Opened, opened.Status);
            Assert.Equal(text, Encoding.UTF8.GetString(opened.Plaintext));
        }

        // A wrapped key copied onto another customer's row fails to unwrap there.
        var mine = store.All.Single(k => k.Scope == envelopes[0].Context.Scope);
        var theirs = store.All.Single(k => k.Scope == envelopes[1].Context.Scope);
        store.Overwrite(theirs with { WrappedKey = mine.WrappedKey });
        using var freshRing = new DataKeyRing(otherProcess, store, options, Time, NullLogger<DataKeyRing>.Instance);
        var error = await Assert.ThrowsAsync<ProtectionException>(async () =>
            await new RecordSealer(freshRing, options).OpenAsync(envelopes[1].Context, envelopes[1].Envelope));
        Assert.Equal(ProtectionErrorCodes.WrappedKeyCorrupted, error.Code);
    }

    /// <summary>Opens a provider instance on this test's store; closed at the end of the test.</summary>
    protected IKeyEncryptionKeyProvider Open()
    {
        SkipIfUnavailable();
        var provider = CreateProvider();
        _opened.Add(provider);
        return provider;
    }

    /// <summary>Closes every instance opened so far, as a process exit would.</summary>
    protected void CloseAll()
    {
        foreach (var provider in _opened)
        {
            (provider as IDisposable)?.Dispose();
        }

        _opened.Clear();
    }

    internal static async Task<byte[]> UnwrapAsync(IKeyEncryptionKeyProvider provider, WrapResult wrapped)
    {
        var destination = new byte[32];
        await provider.UnwrapAsync(wrapped.KeyEncryptionKeyId, wrapped.WrappedKey, Context, destination);
        return destination;
    }
}
