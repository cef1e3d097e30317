using System.Buffers.Text;
using System.Security.Cryptography;
using Confidant.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Devices;

/// <summary>
/// Trusted devices. The browser's cookie holds <c>&lt;device id&gt;.&lt;secret&gt;</c>; the server
/// keeps only the secret's SHA-256 (a 256-bit random secret needs no slow hash), bound to the
/// account. Each successful use replaces the secret, so a copied cookie works at most once and
/// the owner's next sign-in then fails over to the second factor.
/// </summary>
public sealed class TrustedDeviceStore
{
    private readonly IdentityDatabase _database;
    private readonly ConfidantIdentityOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    public TrustedDeviceStore(IdentityDatabase database, IOptions<ConfidantIdentityOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _options = options.Value;
        _time = time;
    }

    /// <summary>How long a device stays trusted (the cookie's max-age).</summary>
    public TimeSpan Lifetime => _options.TrustedDeviceLifetime;

    /// <summary>Trusts a new device for an account; returns its id and the cookie value to give it.</summary>
    public async Task<(Guid DeviceId, string CookieValue)> TrustAsync(Guid userId, string? userAgent, CancellationToken cancellationToken = default)
    {
        var secret = RandomNumberGenerator.GetBytes(32);
        var now = _time.GetUtcNow();
        var row = new TrustedDeviceRow
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            SecretHash = SHA256.HashData(secret),
            Name = DeviceNames.FromUserAgent(userAgent),
            CreatedAt = now,
            LastUsedAt = now,
            ExpiresAt = now + _options.TrustedDeviceLifetime,
        };
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            db.TrustedDevices.Add(row);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return (row.Id, Format(row.Id, secret));
    }

    /// <summary>
    /// Checks a device cookie for an account. When it is valid, the secret is replaced and the new
    /// cookie value returned; otherwise null (unknown, revoked, expired, another account's, or a
    /// stale copy).
    /// </summary>
    public async Task<(Guid DeviceId, string CookieValue)?> UseAsync(Guid userId, string? cookieValue, CancellationToken cancellationToken = default)
    {
        if (!TryParse(cookieValue, out var deviceId, out var secret))
        {
            return null;
        }

        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = _time.GetUtcNow();
            var row = await db.TrustedDevices.FirstOrDefaultAsync(d => d.Id == deviceId && d.UserId == userId, cancellationToken).ConfigureAwait(false);
            if (row is null || row.RevokedAt is not null || row.ExpiresAt <= now
                || !CryptographicOperations.FixedTimeEquals(row.SecretHash, SHA256.HashData(secret)))
            {
                return null;
            }

            var oldHash = row.SecretHash;
            var next = RandomNumberGenerator.GetBytes(32);
            var newHash = SHA256.HashData(next);

            // Compare-and-swap on the old hash: of two requests racing with one cookie, one wins.
            var updated = await db.TrustedDevices
                .Where(d => d.Id == deviceId && d.SecretHash == oldHash && d.RevokedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.SecretHash, newHash).SetProperty(d => d.LastUsedAt, now), cancellationToken)
                .ConfigureAwait(false);
            return updated == 1 ? (deviceId, Format(deviceId, next)) : null;
        }
    }

    /// <summary>The account's devices that are still trusted, most recently used first.</summary>
    public async Task<IReadOnlyList<TrustedDevice>> ListAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = _time.GetUtcNow();
            var rows = await db.TrustedDevices.Where(d => d.UserId == userId && d.RevokedAt == null).ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.Where(d => d.ExpiresAt > now)
                .OrderByDescending(d => d.LastUsedAt)
                .Select(d => new TrustedDevice(d.Id, d.Name, d.CreatedAt, d.LastUsedAt, d.ExpiresAt))
                .ToList();
        }
    }

    /// <summary>Revokes one of the account's devices. Returns whether there was one to revoke.</summary>
    public async Task<bool> RevokeAsync(Guid userId, Guid deviceId, CancellationToken cancellationToken = default)
    {
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = _time.GetUtcNow();
            return await db.TrustedDevices.Where(d => d.Id == deviceId && d.UserId == userId && d.RevokedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.RevokedAt, now), cancellationToken).ConfigureAwait(false) > 0;
        }
    }

    /// <summary>Revokes every device of the account (after a password or factor change). Returns how many.</summary>
    public async Task<int> RevokeAllAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = _time.GetUtcNow();
            return await db.TrustedDevices.Where(d => d.UserId == userId && d.RevokedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.RevokedAt, now), cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Format(Guid id, byte[] secret) => id.ToString("N") + "." + Base64Url.EncodeToString(secret);

    private static bool TryParse(string? value, out Guid id, out byte[] secret)
    {
        id = Guid.Empty;
        secret = [];
        if (string.IsNullOrEmpty(value) || value.Length > 100)
        {
            return false;
        }

        var dot = value.IndexOf('.', StringComparison.Ordinal);
        if (dot != 32 || !Guid.TryParseExact(value.AsSpan(0, dot), "N", out id))
        {
            return false;
        }

        var buffer = new byte[48];
        if (!Base64Url.TryDecodeFromChars(value.AsSpan(dot + 1), buffer, out var written) || written != 32)
        {
            return false;
        }

        secret = buffer[..32];
        return true;
    }
}
