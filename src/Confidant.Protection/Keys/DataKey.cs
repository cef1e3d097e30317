using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Confidant.Protection.Keys;

/// <summary>
/// An unwrapped data key held in memory (pinned, zeroed when evicted). Only the key ring makes one;
/// callers hold it for the length of an operation and never see its bytes.
/// </summary>
public sealed class DataKey : IDisposable
{
    internal const int Size = 32;
    internal const int TagSize = 16;

    private readonly byte[] _material;
    private readonly ConcurrentStack<AesGcm> _ciphers = new();
    private readonly Lock _gate = new();
    private readonly List<(byte[] Info, byte[] Key)> _derivedKeys = [];
    private long _nonceBudget;
    private bool _disposed;

    internal DataKey(KeyScope scope, int version, byte[] pinnedMaterial, long expiresAtTicks)
    {
        Scope = scope;
        Version = version;
        _material = pinnedMaterial;
        ExpiresAtTicks = expiresAtTicks;
    }

    /// <summary>Whose key.</summary>
    public KeyScope Scope { get; }

    /// <summary>The version within the scope.</summary>
    public int Version { get; }

    internal long ExpiresAtTicks { get; }

    internal bool IsDisposed => Volatile.Read(ref _disposed);

    /// <summary>Describes the key without its material.</summary>
    public override string ToString() => $"{Scope} v{Version}";

    /// <summary>Takes one nonce from the budget reserved in the key store; false when a new reservation is needed.</summary>
    internal bool TryTakeNonce() => Interlocked.Decrement(ref _nonceBudget) >= 0;

    internal void AddNonceBudget(long count)
    {
        // A failed TryTakeNonce may have pushed the budget below zero; start the new block from zero.
        long current;
        do
        {
            current = Volatile.Read(ref _nonceBudget);
        }
        while (Interlocked.CompareExchange(ref _nonceBudget, Math.Max(current, 0) + count, current) != current);
    }

    /// <summary>Runs AES-GCM with this key. AesGcm instances are not thread-safe, so each caller rents its own.</summary>
    internal AesGcm Rent()
    {
        if (_ciphers.TryPop(out var cipher))
        {
            return cipher;
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return new AesGcm(_material, TagSize);
        }
    }

    internal void Return(AesGcm cipher)
    {
        lock (_gate)
        {
            if (_disposed || _ciphers.Count >= Environment.ProcessorCount * 2)
            {
                cipher.Dispose();
                return;
            }

            _ciphers.Push(cipher);
        }
    }

    /// <summary>
    /// HMAC-SHA256 of <paramref name="input"/> under a key derived from this one with HKDF-SHA256
    /// and <paramref name="info"/> (one derived key per purpose, such as the vault's blind index or
    /// the audit ledger's pseudonyms; derived once, kept beside the key and zeroed with it). Runs
    /// under the key's lock, so a derived key is never read while, or after, it is being zeroed.
    /// </summary>
    internal byte[] DerivedMac(ReadOnlySpan<byte> info, ReadOnlySpan<byte> input)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            byte[]? derived = null;
            foreach (var (knownInfo, key) in _derivedKeys)
            {
                if (knownInfo.AsSpan().SequenceEqual(info))
                {
                    derived = key;
                    break;
                }
            }

            if (derived is null)
            {
                derived = GC.AllocateArray<byte>(Size, pinned: true);
                HKDF.DeriveKey(HashAlgorithmName.SHA256, _material, derived, salt: [], info);
                _derivedKeys.Add((info.ToArray(), derived));
            }

            return HMACSHA256.HashData(derived, input);
        }
    }

    /// <summary>Zeroes the key material and drops the ciphers made from it.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            CryptographicOperations.ZeroMemory(_material);
            foreach (var (_, key) in _derivedKeys)
            {
                CryptographicOperations.ZeroMemory(key);
            }

            _derivedKeys.Clear();

            while (_ciphers.TryPop(out var cipher))
            {
                cipher.Dispose();
            }
        }
    }
}
