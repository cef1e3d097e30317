using System.CommandLine;
using System.Data.Common;
using Confidant.Audit;
using Confidant.Audit.Checkpoints;
using Confidant.Protection;
using Confidant.Storage;
using Confidant.Storage.Keys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Cli;

/// <summary>
/// The services of a data folder (embedded SQLite and key file) or of a PostgreSQL database, for
/// the commands an operator runs on the installation's own data (<c>keys</c>, and the audit
/// commands that read the ledger). One place builds them, makes the server's start-up key file
/// check, and turns the failures of opening them into one <c>CODE: message</c> line.
/// </summary>
internal static class DataFolderServices
{
    /// <summary>There is no database where the command was pointed.</summary>
    public const string NoDatabase = "CONF-CLI-002";

    /// <summary>The database failed (locked, corrupt, unreachable).</summary>
    public const string DatabaseFailed = "CONF-CLI-003";

    /// <summary>The log's checkpoints are for another origin than the one given with <c>--origin</c>.</summary>
    public const string OriginMismatch = "CONF-CLI-106";

    /// <summary>The <c>--data</c> option.</summary>
    public static Option<DirectoryInfo> CreateDataOption(bool recursive = false) => new("--data")
    {
        Description = "The data folder (key file in keys/kek.json, database confidant.db).",
        DefaultValueFactory = _ => new DirectoryInfo("data"),
        Recursive = recursive,
    };

    /// <summary>The <c>--postgres</c> option.</summary>
    public static Option<string?> CreatePostgresOption(bool recursive = false) => new("--postgres")
    {
        Description = "A PostgreSQL connection string (the key file stays in the data folder).",
        Recursive = recursive,
    };

    /// <summary>
    /// Builds the services of <paramref name="source"/>, checks the key file as the server does at
    /// start-up, and runs <paramref name="action"/>, whose result is the exit code. A missing
    /// database, a key file problem or a database failure is written as <c>CODE: message</c> and
    /// returns <paramref name="unusableExitCode"/>; other exceptions are left to the caller.
    /// The audit ledger is registered for the log of <paramref name="origin"/> (null: the origin
    /// of the stored checkpoints, else the default), its checkpoint schedule never started.
    /// <paramref name="more"/> adds what one command needs besides (the accounts, say).
    /// </summary>
    public static int Run(CliEnvironment environment, DataSource source, Func<IServiceProvider, Task<int>> action, int unusableExitCode, string? origin = null, Action<IServiceCollection>? more = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(action);
        if (source.Postgres is null && !File.Exists(source.SqlitePath))
        {
            environment.Error.WriteLine($"{NoDatabase}: there is no database in '{source.Data.FullName}' (use --data to point at the data folder, or --postgres).");
            return unusableExitCode;
        }

        try
        {
            return RunAsync(environment, source, action, unusableExitCode, origin, more).GetAwaiter().GetResult();
        }
        catch (ProtectionException ex)
        {
            environment.Error.WriteLine(ex.Message);
            return unusableExitCode;
        }
        catch (DbException ex)
        {
            environment.Error.WriteLine($"{DatabaseFailed}: the database failed: {ex.Message}");
            return unusableExitCode;
        }
        catch (AuditException ex) when (ex.Code == AuditErrorCodes.CommitOutcomeUnknown)
        {
            environment.Error.WriteLine($"{DatabaseFailed}: the database failed while committing ({ex.InnerException?.Message}); what was being recorded may or may not be stored.");
            return unusableExitCode;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<int> RunAsync(CliEnvironment environment, DataSource source, Func<IServiceProvider, Task<int>> action, int unusableExitCode, string? origin, Action<IServiceCollection>? more)
    {
        string? resolvedOrigin = null;
        var collection = new ServiceCollection();
        more?.Invoke(collection);
        var services = collection
            .AddConfidantProtection(o => o.KeyFilePath = source.KeyFilePath)
            .AddConfidantStorage(o =>
            {
                o.Provider = source.Postgres is null ? StorageProvider.Sqlite : StorageProvider.PostgreSql;
                o.ConnectionString = source.Postgres ?? $"Data Source={source.SqlitePath}";
            })

            // Options are read when the ledger is first resolved, after the origin is known.
            .AddConfidantAudit(o => o.Origin = resolvedOrigin ?? o.Origin)
            .BuildServiceProvider();
        await using (services.ConfigureAwait(false))
        {
            // The same check the server makes at start-up: never run on a new key file while the
            // database holds keys wrapped by the original one. Made on its own rather than by
            // resolving the hosted services, so nothing else of the server's background is created.
            await ActivatorUtilities.CreateInstance<KeyFileGuard>(services).StartAsync(CancellationToken.None).ConfigureAwait(false);

            var stored = await StoredOriginAsync(services.GetRequiredService<ConfidantDbFactory>()).ConfigureAwait(false);
            if (origin is not null && stored is not null && !string.Equals(origin, stored, StringComparison.Ordinal))
            {
                // Signing under another origin would start a second log with its own key in the same tables.
                environment.Error.WriteLine($"{OriginMismatch}: the log's checkpoints are for the origin '{stored}', not '{origin}'.");
                return unusableExitCode;
            }

            resolvedOrigin = origin ?? stored;
            return await action(services).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The origin of the latest stored checkpoint, read without checking its signature: it only
    /// names the log (and so its signing key); every use of a checkpoint still verifies it.
    /// </summary>
    private static async Task<string?> StoredOriginAsync(ConfidantDbFactory factory)
    {
        var db = await factory.CreateAsync().ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var note = await db.Database
                .SqlQuery<string>($"""SELECT "Note" AS "Value" FROM "audit_checkpoints" ORDER BY "Size" DESC LIMIT 1""")
                .FirstOrDefaultAsync().ConfigureAwait(false);
            if (note is null)
            {
                return null;
            }

            try
            {
                return Checkpoint.Parse(SignedNote.Parse(note).Text).Origin;
            }
            catch (CheckpointException)
            {
                return null; // a damaged note is reported by verification, not here
            }
        }
    }
}
