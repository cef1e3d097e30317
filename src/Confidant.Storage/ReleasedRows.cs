using Microsoft.EntityFrameworkCore;

namespace Confidant.Storage;

/// <summary>
/// Makes rows just deleted or overwritten leave the database files as far as the database allows,
/// now rather than at some later checkpoint or vacuum. SQLite (whose secure_delete zeroes freed
/// pages) copies the WAL back and truncates it: the rows are gone from the files. PostgreSQL
/// vacuums the tables: the dead rows' space becomes free for reuse, but is not zeroed, and rows an
/// open snapshot can still see are kept until a later vacuum. Backups and WAL archives made before
/// keep them all.
/// </summary>
public static class ReleasedRows
{
    /// <summary>How many times SQLite's checkpoint is tried while other connections hold the log (each try already waits up to the busy timeout).</summary>
    public const int Attempts = 3;
    private static readonly TimeSpan Backoff = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Purges the released rows of <paramref name="tables"/> (outside any transaction). Returns
    /// false when SQLite reported the checkpoint "busy" (another connection kept it from finishing)
    /// every time it was tried: the next checkpoint finishes the job, and the caller should say so.
    /// </summary>
    public static async Task<bool> PurgeAsync(DbContext db, IReadOnlyList<string> tables, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tables);
        if (tables.Any(t => t.Length == 0 || !t.All(c => c is '_' or (>= 'a' and <= 'z'))))
        {
            throw new ArgumentException("A table name is lower-case letters and underscores.", nameof(tables));
        }

        if (!db.Database.IsSqlite())
        {
#pragma warning disable EF1003 // identifiers cannot be parameters; the names were checked above
            await db.Database.ExecuteSqlRawAsync("VACUUM " + string.Join(", ", tables.Select(t => "\"" + t + "\"")), cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1003
            return true;
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 1; attempt <= Attempts; attempt++)
            {
                var command = connection.CreateCommand();
                await using (command.ConfigureAwait(false))
                {
                    // One row: busy (1 when another connection kept the checkpoint from finishing),
                    // pages in the log, pages copied. Only the first column matters.
                    command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                    if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not long busy || busy == 0)
                    {
                        return true;
                    }
                }

                if (attempt < Attempts)
                {
                    await Task.Delay(Backoff * attempt, cancellationToken).ConfigureAwait(false);
                }
            }

            return false;
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
