namespace Confidant.Protection.Keys;

/// <summary>
/// Where wrapped data keys live (the project database in production). Implementations must make
/// <see cref="TryAddAsync"/> and <see cref="ReserveUsageAsync"/> atomic, so several server nodes
/// can share keys.
/// </summary>
public interface IDataKeyStore
{
    /// <summary>One version of a scope's key, or null when there is none.</summary>
    ValueTask<StoredDataKey?> GetAsync(KeyScope scope, int version, CancellationToken cancellationToken = default);

    /// <summary>The highest version of a scope's key, or null when the scope has none.</summary>
    ValueTask<StoredDataKey?> GetLatestAsync(KeyScope scope, CancellationToken cancellationToken = default);

    /// <summary>Adds a key version; false when that version already exists (another node made it first).</summary>
    ValueTask<bool> TryAddAsync(StoredDataKey key, CancellationToken cancellationToken = default);

    /// <summary>Replaces the wrapping of an existing version (key-encryption key rotation); the key itself is unchanged.</summary>
    ValueTask UpdateWrappingAsync(StoredDataKey key, CancellationToken cancellationToken = default);

    /// <summary>Adds <paramref name="count"/> to the version's reserved usage and returns the new total.</summary>
    ValueTask<long> ReserveUsageAsync(KeyScope scope, int version, long count, CancellationToken cancellationToken = default);

    /// <summary>Every stored key version wrapped by a key-encryption key other than <paramref name="keyEncryptionKeyId"/>.</summary>
    IAsyncEnumerable<StoredDataKey> ListWrappedByOtherAsync(string keyEncryptionKeyId, CancellationToken cancellationToken = default);

    /// <summary>Deletes every version of a subject's key and remembers that the subject was erased.</summary>
    ValueTask EraseAsync(KeyScope scope, DateTimeOffset erasedAt, CancellationToken cancellationToken = default);

    /// <summary>True when the scope's keys were erased.</summary>
    ValueTask<bool> IsErasedAsync(KeyScope scope, CancellationToken cancellationToken = default);
}
