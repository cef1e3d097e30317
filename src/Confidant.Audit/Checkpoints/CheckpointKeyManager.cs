using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Confidant.Protection.Keys;
using NSec.Cryptography;

namespace Confidant.Audit.Checkpoints;

/// <summary>
/// Gets or creates each log's Ed25519 checkpoint signing key and signs checkpoints with it. The
/// seed is generated from the operating system's CSPRNG, wrapped at once by the key-encryption
/// key provider and stored only wrapped; it is unwrapped into a pinned buffer for the moment of
/// signing and zeroed right after it has been handed to libsodium's guarded memory.
/// </summary>
public sealed class CheckpointKeyManager
{
    private const string ContextPrefix = "confidant-audit-signing-key/v1/";

    private readonly ICheckpointKeyStore _store;
    private readonly IKeyEncryptionKeyProvider _keys;
    private readonly TimeProvider _timeProvider;

    // A log's key never changes once stored, so it is read from the store once per process.
    private readonly ConcurrentDictionary<string, StoredSigningKey> _cache = new(StringComparer.Ordinal);

    /// <summary>Creates the manager.</summary>
    public CheckpointKeyManager(ICheckpointKeyStore store, IKeyEncryptionKeyProvider keys, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(keys);
        _store = store;
        _keys = keys;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// The wrap context of <paramref name="origin"/>'s seed: a wrapped seed copied to another
    /// origin's row fails to unwrap instead of signing for the wrong log.
    /// </summary>
    public static byte[] WrapContext(string origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return Encoding.UTF8.GetBytes(ContextPrefix + origin);
    }

    /// <summary>The verifier key of <paramref name="origin"/>'s log, creating the key on first use.</summary>
    public async ValueTask<NoteVerifierKey> GetVerifierKeyAsync(string origin, CancellationToken cancellationToken = default)
    {
        var stored = await GetOrCreateAsync(origin, cancellationToken).ConfigureAwait(false);
        return NoteVerifierKey.FromEd25519(stored.KeyName, stored.PublicKey.Span);
    }

    /// <summary>
    /// Signs <paramref name="checkpoint"/> with its origin's key (created on first use) and
    /// returns the signed note text. Throws <see cref="CheckpointException"/> with CONF-AUD-128
    /// when the unwrapped key does not match the stored public key, and the provider's
    /// <see cref="Confidant.Protection.ProtectionException"/> when it cannot unwrap.
    /// </summary>
    public async ValueTask<string> SignAsync(Checkpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var stored = await GetOrCreateAsync(checkpoint.Origin, cancellationToken).ConfigureAwait(false);

        // Pinned so the GC never leaves a copy of the seed behind when it compacts the heap.
        var seed = GC.AllocateArray<byte>(NoteSigner.SeedSize, pinned: true);
        NoteSigner signer;
        try
        {
            await _keys.UnwrapAsync(stored.KeyEncryptionKeyId, stored.WrappedSeed, WrapContext(stored.Origin), seed, cancellationToken).ConfigureAwait(false);
            signer = NoteSigner.FromSeed(stored.KeyName, seed);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }

        using (signer)
        {
            if (!signer.VerifierKey.PublicKey.SequenceEqual(stored.PublicKey.Span))
            {
                throw new CheckpointException(CheckpointErrorCodes.SigningKeyMismatch, $"The stored signing key of '{stored.Origin}' does not match its public key; the key store was altered.");
            }

            return CheckpointSigner.Sign(checkpoint, signer);
        }
    }

    private async ValueTask<StoredSigningKey> GetOrCreateAsync(string origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (_cache.TryGetValue(origin, out var cached))
        {
            return cached;
        }

        if (!NoteSyntax.IsValidKeyName(origin))
        {
            throw new CheckpointException(CheckpointErrorCodes.OriginNotKeyName, "The log's origin is its key name, so it must be non-empty and hold no space or plus sign (such as 'confidant.example/audit').");
        }

        var stored = await _store.GetAsync(origin, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            var created = await CreateAsync(origin, cancellationToken).ConfigureAwait(false);

            // Another process (or request) may have stored its key first; theirs wins, ours is dropped.
            stored = await _store.TryAddAsync(created, cancellationToken).ConfigureAwait(false)
                ? created
                : await _store.GetAsync(origin, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"The key store refused a signing key for '{origin}' but holds none.");
        }

        Check(stored, origin);
        return _cache.GetOrAdd(origin, stored);
    }

    private async ValueTask<StoredSigningKey> CreateAsync(string origin, CancellationToken cancellationToken)
    {
        var seed = GC.AllocateArray<byte>(NoteSigner.SeedSize, pinned: true);
        try
        {
            RandomNumberGenerator.Fill(seed);
            byte[] publicKey;
            var parameters = new KeyCreationParameters { ExportPolicy = KeyExportPolicies.None };
            using (var key = Key.Import(SignatureAlgorithm.Ed25519, seed, KeyBlobFormat.RawPrivateKey, in parameters))
            {
                publicKey = key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
            }

            var wrapped = await _keys.WrapAsync(seed, WrapContext(origin), cancellationToken).ConfigureAwait(false);
            return new StoredSigningKey(origin, origin, publicKey, wrapped.KeyEncryptionKeyId, wrapped.WrappedKey, _timeProvider.GetUtcNow());
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    private static void Check(StoredSigningKey stored, string origin)
    {
        if (!string.Equals(stored.Origin, origin, StringComparison.Ordinal)
            || !NoteSyntax.IsValidKeyName(stored.KeyName)
            || stored.PublicKey.Length != NoteVerifierKey.PublicKeySize)
        {
            throw new CheckpointException(CheckpointErrorCodes.SigningKeyMismatch, $"The key store returned a malformed signing key for '{origin}'.");
        }
    }
}
