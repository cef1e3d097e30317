using System.Collections.Concurrent;

namespace Confidant.Audit.Checkpoints;

/// <summary>
/// Keeps signing keys in memory: for tests and single-process tools. A key lost with the process
/// means a new log identity on the next start, so production uses a database-backed store.
/// </summary>
public sealed class InMemoryCheckpointKeyStore : ICheckpointKeyStore
{
    private readonly ConcurrentDictionary<string, StoredSigningKey> _keys = new(StringComparer.Ordinal);

    /// <summary>The number of keys stored.</summary>
    public int Count => _keys.Count;

    /// <inheritdoc />
    public ValueTask<StoredSigningKey?> GetAsync(string origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return ValueTask.FromResult(_keys.TryGetValue(origin, out var key) ? key : null);
    }

    /// <inheritdoc />
    public ValueTask<bool> TryAddAsync(StoredSigningKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ValueTask.FromResult(_keys.TryAdd(key.Origin, key));
    }

    /// <summary>Replaces a stored key, so that tests can simulate a tampered store.</summary>
    internal void Replace(StoredSigningKey key) => _keys[key.Origin] = key;
}
