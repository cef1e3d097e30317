using System.Data.Common;

namespace Confidant.Storage.Sql;

/// <summary>
/// One plain statement on a pooled connection (<see cref="ConfidantDbFactory.OpenConnectionAsync"/>),
/// for reads and small writes on hot or simple paths where an EF Core context costs more than the
/// statement. Parameters are bound by <c>bind</c>; SQL text never holds a value.
/// </summary>
public static class PlainSql
{
    /// <summary>Runs a query and hands each row to <paramref name="read"/>.</summary>
    public static async Task QueryAsync(ConfidantDbFactory factory, string sql, Action<DbCommand> bind, Action<DbDataReader> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(read);
        var connection = await factory.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = Command(connection, sql, bind);
            await using (command.ConfigureAwait(false))
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        read(reader);
                    }
                }
            }
        }
    }

    /// <summary>Runs a statement; returns the number of rows it changed.</summary>
    public static async Task<int> ExecuteAsync(ConfidantDbFactory factory, string sql, Action<DbCommand> bind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var connection = await factory.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = Command(connection, sql, bind);
            await using (command.ConfigureAwait(false))
            {
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static DbCommand Command(DbConnection connection, string sql, Action<DbCommand> bind)
    {
        ArgumentNullException.ThrowIfNull(bind);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        return command;
    }
}
