using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Confidant.Storage.Conversations;

/// <summary>
/// Writes sealed messages with prepared commands on the context's connection: the hot write path,
/// where EF Core's change tracking cost several times the database's own work. One statement
/// allocates sequence numbers by bumping the conversation's counter (and so also checks the
/// conversation exists and belongs to the customer); then one insert per message and per view.
/// The SQL is the same on both providers; only parameter values are converted to how each
/// provider's EF mapping stores them (SQLite: GUIDs as upper-case text, times as UTC ticks).
/// </summary>
internal sealed class MessageWriter
{
    private const string AllocateSql =
        """UPDATE "conversations" SET "MessageCount" = "MessageCount" + @count WHERE "TenantId" = @tenant AND "Id" = @conversation AND "SubjectId" = @subject RETURNING "MessageCount" """;

    private const string InsertMessageSql =
        """INSERT INTO "messages" ("TenantId", "Id", "ConversationId", "SubjectId", "Sequence", "Direction", "CreatedAt", "RetainUntil", "KeyVersion", "SealedOriginal", "FindingsSummary") VALUES (@tenant, @id, @conversation, @subject, @sequence, @direction, @created, @retain, @version, @original, @findings)""";

    private const string InsertViewSql =
        """INSERT INTO "message_views" ("TenantId", "MessageId", "Sink", "KeyVersion", "Sealed") VALUES (@tenant, @message, @sink, @version, @sealed)""";

    private static readonly string[] MessageParameters = ["@tenant", "@id", "@conversation", "@subject", "@sequence", "@direction", "@created", "@retain", "@version", "@original", "@findings"];
    private static readonly string[] ViewParameters = ["@tenant", "@message", "@sink", "@version", "@sealed"];

    private readonly bool _sqlite;

    public MessageWriter(StorageProvider provider) => _sqlite = provider == StorageProvider.Sqlite;

    /// <summary>Writes the rows in one transaction; throws <see cref="StorageException"/> when a conversation is missing.</summary>
    public async Task WriteAsync(ConfidantDbContext db, IReadOnlyList<MessageRow> rows, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var connection = db.Database.GetDbConnection();
                var dbTransaction = transaction.GetDbTransaction();
                await AllocateSequencesAsync(connection, dbTransaction, rows, cancellationToken).ConfigureAwait(false);
                await InsertAsync(connection, dbTransaction, rows, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private async Task AllocateSequencesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<MessageRow> rows, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = AllocateSql;
            var count = Add(command, "@count");
            var tenant = Add(command, "@tenant");
            var conversation = Add(command, "@conversation");
            var subject = Add(command, "@subject");
            foreach (var group in rows.GroupBy(r => (r.TenantId, r.ConversationId, r.SubjectId)))
            {
                var members = group.ToList();
                count.Value = (long)members.Count;
                tenant.Value = group.Key.TenantId;
                conversation.Value = Guid(group.Key.ConversationId);
                subject.Value = group.Key.SubjectId;
                var last = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                if (last is null or DBNull)
                {
                    throw new StorageException(StorageErrorCodes.ConversationNotFound, $"conversation {group.Key.ConversationId} does not exist for this tenant and customer.");
                }

                var next = Convert.ToInt64(last, System.Globalization.CultureInfo.InvariantCulture) - members.Count;
                foreach (var row in members)
                {
                    row.Sequence = ++next;
                }
            }
        }
    }

    private async Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<MessageRow> rows, CancellationToken cancellationToken)
    {
        var message = connection.CreateCommand();
        var view = connection.CreateCommand();
        await using (message.ConfigureAwait(false))
        await using (view.ConfigureAwait(false))
        {
            message.Transaction = transaction;
            message.CommandText = InsertMessageSql;
            var m = MessageParameters.Select(name => Add(message, name)).ToArray();
            view.Transaction = transaction;
            view.CommandText = InsertViewSql;
            var v = ViewParameters.Select(name => Add(view, name)).ToArray();
            // Prepared once the first values are bound (Npgsql infers parameter types from them).
            var prepare = rows.Count > 1;
            var messagePrepared = false;
            var viewPrepared = false;
            foreach (var row in rows)
            {
                m[0].Value = row.TenantId;
                m[1].Value = Guid(row.Id);
                m[2].Value = Guid(row.ConversationId);
                m[3].Value = row.SubjectId;
                m[4].Value = row.Sequence;
                m[5].Value = (int)row.Direction;
                m[6].Value = Time(row.CreatedAt);
                m[7].Value = Time(row.RetainUntil);
                m[8].Value = row.KeyVersion;
                m[9].Value = (object?)row.SealedOriginal ?? DBNull.Value;
                m[10].Value = row.FindingsSummary;
                if (prepare && !messagePrepared && row.SealedOriginal is not null)
                {
                    await message.PrepareAsync(cancellationToken).ConfigureAwait(false);
                    messagePrepared = true;
                }

                await message.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                foreach (var sealedView in row.Views)
                {
                    v[0].Value = row.TenantId;
                    v[1].Value = Guid(row.Id);
                    v[2].Value = sealedView.Sink;
                    v[3].Value = sealedView.KeyVersion;
                    v[4].Value = sealedView.Sealed;
                    if (prepare && !viewPrepared)
                    {
                        await view.PrepareAsync(cancellationToken).ConfigureAwait(false);
                        viewPrepared = true;
                    }

                    await view.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    // How EF Core's SQLite provider stores a GUID: upper-case text. PostgreSQL has a uuid type.
    private object Guid(Guid value) => _sqlite ? value.ToString().ToUpperInvariant() : value;

    // SqliteConfidantDbContext stores times as UTC ticks; PostgreSQL as timestamptz.
    private object Time(DateTimeOffset value) => _sqlite ? value.UtcTicks : value.ToUniversalTime();
}
