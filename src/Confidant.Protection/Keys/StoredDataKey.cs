namespace Confidant.Protection.Keys;

/// <summary>
/// A data key as it is stored: wrapped by a key-encryption key, never in the clear.
/// </summary>
/// <param name="Scope">Whose key.</param>
/// <param name="Version">Version within the scope, from 1; the highest active version seals new records.</param>
/// <param name="KeyEncryptionKeyId">The key-encryption key that wrapped it.</param>
/// <param name="WrappedKey">The wrapped key bytes (the provider's format).</param>
/// <param name="CreatedAt">When the version was made.</param>
/// <param name="UsageReserved">How many encryptions have been reserved under this key (the nonce budget spent).</param>
public sealed record StoredDataKey(
    KeyScope Scope,
    int Version,
    string KeyEncryptionKeyId,
    byte[] WrappedKey,
    DateTimeOffset CreatedAt,
    long UsageReserved);
