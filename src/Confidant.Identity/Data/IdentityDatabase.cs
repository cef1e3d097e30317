using System.Security.Cryptography;
using Confidant.Identity.Accounts;
using Confidant.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Confidant.Identity.Data;

/// <summary>
/// Makes identity contexts for the configured provider, on the project database, and applies the
/// identity migrations once (at start-up through <see cref="IHostedService"/>, or on first use).
/// </summary>
public sealed class IdentityDatabase : IHostedService, IDisposable
{
    private const long MigrationLockKey = 0x436f6e6649647479; // "ConfIdty"
    private readonly ConfidantDbFactory _factory;
    private readonly IServiceProvider _services;
    private readonly PersonalDataProtection _personalData;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _migrating = new(1, 1);
    private volatile bool _migrated;

    // Built once: a context is made for every signed-in request (the session check), and the
    // options (with their interceptor) are the same each time.
    private readonly DbContextOptions<SqliteIdentityStoreContext>? _sqliteOptions;
    private readonly DbContextOptions<PostgresIdentityStoreContext>? _postgresOptions;

    /// <summary>Creates the database access.</summary>
    public IdentityDatabase(ConfidantDbFactory factory, PersonalDataProtection personalData, IServiceProvider services, ILogger<IdentityDatabase>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
        _logger = logger ?? NullLogger<IdentityDatabase>.Instance;
        _personalData = personalData;
        _services = services;
        if (factory.Provider == StorageProvider.Sqlite)
        {
            var builder = new DbContextOptionsBuilder<SqliteIdentityStoreContext>();
            Configure(builder);
            _sqliteOptions = builder.Options;
        }
        else
        {
            var builder = new DbContextOptionsBuilder<PostgresIdentityStoreContext>();
            Configure(builder);
            _postgresOptions = builder.Options;
        }
    }

    /// <summary>A new context; the caller disposes it. Migrations must have run (see <see cref="MigrateAsync"/>).</summary>
    public IdentityStoreContext Create() => _sqliteOptions is not null
        ? new SqliteIdentityStoreContext(_sqliteOptions) { PersonalData = _personalData }
        : new PostgresIdentityStoreContext(_postgresOptions!) { PersonalData = _personalData };

    /// <summary>A new context, after making sure the identity tables exist.</summary>
    public async ValueTask<IdentityStoreContext> CreateAsync(CancellationToken cancellationToken = default)
    {
        if (!_migrated)
        {
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        return Create();
    }

    /// <summary>Applies pending identity migrations (after the storage layer's own).</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await _migrating.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_migrated)
            {
                return;
            }

            await _factory.MigrateAsync(cancellationToken).ConfigureAwait(false);
            var db = Create();
            await using (db.ConfigureAwait(false))
            {
                await _factory.MigrateContextAsync(db, MigrationLockKey, cancellationToken).ConfigureAwait(false);
            }

            _migrated = true;
        }
        finally
        {
            _migrating.Release();
        }
    }

    /// <summary>
    /// Seals the personal data of accounts written before it was sealed (their normalised name is
    /// not a lookup hash yet), a batch at a time, then purges the replaced values from the database
    /// files. Safe on several nodes at once (a row sealed twice is sealed all the same). A row that
    /// cannot be sealed (its address taken by a sealed account, or changed meanwhile) is logged,
    /// left as it is (the store still finds it) and tried again at the next start: it never stops
    /// the start.
    /// </summary>
    internal async Task SealRowsInClearAsync(CancellationToken cancellationToken = default)
    {
        List<Guid> inClear;
        var db = Create();
        await using (db.ConfigureAwait(false))
        {
            inClear = await InClear(db).Select(u => u.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        if (inClear.Count == 0)
        {
            _personalData.RowsInClearRemain = false;
            return;
        }

        var (done, failed) = (0, 0);
        foreach (var ids in inClear.Chunk(200))
        {
            if (await TrySealAsync(ids, cancellationToken).ConfigureAwait(false) is { } count)
            {
                done += count;
                continue;
            }

            foreach (var id in ids)
            {
                if (await TrySealAsync([id], cancellationToken).ConfigureAwait(false) is { } one)
                {
                    done += one;
                }
                else
                {
                    failed++;
                }
            }
        }

        Log.RowsSealed(_logger, done);
        if (failed > 0)
        {
            Log.RowsNotSealed(_logger, failed);
        }

        _personalData.RowsInClearRemain = failed > 0;

        db = Create();
        await using (db.ConfigureAwait(false))
        {
            if (!await ReleasedRows.PurgeAsync(db, ["identity_users"], cancellationToken).ConfigureAwait(false))
            {
                Log.ClearRowsNotPurged(_logger);
            }
        }
    }

    /// <summary>
    /// Deletes an account with everything that hangs off it (sessions, devices, factors, passkeys,
    /// roles: the foreign keys cascade) and purges it from the database files; for erasure. The
    /// account is first read, so one sealed under another tenant's key (the caller named the wrong
    /// tenant) is refused rather than deleted.
    /// </summary>
    public async Task<AccountDeletion> DeleteAccountAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await _personalData.EnsureKeyAsync(cancellationToken).ConfigureAwait(false);
        var db = await CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            try
            {
                // Read whole, so the interceptor opens its sealed values with this tenant's key.
                if (await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false) is null)
                {
                    return AccountDeletion.NoAccount;
                }
            }
            catch (CryptographicException)
            {
                return AccountDeletion.OtherTenant;
            }

            if (await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return AccountDeletion.NoAccount;
            }

            if (!await ReleasedRows.PurgeAsync(db, AccountTables, cancellationToken).ConfigureAwait(false))
            {
                Log.DeletedAccountNotPurged(_logger);
            }

            return AccountDeletion.Deleted;
        }
    }

    /// <summary>The tables an account's deletion cascades to (its own first).</summary>
    private static readonly string[] AccountTables =
    [
        "identity_users", "identity_user_claims", "identity_user_logins", "identity_user_tokens", "identity_user_roles",
        "identity_user_passkeys", "identity_trusted_devices", "identity_sessions", "identity_sign_in_attempts",
        "identity_one_time_codes", "identity_step_up_challenges",
    ];

    private static IQueryable<ConfidantUser> InClear(IdentityStoreContext db) =>
        db.Users.Where(u => u.NormalizedUserName != null && !u.NormalizedUserName.StartsWith(PersonalDataProtection.IndexPrefix));

    /// <summary>Seals the rows among <paramref name="ids"/> still in clear; how many, or null when the database refused the batch.</summary>
    private async Task<int?> TrySealAsync(Guid[] ids, CancellationToken cancellationToken)
    {
        var db = Create();
        await using (db.ConfigureAwait(false))
        {
            List<ConfidantUser> batch;
            try
            {
                batch = await InClear(db).Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (CryptographicException)
            {
                return null; // a sealed column of a row does not open (altered): see the caller
            }

            foreach (var user in batch)
            {
                // The interceptor hashes the normalised values and seals the others as it saves.
                var entry = db.Entry(user);
                entry.Property(u => u.NormalizedUserName).IsModified = true;
                entry.Property(u => u.NormalizedEmail).IsModified = true;
                entry.Property(u => u.UserName).IsModified = true;
                entry.Property(u => u.Email).IsModified = true;
                entry.Property(u => u.PhoneNumber).IsModified = true;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return batch.Count;
            }
            catch (DbUpdateException)
            {
                return null; // a unique index or a concurrency stamp: see the caller
            }
            catch (CryptographicException)
            {
                return null; // a sealed column of the row does not open (altered): see the caller
            }
        }
    }

    /// <summary>
    /// At the server's start: the migrations, then the rows still in clear are sealed. Only the
    /// server does that, configured with its tenant; tools that use the database (the CLI) do not.
    /// </summary>
    async Task IHostedService.StartAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken).ConfigureAwait(false);
        await SealRowsInClearAsync(cancellationToken).ConfigureAwait(false);
    }

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Releases the migration lock.</summary>
    public void Dispose() => _migrating.Dispose();

    private void Configure(DbContextOptionsBuilder builder)
    {
        _factory.ConfigureContext(builder, IdentityStoreContext.MigrationsHistoryTable);

        // Identity reads its store options (schema version 3, with passkeys) from the host.
        builder.UseApplicationServiceProvider(_services);
        builder.AddInterceptors(PersonalDataInterceptor.Instance);
    }
}
