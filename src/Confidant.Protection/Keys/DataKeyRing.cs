using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Confidant.Protection.Keys;

/// <summary>
/// The key hierarchy: one data key per tenant and per customer, stored wrapped by the
/// key-encryption key provider, cached unwrapped in memory for a bounded time (never written to
/// disk unwrapped). Makes keys on first use, rotates them (on request, and when a key's nonce
/// budget is spent), rewraps them when the key-encryption key rotates and destroys them on erasure.
/// Thread-safe; one per process.
/// </summary>
public sealed partial class DataKeyRing : IDisposable
{
    private readonly IKeyEncryptionKeyProvider _provider;
    private readonly IDataKeyStore _store;
    private readonly ProtectionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DataKeyRing> _logger;
    private readonly ConcurrentDictionary<(KeyScope Scope, int Version), DataKey> _cache = new();
    private readonly ConcurrentDictionary<KeyScope, int> _latest = new();
    private readonly SemaphoreSlim _creating = new(1, 1);

    /// <summary>Creates the ring.</summary>
    public DataKeyRing(IKeyEncryptionKeyProvider provider, IDataKeyStore store, IOptions<ProtectionOptions> options, TimeProvider timeProvider, ILogger<DataKeyRing> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _provider = provider;
        _store = store;
        _options = options.Value;
        _time = timeProvider;
        _logger = logger;
    }

    /// <summary>How many unwrapped keys are cached now (for tests and metrics).</summary>
    internal int CachedCount => _cache.Count;

    /// <summary>
    /// The key that seals new records of <paramref name="scope"/>, with one nonce taken from its
    /// budget. Creates version 1 on first use; rotates when the budget of the current version is spent.
    /// Throws <see cref="ProtectionException"/> <c>CONF-KEY-006</c> when the scope was erased.
    /// </summary>
    public async ValueTask<DataKey> GetSealingKeyAsync(KeyScope scope, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var key = await GetLatestKeyAsync(scope, cancellationToken).ConfigureAwait(false);
            if (key.TryTakeNonce())
            {
                return key;
            }

            var total = await _store.ReserveUsageAsync(scope, key.Version, _options.NonceReservationBlock, cancellationToken).ConfigureAwait(false);
            if (total <= _options.MaxEncryptionsPerDataKey)
            {
                key.AddNonceBudget(_options.NonceReservationBlock);
                continue;
            }

            Log.NonceBudgetSpent(_logger, scope.IsSubject ? "subject" : "tenant", key.Version);
            await CreateVersionAsync(scope, expectedLatest: key.Version, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A key version for opening a record, or why there is none.</summary>
    public async ValueTask<(KeyLookupStatus Status, DataKey? Key)> GetOpeningKeyAsync(KeyScope scope, int version, CancellationToken cancellationToken = default)
    {
        if (TryGetCached(scope, version, out var cached))
        {
            return (KeyLookupStatus.Found, cached);
        }

        var stored = await _store.GetAsync(scope, version, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return await _store.IsErasedAsync(scope, cancellationToken).ConfigureAwait(false)
                ? (KeyLookupStatus.Erased, null)
                : (KeyLookupStatus.Unknown, null);
        }

        return (KeyLookupStatus.Found, await UnwrapAndCacheAsync(stored, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The version new records of the scope are sealed with (creating version 1 if needed).</summary>
    public async ValueTask<int> GetCurrentVersionAsync(KeyScope scope, CancellationToken cancellationToken = default) =>
        (await GetLatestKeyAsync(scope, cancellationToken).ConfigureAwait(false)).Version;

    /// <summary>
    /// HMAC-SHA256 of <paramref name="input"/> under a key derived (HKDF, <paramref name="info"/>) from
    /// version 1 of the scope's data key, which exists for as long as the scope does: the MAC stays
    /// the same across data key rotations (blind indexes, audit pseudonyms) and can never be made
    /// again once the scope is erased. Throws <see cref="ProtectionException"/> with
    /// <see cref="ProtectionErrorCodes.ScopeErased"/> (and <paramref name="erasedMessage"/>) then.
    /// </summary>
    public async ValueTask<byte[]> DerivedMacAsync(KeyScope scope, ReadOnlyMemory<byte> info, ReadOnlyMemory<byte> input, string erasedMessage, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            await GetCurrentVersionAsync(scope, cancellationToken).ConfigureAwait(false); // creates version 1 for a new scope
            var (status, key) = await GetOpeningKeyAsync(scope, 1, cancellationToken).ConfigureAwait(false);
            if (status != KeyLookupStatus.Found)
            {
                throw new ProtectionException(ProtectionErrorCodes.ScopeErased, erasedMessage);
            }

            try
            {
                return key!.DerivedMac(info.Span, input.Span);
            }
            catch (ObjectDisposedException) when (attempt < 2)
            {
                // The key left the cache between the lookup and its use; fetch it again.
            }
        }
    }

    /// <summary>
    /// Forgets which version this process believes is current for the scope, so the next use reads
    /// it from the key store (another node may have rotated).
    /// </summary>
    public void ForgetCurrentVersion(KeyScope scope) => _latest.TryRemove(scope, out _);

    /// <summary>Makes a new data key version current for the scope; records sealed before stay readable.</summary>
    public async ValueTask<int> RotateDataKeyAsync(KeyScope scope, CancellationToken cancellationToken = default)
    {
        var current = await GetLatestKeyAsync(scope, cancellationToken).ConfigureAwait(false);
        var created = await CreateVersionAsync(scope, current.Version, cancellationToken).ConfigureAwait(false);
        Log.DataKeyRotated(_logger, scope.IsSubject ? "subject" : "tenant", created.Version);
        return created.Version;
    }

    /// <summary>
    /// Makes a new key-encryption key current and rewraps every stored data key under it. No record
    /// is re-encrypted. Safe to run again after a crash: it only rewraps keys not yet rewrapped.
    /// Returns how many data keys were rewrapped.
    /// </summary>
    public async ValueTask<int> RotateKeyEncryptionKeyAsync(CancellationToken cancellationToken = default)
    {
        var newId = await _provider.RotateAsync(cancellationToken).ConfigureAwait(false);
        var count = await RewrapAllAsync(newId, cancellationToken).ConfigureAwait(false);
        Log.KeyEncryptionKeyRotated(_logger, newId, count);
        return count;
    }

    /// <summary>Rewraps data keys wrapped by any key-encryption key other than the current one.</summary>
    public async ValueTask<int> RewrapAllAsync(string currentKeyEncryptionKeyId, CancellationToken cancellationToken = default)
    {
        var count = 0;
        var material = GC.AllocateArray<byte>(DataKey.Size, pinned: true);
        try
        {
            await foreach (var stored in _store.ListWrappedByOtherAsync(currentKeyEncryptionKeyId, cancellationToken).ConfigureAwait(false))
            {
                var context = WrapContext(stored.Scope, stored.Version);
                await _provider.UnwrapAsync(stored.KeyEncryptionKeyId, stored.WrappedKey, context, material, cancellationToken).ConfigureAwait(false);
                var wrapped = await _provider.WrapAsync(material, context, cancellationToken).ConfigureAwait(false);
                CryptographicOperations.ZeroMemory(material);
                await _store.UpdateWrappingAsync(stored with { KeyEncryptionKeyId = wrapped.KeyEncryptionKeyId, WrappedKey = wrapped.WrappedKey }, cancellationToken).ConfigureAwait(false);
                count++;
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(material);
        }

        return count;
    }

    /// <summary>
    /// Crypto-shredding: destroys every version of the scope's key, in the store and in this
    /// process's cache. Everything sealed under it becomes unreadable; reads report
    /// <see cref="KeyLookupStatus.Erased"/>. Other nodes drop their cached copy within
    /// <see cref="ProtectionOptions.DataKeyCacheDuration"/>.
    /// </summary>
    public async ValueTask EraseAsync(KeyScope scope, CancellationToken cancellationToken = default)
    {
        await _store.EraseAsync(scope, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        _latest.TryRemove(scope, out _);
        foreach (var entry in _cache)
        {
            if (entry.Key.Scope == scope && _cache.TryRemove(entry.Key, out var key))
            {
                key.Dispose();
            }
        }

        Log.ScopeErased(_logger, scope.IsSubject ? "subject" : "tenant");
    }

    /// <summary>Zeroes every cached key.</summary>
    public void Dispose()
    {
        foreach (var key in _cache.Values)
        {
            key.Dispose();
        }

        _cache.Clear();
        _creating.Dispose();
    }

    internal static byte[] WrapContext(KeyScope scope, int version)
    {
        // scope kind | tenant | subject | version: binds a wrapped key to where it belongs.
        var tenant = Encoding.UTF8.GetBytes(scope.TenantId);
        var subject = Encoding.UTF8.GetBytes(scope.SubjectId ?? "");
        var context = new byte[1 + 2 + tenant.Length + 2 + subject.Length + 4];
        var span = context.AsSpan();
        span[0] = scope.IsSubject ? (byte)2 : (byte)1;
        BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)tenant.Length);
        tenant.CopyTo(span[3..]);
        span = span[(3 + tenant.Length)..];
        BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)subject.Length);
        subject.CopyTo(span[2..]);
        BinaryPrimitives.WriteInt32BigEndian(span[(2 + subject.Length)..], version);
        return context;
    }

    private async ValueTask<DataKey> GetLatestKeyAsync(KeyScope scope, CancellationToken cancellationToken)
    {
        if (_latest.TryGetValue(scope, out var version) && TryGetCached(scope, version, out var cached))
        {
            return cached;
        }

        var stored = await _store.GetLatestAsync(scope, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            if (await _store.IsErasedAsync(scope, cancellationToken).ConfigureAwait(false))
            {
                throw Erased(scope);
            }

            return await CreateVersionAsync(scope, expectedLatest: 0, cancellationToken).ConfigureAwait(false);
        }

        var key = await UnwrapAndCacheAsync(stored, cancellationToken).ConfigureAwait(false);
        _latest[scope] = key.Version;
        return key;
    }

    private async ValueTask<DataKey> CreateVersionAsync(KeyScope scope, int expectedLatest, CancellationToken cancellationToken)
    {
        await _creating.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller (or node) may have made the version while we waited.
            var latest = await _store.GetLatestAsync(scope, cancellationToken).ConfigureAwait(false);
            if (latest is not null && latest.Version > expectedLatest)
            {
                var existing = await UnwrapAndCacheAsync(latest, cancellationToken).ConfigureAwait(false);
                _latest[scope] = existing.Version;
                return existing;
            }

            if (await _store.IsErasedAsync(scope, cancellationToken).ConfigureAwait(false))
            {
                throw Erased(scope);
            }

            var version = expectedLatest + 1;
            var material = GC.AllocateArray<byte>(DataKey.Size, pinned: true);
            RandomNumberGenerator.Fill(material);
            var wrapped = await _provider.WrapAsync(material, WrapContext(scope, version), cancellationToken).ConfigureAwait(false);
            var stored = new StoredDataKey(scope, version, wrapped.KeyEncryptionKeyId, wrapped.WrappedKey, _time.GetUtcNow(), 0);
            if (!await _store.TryAddAsync(stored, cancellationToken).ConfigureAwait(false))
            {
                CryptographicOperations.ZeroMemory(material);
                // Refused: another node made this version first, or the scope was erased meanwhile.
                var winner = await _store.GetAsync(scope, version, cancellationToken).ConfigureAwait(false)
                    ?? throw Erased(scope);
                var other = await UnwrapAndCacheAsync(winner, cancellationToken).ConfigureAwait(false);
                _latest[scope] = other.Version;
                return other;
            }

            var key = Cache(new DataKey(scope, version, material, Expiry()));
            _latest[scope] = version;
            return key;
        }
        finally
        {
            _creating.Release();
        }
    }

    private async ValueTask<DataKey> UnwrapAndCacheAsync(StoredDataKey stored, CancellationToken cancellationToken)
    {
        var material = GC.AllocateArray<byte>(DataKey.Size, pinned: true);
        await _provider.UnwrapAsync(stored.KeyEncryptionKeyId, stored.WrappedKey, WrapContext(stored.Scope, stored.Version), material, cancellationToken).ConfigureAwait(false);
        return Cache(new DataKey(stored.Scope, stored.Version, material, Expiry()));
    }

    private DataKey Cache(DataKey key)
    {
        if (_cache.Count >= _options.MaxCachedDataKeys)
        {
            Sweep();
        }

        var cached = _cache.AddOrUpdate((key.Scope, key.Version), key, (_, old) =>
        {
            old.Dispose();
            return key;
        });
        return cached;
    }

    private bool TryGetCached(KeyScope scope, int version, out DataKey key)
    {
        if (_cache.TryGetValue((scope, version), out key!) && !key.IsDisposed)
        {
            if (key.ExpiresAtTicks > _time.GetUtcNow().UtcTicks)
            {
                return true;
            }

            if (_cache.TryRemove(new KeyValuePair<(KeyScope, int), DataKey>((scope, version), key)))
            {
                key.Dispose();
            }
        }

        key = null!;
        return false;
    }

    private void Sweep()
    {
        var now = _time.GetUtcNow().UtcTicks;
        foreach (var entry in _cache)
        {
            if (entry.Value.ExpiresAtTicks <= now && _cache.TryRemove(entry))
            {
                entry.Value.Dispose();
            }
        }

        // Still full: drop the half that expires soonest; they are unwrapped again when needed.
        if (_cache.Count >= _options.MaxCachedDataKeys)
        {
            foreach (var entry in _cache.OrderBy(e => e.Value.ExpiresAtTicks).Take(_cache.Count / 2).ToList())
            {
                if (_cache.TryRemove(entry))
                {
                    entry.Value.Dispose();
                }
            }
        }
    }

    private static ProtectionException Erased(KeyScope scope) =>
        new(ProtectionErrorCodes.ScopeErased, $"the data of {(scope.IsSubject ? "this customer" : "this tenant")} was erased; nothing new can be sealed for it.");

    private long Expiry() => (_time.GetUtcNow() + _options.DataKeyCacheDuration).UtcTicks;
}
