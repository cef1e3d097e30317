using System.Runtime.CompilerServices;
using Confidant.Protection.Keys;

namespace Confidant.Testing;

/// <summary>An <see cref="IDataKeyStore"/> in memory, for tests of code above the store.</summary>
public sealed class InMemoryDataKeyStore : IDataKeyStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(KeyScope, int), StoredDataKey> _keys = [];
    private readonly HashSet<KeyScope> _erased = [];

    /// <summary>Every stored key (for tests that tamper with wrapped keys).</summary>
    public IReadOnlyList<StoredDataKey> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _keys.Values];
            }
        }
    }

    /// <summary>Replaces a stored key as is (for tamper tests).</summary>
    public void Overwrite(StoredDataKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            _keys[(key.Scope, key.Version)] = key;
        }
    }

    /// <inheritdoc />
    public ValueTask<StoredDataKey?> GetAsync(KeyScope scope, int version, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_keys.GetValueOrDefault((scope, version)));
        }
    }

    /// <inheritdoc />
    public ValueTask<StoredDataKey?> GetLatestAsync(KeyScope scope, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_keys.Values.Where(k => k.Scope == scope).MaxBy(k => k.Version));
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> TryAddAsync(StoredDataKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            return ValueTask.FromResult(!_erased.Contains(key.Scope) && _keys.TryAdd((key.Scope, key.Version), key));
        }
    }

    /// <inheritdoc />
    public ValueTask UpdateWrappingAsync(StoredDataKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            var old = _keys[(key.Scope, key.Version)];
            _keys[(key.Scope, key.Version)] = old with { KeyEncryptionKeyId = key.KeyEncryptionKeyId, WrappedKey = key.WrappedKey };
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<long> ReserveUsageAsync(KeyScope scope, int version, long count, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var old = _keys[(scope, version)];
            var updated = old with { UsageReserved = old.UsageReserved + count };
            _keys[(scope, version)] = updated;
            return ValueTask.FromResult(updated.UsageReserved);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredDataKey> ListWrappedByOtherAsync(string keyEncryptionKeyId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<StoredDataKey> list;
        lock (_gate)
        {
            list = [.. _keys.Values.Where(k => k.KeyEncryptionKeyId != keyEncryptionKeyId)];
        }

        foreach (var key in list)
        {
            await Task.Yield();
            yield return key;
        }
    }

    /// <inheritdoc />
    public ValueTask EraseAsync(KeyScope scope, DateTimeOffset erasedAt, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            foreach (var key in _keys.Keys.Where(k => k.Item1 == scope).ToList())
            {
                _keys.Remove(key);
            }

            _erased.Add(scope);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<bool> IsErasedAsync(KeyScope scope, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_erased.Contains(scope));
        }
    }
}
