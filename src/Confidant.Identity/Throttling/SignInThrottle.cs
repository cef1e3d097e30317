using Confidant.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Throttling;

/// <summary>
/// Slows online guessing per sign-in name, whether or not an account has that name, so the
/// throttle answers the same for both. After <see cref="ConfidantIdentityOptions.FreeFailures"/>
/// consecutive failures each further one makes the name wait twice as long (2 s, 4 s … up to 15
/// minutes); at <see cref="ConfidantIdentityOptions.MaxConsecutiveFailures"/> (100, the NIST
/// limit, about a day of guessing away) password sign-in stops until the owner resets the
/// password, which needs their second factor. A correct password resets the count. The attacker
/// can slow the customer down, never lock them out for good.
/// </summary>
public sealed class SignInThrottle
{
    private readonly IdentityDatabase _database;
    private readonly IdentityHashes _hashes;
    private readonly ConfidantIdentityOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the throttle.</summary>
    public SignInThrottle(IdentityDatabase database, IdentityHashes hashes, IOptions<ConfidantIdentityOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _hashes = hashes;
        _options = options.Value;
        _time = time;
    }

    /// <summary>Whether the name may try a password now.</summary>
    public async Task<ThrottleState> CheckAsync(string name, CancellationToken cancellationToken = default)
    {
        var hash = await _hashes.SignInNameAsync(name, cancellationToken).ConfigureAwait(false);
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var row = await db.SignInThrottles.AsNoTracking().FirstOrDefaultAsync(t => t.NameHash == hash, cancellationToken).ConfigureAwait(false);
            return State(row);
        }
    }

    /// <summary>Counts a failed password for the name; returns the state that follows.</summary>
    public async Task<ThrottleState> FailAsync(string name, CancellationToken cancellationToken = default)
    {
        var hash = await _hashes.SignInNameAsync(name, cancellationToken).ConfigureAwait(false);
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = _time.GetUtcNow();

            // One atomic increment in the database, so parallel guesses are each counted.
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var counted = await db.SignInThrottles.Where(t => t.NameHash == hash)
                    .ExecuteUpdateAsync(u => u.SetProperty(t => t.ConsecutiveFailures, t => t.ConsecutiveFailures + 1).SetProperty(t => t.LastFailureAt, now), cancellationToken)
                    .ConfigureAwait(false);
                if (counted > 0)
                {
                    break;
                }

                try
                {
                    db.SignInThrottles.Add(new SignInThrottleRow { NameHash = hash, ConsecutiveFailures = 1, LastFailureAt = now, BlockedUntil = now });
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    break;
                }
                catch (DbUpdateException)
                {
                    db.ChangeTracker.Clear(); // another request made the row first: count on it
                }
            }

            var row = await db.SignInThrottles.AsNoTracking().FirstAsync(t => t.NameHash == hash, cancellationToken).ConfigureAwait(false);
            var capped = Math.Min(row.ConsecutiveFailures, _options.MaxConsecutiveFailures);
            var blockedUntil = now + Delay(capped);
            await db.SignInThrottles.Where(t => t.NameHash == hash)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.BlockedUntil, blockedUntil), cancellationToken).ConfigureAwait(false);
            return State(new SignInThrottleRow { NameHash = hash, ConsecutiveFailures = capped, LastFailureAt = now, BlockedUntil = blockedUntil });
        }
    }

    /// <summary>Clears the count after a correct password or a password reset.</summary>
    public async Task ResetAsync(string name, CancellationToken cancellationToken = default)
    {
        var hash = await _hashes.SignInNameAsync(name, cancellationToken).ConfigureAwait(false);
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.SignInThrottles.Where(t => t.NameHash == hash).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan Delay(int failures)
    {
        if (failures <= _options.FreeFailures)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(failures - _options.FreeFailures - 1, 30);
        var delay = _options.BaseThrottleDelay * Math.Pow(2, doublings);
        return delay < _options.MaxThrottleDelay ? delay : _options.MaxThrottleDelay;
    }

    private ThrottleState State(SignInThrottleRow? row)
    {
        if (row is null)
        {
            return new ThrottleState(true, TimeSpan.Zero, false);
        }

        if (row.ConsecutiveFailures >= _options.MaxConsecutiveFailures)
        {
            return new ThrottleState(false, TimeSpan.Zero, true);
        }

        var wait = row.BlockedUntil - _time.GetUtcNow();
        return wait > TimeSpan.Zero ? new ThrottleState(false, wait, false) : new ThrottleState(true, TimeSpan.Zero, false);
    }
}
