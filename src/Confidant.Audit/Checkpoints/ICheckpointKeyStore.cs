namespace Confidant.Audit.Checkpoints;

/// <summary>
/// Where each log's checkpoint signing key is kept (wrapped). A key is written once and never
/// replaced: a log's key is its identity to auditors and witnesses.
/// </summary>
public interface ICheckpointKeyStore
{
    /// <summary>The key stored for <paramref name="origin"/>, or null when there is none yet.</summary>
    ValueTask<StoredSigningKey?> GetAsync(string origin, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="key"/> unless a key for its origin exists; returns false (and
    /// changes nothing) in that case, so that two processes creating a key at once agree on
    /// the one that was stored first. Must be atomic (a unique key on the origin).
    /// </summary>
    ValueTask<bool> TryAddAsync(StoredSigningKey key, CancellationToken cancellationToken = default);
}
