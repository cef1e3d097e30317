using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Confidant.Protection;
using Confidant.Protection.Keys;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Data;

/// <summary>
/// Keeps an account's sign-in name, e-mail address and phone number out of the database in clear.
/// The values themselves are sealed (AES-256-GCM, a random nonce, bound to the account and the
/// column) under a key derived from the tenant's data key; the normalised name and address that
/// sign-in looks up are kept only as keyed hashes (a blind index), so a lookup still finds the
/// account while a copy of the database alone reveals neither. Lookups need the tenant's key, not
/// the customer's: the customer is not known until the account is found.
/// </summary>
/// <remarks>
/// Entity Framework opens sealed values while it builds an account from a row, which is not
/// asynchronous: the project's <c>RecordSealer</c>, whose keys come from the key ring
/// asynchronously, cannot serve here. The derived key is therefore kept in memory for
/// <see cref="ProtectionOptions.DataKeyCacheDuration"/>, like the data keys themselves, and the
/// store refreshes it before each lookup. Only a row read after the key expired, outside those
/// lookups, waits for the key ring synchronously.
/// </remarks>
public sealed class PersonalDataProtection : IDisposable
{
    /// <summary>What a sealed value starts with.</summary>
    public const string SealedPrefix = "pd1:";

    /// <summary>What a lookup hash starts with (never an upper-case normalised name, which is what it replaces).</summary>
    public const string IndexPrefix = "ix1:";

    /// <summary>Room for a sealed user name or e-mail address (a 254-char address in any script takes at most 1,058 chars).</summary>
    public const int MaxSealedLength = 2048;

    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] SealingInfo = "confidant/identity/personal-data/seal/v1"u8.ToArray();
    private static readonly byte[] LookupInfo = "confidant/identity/personal-data/lookup/v1"u8.ToArray();
    private const string ErasedMessage = "the tenant's keys were destroyed; accounts cannot be read.";

    private readonly DataKeyRing _keys;
    private readonly KeyScope _scope;
    private readonly TimeProvider _time;
    private readonly TimeSpan _keepKeyFor;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private byte[]? _sealingKey; // pinned; zeroed when replaced, under _gate
    private long _expiresAtTicks;

    /// <summary>Creates the service.</summary>
    public PersonalDataProtection(DataKeyRing keys, IOptions<ConfidantIdentityOptions> identity, IOptions<ProtectionOptions> protection, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(protection);
        _keys = keys;
        _scope = KeyScope.ForTenant(identity.Value.Tenant);
        _time = time;
        _keepKeyFor = protection.Value.DataKeyCacheDuration;
    }

    /// <summary>
    /// Whether rows written in clear (by an earlier version) may remain: until the server's start
    /// has sealed them all, lookups also try the clear value. Set by <see cref="IdentityDatabase"/>.
    /// </summary>
    public bool RowsInClearRemain { get; internal set; } = true;

    /// <summary>True when <paramref name="stored"/> is a sealed value (a row written before protection holds clear text).</summary>
    public static bool IsSealed(string? stored) => stored is not null && stored.StartsWith(SealedPrefix, StringComparison.Ordinal);

    /// <summary>True when <paramref name="stored"/> is a lookup hash rather than a normalised name in clear.</summary>
    public static bool IsIndex(string? stored) => stored is not null && stored.StartsWith(IndexPrefix, StringComparison.Ordinal);

    /// <summary>The lookup hash stored in place of a normalised user name or e-mail address.</summary>
    public async ValueTask<string?> IndexAsync(string? normalized, CancellationToken cancellationToken = default)
    {
        if (normalized is null || IsIndex(normalized))
        {
            return normalized;
        }

        var mac = await _keys.DerivedMacAsync(_scope, LookupInfo, Encoding.UTF8.GetBytes(normalized), ErasedMessage, cancellationToken).ConfigureAwait(false);
        return IndexPrefix + Base64Url.EncodeToString(mac);
    }

    /// <summary>Makes sure the sealing key is in memory, so reading rows does not wait for the key ring.</summary>
    public async ValueTask EnsureKeyAsync(CancellationToken cancellationToken = default)
    {
        if (IsFresh())
        {
            return;
        }

        await _refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (IsFresh())
            {
                return;
            }

            var key = GC.AllocateArray<byte>(32, pinned: true);
            var derived = await _keys.DerivedMacAsync(_scope, SealingInfo, "aes-256-gcm"u8.ToArray(), ErasedMessage, cancellationToken).ConfigureAwait(false);
            derived.CopyTo(key, 0);
            CryptographicOperations.ZeroMemory(derived);
            lock (_gate)
            {
                if (_sealingKey is not null)
                {
                    CryptographicOperations.ZeroMemory(_sealingKey);
                }

                _sealingKey = key;
                Volatile.Write(ref _expiresAtTicks, _time.GetUtcNow().UtcTicks + _keepKeyFor.Ticks);
            }
        }
        finally
        {
            _refreshing.Release();
        }
    }

    /// <summary>Seals <paramref name="value"/> of <paramref name="column"/> for account <paramref name="userId"/>; null stays null.</summary>
    public string? Seal(Guid userId, string column, string? value)
    {
        if (value is null)
        {
            return null;
        }

        var plain = Encoding.UTF8.GetBytes(value);
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        var ad = AssociatedData(userId, column);
        WithKey(key =>
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Encrypt(sealedBytes.AsSpan(0, NonceSize), plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), ad);
        });
        CryptographicOperations.ZeroMemory(plain);
        return SealedPrefix + Base64Url.EncodeToString(sealedBytes);
    }

    /// <summary>
    /// Opens a value sealed by <see cref="Seal"/>. A value without the prefix was written before
    /// protection and is returned as it is (start-up seals those rows). Throws
    /// <see cref="CryptographicException"/>, naming the column but not the value, when a sealed
    /// value was altered or belongs to another account or column.
    /// </summary>
    public string? Open(Guid userId, string column, string? stored)
    {
        if (!IsSealed(stored))
        {
            return stored;
        }

        byte[] sealedBytes;
        try
        {
            sealedBytes = Base64Url.DecodeFromChars(stored.AsSpan(SealedPrefix.Length));
        }
        catch (FormatException)
        {
            throw new CryptographicException($"The account's {column} is not a well-formed sealed value.");
        }

        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw new CryptographicException($"The account's {column} is truncated.");
        }

        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        var ad = AssociatedData(userId, column);
        try
        {
            WithKey(key =>
            {
                using var aes = new AesGcm(key, TagSize);
                aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), plain, ad);
            });
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new CryptographicException($"The account's {column} does not open: it was altered, or sealed for another account or column.");
        }

        var value = Encoding.UTF8.GetString(plain);
        CryptographicOperations.ZeroMemory(plain);
        return value;
    }

    /// <summary>Zeroes the key held in memory.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_sealingKey is not null)
            {
                CryptographicOperations.ZeroMemory(_sealingKey);
                _sealingKey = null;
            }
        }

        _refreshing.Dispose();
    }

    private bool IsFresh() => Volatile.Read(ref _sealingKey) is not null && _time.GetUtcNow().UtcTicks < Volatile.Read(ref _expiresAtTicks);

    private void WithKey(Action<byte[]> use)
    {
        if (!IsFresh())
        {
            // A row read outside the store's lookups after the key expired (see the remarks).
            EnsureKeyAsync().AsTask().GetAwaiter().GetResult();
        }

        // Under the lock, so a refresh never zeroes a key while it is in use.
        lock (_gate)
        {
            use(_sealingKey ?? throw new ObjectDisposedException(nameof(PersonalDataProtection)));
        }
    }

    /// <summary>Binds a sealed value to its account and column, so it cannot be moved to another.</summary>
    private static byte[] AssociatedData(Guid userId, string column) =>
        Encoding.UTF8.GetBytes($"identity_users\n{column}\n{userId:N}");
}
