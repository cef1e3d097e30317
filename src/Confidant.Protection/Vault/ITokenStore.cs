namespace Confidant.Protection.Vault;

/// <summary>Where vault entries live (the project database in production).</summary>
public interface ITokenStore
{
    /// <summary>The entry with this blind index for the customer and class, or null.</summary>
    ValueTask<VaultEntry?> FindByIndexAsync(string tenantId, string subjectId, string dataClass, byte[] blindIndex, CancellationToken cancellationToken = default);

    /// <summary>The entry of a token, or null.</summary>
    ValueTask<VaultEntry?> GetAsync(string tenantId, string token, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds an entry; false when an unexpired entry with the same customer, class and blind index
    /// exists. An expired entry with the same index is replaced.
    /// </summary>
    ValueTask<bool> TryAddAsync(VaultEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Deletes entries that expired at or before <paramref name="now"/>; returns how many.</summary>
    ValueTask<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default);
}
