using Confidant.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Confidant.Storage;

/// <summary>
/// Makes short-lived contexts for the configured provider (stores are singletons and open one
/// context per operation) and applies migrations once, before first use.
/// </summary>
public sealed class ConfidantDbFactory : IDisposable
{
    private readonly StorageOptions _options;
    private readonly DbContextOptions<SqliteConfidantDbContext>? _sqlite;
    private readonly DbContextOptions<PostgresConfidantDbContext>? _postgres;
    private readonly SemaphoreSlim _migrating = new(1, 1);
    private volatile bool _migrated;
    private readonly SemaphoreSlim _sqliteWriter = new(1, 1);

    /// <summary>Creates the factory.</summary>
    public ConfidantDbFactory(IOptions<StorageOptions> options, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        var connectionString = _options.EffectiveConnectionString;
        if (_options.Provider == StorageProvider.Sqlite)
        {
            EnsureSqliteFolder(connectionString);
            _sqlite = new DbContextOptionsBuilder<SqliteConfidantDbContext>()
                .UseSqlite(connectionString)
                .AddInterceptors(new SqliteDurabilityInterceptor())
                .UseLoggerFactory(loggerFactory)
                .Options;
        }
        else
        {
            _postgres = new DbContextOptionsBuilder<PostgresConfidantDbContext>()
                .UseNpgsql(connectionString)
                .UseLoggerFactory(loggerFactory)
                .Options;
        }
    }

    /// <summary>The provider in use.</summary>
    public StorageProvider Provider => _options.Provider;

    /// <summary>
    /// Waits for this process's turn to write, on SQLite (one write transaction at a time; dispose
    /// the turn after the commit or rollback). Without it, a writer that finds the database locked
    /// waits in SQLite's busy handler, which sleeps 1, 2, 5, 10, 15 ms and more between tries: under
    /// load those sleeps, not the work, made the tail latency (the audit ledger's commits took
    /// 16 ms at p90 behind the chat's message writes). On PostgreSQL the turn is free (row locks order writers).
    /// </summary>
    public async ValueTask<IDisposable> EnterWriteAsync(CancellationToken cancellationToken = default)
    {
        if (_sqlite is null)
        {
            return NoTurn.Instance;
        }

        await _sqliteWriter.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Turn(_sqliteWriter);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }

    private sealed class NoTurn : IDisposable
    {
        public static readonly NoTurn Instance = new();

        public void Dispose()
        {
        }
    }

    /// <summary>
    /// Points another EF Core context (one that lives in a higher layer, such as the identity
    /// store) at the same database with the same connection settings, so it shares the SQLite
    /// durability set-up and the PostgreSQL server. <paramref name="migrationsHistoryTable"/> keeps
    /// that context's migrations apart from the storage layer's.
    /// </summary>
    public void ConfigureContext(DbContextOptionsBuilder builder, string migrationsHistoryTable)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (_sqlite is not null)
        {
            builder.UseSqlite(_options.EffectiveConnectionString, o => o.MigrationsHistoryTable(migrationsHistoryTable))
                .AddInterceptors(new SqliteDurabilityInterceptor());
        }
        else
        {
            builder.UseNpgsql(_options.EffectiveConnectionString, o => o.MigrationsHistoryTable(migrationsHistoryTable));
        }
    }

    /// <summary>
    /// Applies another context's migrations to this database; on PostgreSQL under an advisory lock
    /// of its own (<paramref name="lockKey"/>), so several nodes starting at once do it once.
    /// </summary>
    public async Task MigrateContextAsync(DbContext db, long lockKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (_postgres is not null)
        {
            await MigrateUnderAdvisoryLockAsync(db, lockKey, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A new context; migrations are applied first if they have not been yet.</summary>
    public async ValueTask<ConfidantDbContext> CreateAsync(CancellationToken cancellationToken = default)
    {
        if (!_migrated && _options.MigrateOnStart)
        {
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        return Create();
    }

    /// <summary>
    /// An open connection to the database, without an EF Core context, for hot paths that run one
    /// plain statement (creating a context costs more than the query). Same settings as the
    /// contexts' connections; the caller disposes it.
    /// </summary>
    public async ValueTask<System.Data.Common.DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        if (!_migrated && _options.MigrateOnStart)
        {
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        System.Data.Common.DbConnection connection = _sqlite is not null
            ? new Microsoft.Data.Sqlite.SqliteConnection(_options.EffectiveConnectionString)
            : new Npgsql.NpgsqlConnection(_options.EffectiveConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (_sqlite is not null)
            {
                await SqliteDurabilityInterceptor.SetUpAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Applies pending migrations.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await _migrating.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_migrated)
            {
                return;
            }

            var db = Create();
            await using (db.ConfigureAwait(false))
            {
                if (_postgres is not null)
                {
                    await MigrateUnderAdvisoryLockAsync(db, 0x436f6e666964616e /* "Confidan" */, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    // SQLite: EF Core takes its own database-wide migration lock.
                    await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            RestrictSqliteFiles();

            _migrated = true;
        }
        finally
        {
            _migrating.Release();
        }
    }

    /// <summary>
    /// Several nodes starting at once on a new PostgreSQL database would each try to create the
    /// tables; a session advisory lock, held on a connection of its own, lets one migrate while the
    /// others wait and then find nothing left to do.
    /// </summary>
    private static async Task MigrateUnderAdvisoryLockAsync(DbContext db, long lockKey, CancellationToken cancellationToken)
    {
        var connection = new Npgsql.NpgsqlConnection(db.Database.GetConnectionString());
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({lockKey})", connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            try
            {
                await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                var unlock = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_unlock({lockKey})", connection);
                await using (unlock.ConfigureAwait(false))
                {
                    await unlock.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>Releases the migration lock.</summary>
    public void Dispose()
    {
        _migrating.Dispose();
        _sqliteWriter.Dispose();
    }

    internal ConfidantDbContext Create() => _sqlite is not null
        ? new SqliteConfidantDbContext(_sqlite)
        : new PostgresConfidantDbContext(_postgres!);

    /// <summary>
    /// The database file holds nothing readable, but its metadata (who talked when) is still
    /// nobody else's business: owner-only, like the key file.
    /// </summary>
    private void RestrictSqliteFiles()
    {
        if (_sqlite is null || OperatingSystem.IsWindows())
        {
            return;
        }

        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(_options.EffectiveConnectionString);
        if (builder.Mode == Microsoft.Data.Sqlite.SqliteOpenMode.Memory || string.IsNullOrEmpty(builder.DataSource))
        {
            return;
        }

        var file = Path.GetFullPath(builder.DataSource);
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            if (File.Exists(path))
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (builder.Mode != Microsoft.Data.Sqlite.SqliteOpenMode.Memory && folder is not null && !Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }
}
