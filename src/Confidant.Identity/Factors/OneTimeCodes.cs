using System.Security.Cryptography;
using Confidant.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Factors;

/// <summary>
/// One-time codes for the customer's other device: drawn from a CSPRNG, at least six digits,
/// valid ten minutes, single use, bound to the sign-in attempt or step-up challenge they were
/// sent for (the stored keyed hash covers the binding), at most a few per attempt, and at most a
/// few wrong guesses each.
/// </summary>
public sealed class OneTimeCodes
{
    private readonly IdentityDatabase _database;
    private readonly IdentityHashes _hashes;
    private readonly ConfidantIdentityOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    public OneTimeCodes(IdentityDatabase database, IdentityHashes hashes, IOptions<ConfidantIdentityOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _hashes = hashes;
        _options = options.Value;
        _time = time;
    }

    /// <summary>
    /// A new code for an account, bound to an attempt or challenge; null when that binding has had
    /// its share of codes. Earlier codes for the same binding stop working.
    /// </summary>
    public async Task<string?> IssueAsync(Guid userId, Guid boundTo, CancellationToken cancellationToken = default)
    {
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var issued = await db.OneTimeCodes.CountAsync(c => c.UserId == userId && c.BoundTo == boundTo, cancellationToken).ConfigureAwait(false);
            if (issued >= _options.MaxCodesPerAttempt)
            {
                return null;
            }

            var now = _time.GetUtcNow();
            await db.OneTimeCodes.Where(c => c.UserId == userId && c.BoundTo == boundTo && c.UsedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.UsedAt, now), cancellationToken).ConfigureAwait(false);

            var limit = (int)Math.Pow(10, _options.CodeDigits);
            var code = RandomNumberGenerator.GetInt32(0, limit).ToString(new string('0', _options.CodeDigits), System.Globalization.CultureInfo.InvariantCulture);
            db.OneTimeCodes.Add(new OneTimeCodeRow
            {
                Id = Guid.NewGuid(),
                UserId = userId,
                BoundTo = boundTo,
                CodeHash = await _hashes.CodeAsync(userId, boundTo, code, cancellationToken).ConfigureAwait(false),
                CreatedAt = now,
                ExpiresAt = now + _options.CodeLifetime,
            });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return code;
        }
    }

    /// <summary>
    /// Whether the code is the live code for this account and binding; a match uses it up. Wrong
    /// guesses count against the code, which stops working after too many.
    /// </summary>
    public async Task<bool> VerifyAsync(Guid userId, Guid boundTo, string? code, CancellationToken cancellationToken = default)
    {
        var normal = new string((code ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = _time.GetUtcNow();
            var live = await db.OneTimeCodes
                .Where(c => c.UserId == userId && c.BoundTo == boundTo && c.UsedAt == null)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var row = live.Where(c => c.ExpiresAt > now && c.FailedAttempts < _options.MaxFactorFailures).MaxBy(c => c.CreatedAt);
            if (row is null)
            {
                return false;
            }

            var hash = await _hashes.CodeAsync(userId, boundTo, normal, cancellationToken).ConfigureAwait(false);
            if (normal.Length != _options.CodeDigits || !CryptographicOperations.FixedTimeEquals(hash, row.CodeHash))
            {
                await db.OneTimeCodes.Where(c => c.Id == row.Id)
                    .ExecuteUpdateAsync(u => u.SetProperty(c => c.FailedAttempts, c => c.FailedAttempts + 1), cancellationToken).ConfigureAwait(false);
                return false;
            }

            // Single use even under a race: only the request that flips UsedAt wins.
            return await db.OneTimeCodes.Where(c => c.Id == row.Id && c.UsedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.UsedAt, now), cancellationToken).ConfigureAwait(false) == 1;
        }
    }
}
