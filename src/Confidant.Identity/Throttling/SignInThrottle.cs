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
            var row = await db.SignInThrottles.FirstOrDefaultAsync(t => t.NameHash == hash, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                row = new SignInThrottleRow { NameHash = hash };
                db.SignInThrottles.Add(row);
            }

            row.ConsecutiveFailures = Math.Min(row.ConsecutiveFailures + 1, _options.MaxConsecutiveFailures);
            row.LastFailureAt = now;
            row.BlockedUntil = now + Delay(row.ConsecutiveFailures);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // Another node counted a failure for the same new name at the same moment; one row
                // exists now, and the next failure will be counted on it.
            }

            return State(row);
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
