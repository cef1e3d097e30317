using Confidant.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Sessions;

/// <summary>
/// Server-side sessions: a new id at every sign-in, an idle timeout and an absolute lifetime
/// enforced here whatever the cookie says, and revocation (one session, or every session of an
/// account after a password or factor change).
/// </summary>
public sealed class SessionStore
{
    /// <summary>The claim that carries the session id in the session cookie.</summary>
    public const string SessionClaim = "confidant:sid";

    /// <summary>The claim that carries how the session was authenticated.</summary>
    public const string MethodClaim = "amr";

    // Last-seen is written at most this often, so an active session costs one write a minute.
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);
    private readonly IdentityDatabase _database;
    private readonly ConfidantIdentityOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    public SessionStore(IdentityDatabase database, IOptions<ConfidantIdentityOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _options = options.Value;
        _time = time;
    }

    /// <summary>Opens a new session for an account.</summary>
    public async Task<SessionInfo> CreateAsync(Guid userId, string method, Guid? deviceId, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var row = new UserSessionRow
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Method = method,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + _options.SessionLifetime,
            SecondFactorAt = AuthenticationMethods.HadSecondFactor(method) ? now : null,
            DeviceId = deviceId,
        };
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            db.Sessions.Add(row);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return ToInfo(row);
    }

    /// <summary>
    /// The live session with this id, touching its last-seen time; null when it was revoked, has
    /// been idle too long or is past its lifetime (it is then ended for good).
    /// </summary>
    public async Task<SessionInfo?> ValidateAsync(Guid sessionId, Guid userId, CancellationToken cancellationToken = default)
    {
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var row = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.UserId == userId, cancellationToken).ConfigureAwait(false);
            if (row is null || row.RevokedAt is not null)
            {
                return null;
            }

            var now = _time.GetUtcNow();
            if (now >= row.ExpiresAt || now - row.LastSeenAt >= _options.SessionIdleTimeout)
            {
                row.RevokedAt = now;
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return null;
            }

            if (now - row.LastSeenAt >= TouchInterval)
            {
                row.LastSeenAt = now;
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            return ToInfo(row);
        }
    }

    /// <summary>Records that a second factor was presented in this session now (step-up).</summary>
    public async Task MarkSecondFactorAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = _time.GetUtcNow();
            await db.Sessions.Where(s => s.Id == sessionId && s.RevokedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.SecondFactorAt, now), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Ends one session (sign-out). Returns whether it was live.</summary>
    public async Task<bool> RevokeAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = _time.GetUtcNow();
            return await db.Sessions.Where(s => s.Id == sessionId && s.RevokedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now), cancellationToken).ConfigureAwait(false) > 0;
        }
    }

    /// <summary>Ends every session of an account except, optionally, one (the one that changed the password). Returns how many.</summary>
    public async Task<int> RevokeAllAsync(Guid userId, Guid? except, CancellationToken cancellationToken = default)
    {
        var db = await _database.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = _time.GetUtcNow();
            return await db.Sessions.Where(s => s.UserId == userId && s.RevokedAt == null && s.Id != except)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now), cancellationToken).ConfigureAwait(false);
        }
    }

    private static SessionInfo ToInfo(UserSessionRow row) =>
        new(row.Id, row.UserId, row.Method, row.CreatedAt, row.LastSeenAt, row.ExpiresAt, row.SecondFactorAt);
}
