namespace Confidant.Protection.Keys;

/// <summary>
/// The root of the key hierarchy: wraps and unwraps data keys with a key-encryption key that never
/// leaves the provider (a local key file, or an external key manager). The context bytes bind a
/// wrapped key to its scope and version, so a wrapped key copied to another scope fails to unwrap.
/// </summary>
public interface IKeyEncryptionKeyProvider
{
    /// <summary>A short name for diagnostics, such as <c>key-file</c>.</summary>
    string Name { get; }

    /// <summary>The key-encryption key new data keys are wrapped with.</summary>
    ValueTask<string> GetCurrentKeyIdAsync(CancellationToken cancellationToken = default);

    /// <summary>Wraps <paramref name="dataKey"/> with the current key-encryption key.</summary>
    ValueTask<WrapResult> WrapAsync(ReadOnlyMemory<byte> dataKey, ReadOnlyMemory<byte> context, CancellationToken cancellationToken = default);

    /// <summary>
    /// Unwraps into <paramref name="destination"/> (exactly the data key's length). Throws
    /// <see cref="ProtectionException"/> with <c>CONF-KEY-004</c> for an unknown key-encryption key
    /// and <c>CONF-KEY-005</c> when the wrapped bytes or the context do not match.
    /// </summary>
    ValueTask UnwrapAsync(string keyEncryptionKeyId, ReadOnlyMemory<byte> wrappedKey, ReadOnlyMemory<byte> context, Memory<byte> destination, CancellationToken cancellationToken = default);

    /// <summary>Makes a new key-encryption key current; older ones keep unwrapping until nothing uses them.</summary>
    ValueTask<string> RotateAsync(CancellationToken cancellationToken = default);
}

/// <summary>A wrapped data key and the key-encryption key that wrapped it.</summary>
/// <param name="KeyEncryptionKeyId">The key-encryption key.</param>
/// <param name="WrappedKey">The wrapped bytes.</param>
public readonly record struct WrapResult(string KeyEncryptionKeyId, byte[] WrappedKey);
