namespace Confidant.Audit.Checkpoints;

/// <summary>
/// A log's checkpoint signing key as stored: the Ed25519 public key in clear (it is published
/// anyway), the 32-byte private seed only wrapped by a key-encryption key of
/// <see cref="Confidant.Protection.Keys.IKeyEncryptionKeyProvider"/>, bound to the origin by the
/// wrap context (<see cref="CheckpointKeyManager.WrapContext"/>).
/// </summary>
/// <param name="Origin">The log this key signs checkpoints for (one key per origin).</param>
/// <param name="KeyName">The key name in signature lines (the origin, for our logs).</param>
/// <param name="PublicKey">The 32-byte Ed25519 public key.</param>
/// <param name="KeyEncryptionKeyId">The key-encryption key that wrapped the seed.</param>
/// <param name="WrappedSeed">The wrapped 32-byte seed.</param>
/// <param name="CreatedAt">When the key was generated.</param>
public sealed record StoredSigningKey(
    string Origin,
    string KeyName,
    ReadOnlyMemory<byte> PublicKey,
    string KeyEncryptionKeyId,
    ReadOnlyMemory<byte> WrappedSeed,
    DateTimeOffset CreatedAt);
