using Microsoft.EntityFrameworkCore;

namespace Confidant.Storage;

/// <summary>
/// Makes rows just deleted or overwritten leave the database files now, not at some later
/// checkpoint or vacuum: SQLite (whose secure_delete zeroes the freed pages) copies the WAL back and
/// truncates it; PostgreSQL vacuums the table so the dead rows' space is cleared. Backups and WAL
/// archives made before keep them; the key-encryption key is what protects those.
/// </summary>
public static class ReleasedRows
{
    private const int Attempts = 3;
    private static readonly TimeSpan Backoff = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Purges <paramref name="table"/>'s released rows. Returns false when SQLite reported the
    /// checkpoint "busy" (another connection kept it from finishing) every time it was tried: the
    /// next checkpoint finishes the job, and the caller should say so.
    /// </summary>
    public static async Task<bool> PurgeAsync(DbContext db, string table, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(table);
        if (!table.All(c => c is '_' or (>= 'a' and <= 'z')))
        {
            throw new ArgumentException("A table name is lower-case letters and underscores.", nameof(table));
        }

        if (!db.Database.IsSqlite())
        {
#pragma warning disable EF1003 // an identifier cannot be a parameter; the name was checked above
            await db.Database.ExecuteSqlRawAsync("VACUUM \"" + table + "\"", cancellationToken).ConfigureAwait(false);
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
