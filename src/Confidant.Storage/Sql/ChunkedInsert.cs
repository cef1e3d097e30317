using System.Data.Common;
using System.Text;

namespace Confidant.Storage.Sql;

/// <summary>
/// Inserts many rows with multi-row <c>INSERT ... VALUES (...), (...)</c> statements on an open
/// connection and transaction: per-statement overhead, not the database, dominates the cost of
/// one-row inserts. The full-chunk command is prepared once and reused for the following chunks.
/// The SQL is plain enough for both providers.
/// </summary>
public static class ChunkedInsert
{
    // Microsoft.Data.Sqlite binds each parameter by name, and SQLite finds a name by a linear scan of
    // the statement's parameters: binding cost grows with the square of the parameter count. About
    // 48 parameters (4 message rows of 12 columns) is where fewer statements stop paying for it:
    // measured with SqliteStorageBenchmarks, 24 to 64 within noise of each other, 96 about 10% slower.
    private const int SqliteParametersPerStatement = 48;

    // Npgsql does not look names up this way, and each statement is a round trip, so larger
    // statements pay there. Not tuned: the value used before the SQLite figure was measured.
    private const int PostgresParametersPerStatement = 96;

    /// <summary>Inserts <paramref name="rows"/>, binding each with <paramref name="bind"/> (one parameter per column, in order).</summary>
    public static async Task InsertAsync<TRow>(DbConnection connection, DbTransaction transaction, SqlTable table, IReadOnlyList<TRow> rows, Action<TRow, Span<DbParameter>> bind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(bind);
        var perStatement = connection is Microsoft.Data.Sqlite.SqliteConnection ? SqliteParametersPerStatement : PostgresParametersPerStatement;
        var rowsPerStatement = Math.Max(1, perStatement / table.Columns.Length);
        DbCommand? full = null;
        try
        {
            for (var start = 0; start < rows.Count; start += rowsPerStatement)
            {
                var count = Math.Min(rowsPerStatement, rows.Count - start);
                var reusable = count == rowsPerStatement && rows.Count > rowsPerStatement;
                var command = reusable && full is not null ? full : Create(connection, transaction, table, count);
                try
                {
                    var parameters = command.Parameters.Cast<DbParameter>().ToArray();
                    for (var i = 0; i < count; i++)
                    {
                        bind(rows[start + i], parameters.AsSpan(i * table.Columns.Length, table.Columns.Length));
                    }

                    if (reusable && full is null)
                    {
                        await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
                        full = command;
                    }

                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    if (command != full)
                    {
                        await command.DisposeAsync().ConfigureAwait(false);
                    }
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Adds a named parameter to <paramref name="command"/>.</summary>
    public static DbParameter AddParameter(DbCommand command, string name)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static DbCommand Create(DbConnection connection, DbTransaction transaction, SqlTable table, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder($"INSERT INTO \"{table.Name}\" (");
        sql.AppendJoin(", ", table.Columns.Select(c => $"\"{c}\"")).Append(") VALUES ");
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < table.Columns.Length; c++)
            {
                var name = $"@p{r}_{c}";
                sql.Append(c == 0 ? name : ", " + name);
                var parameter = AddParameter(command, name);
                if (table.NullableBinaryColumns.Contains(table.Columns[c]))
                {
                    parameter.DbType = System.Data.DbType.Binary;
                }
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        return command;
    }
}
