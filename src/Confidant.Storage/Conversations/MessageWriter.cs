using System.Data.Common;
using Confidant.Storage.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Confidant.Storage.Conversations;

/// <summary>
/// Writes sealed messages with prepared commands on the context's connection: the hot write path,
/// where EF Core's change tracking cost several times the database's own work. One statement
/// allocates sequence numbers by bumping the conversation's counter (and so also checks the
/// conversation exists and belongs to the customer); then one insert per message and per view.
/// The SQL is the same on both providers; only parameter values are converted to how each
/// provider's EF mapping stores them (SQLite: GUIDs as 16 bytes, times as UTC ticks).
/// </summary>
internal sealed class MessageWriter
{
    private const string AllocateSql =
        """UPDATE "conversations" SET "MessageCount" = "MessageCount" + @count WHERE "TenantId" = @tenant AND "Id" = @conversation AND "SubjectId" = @subject RETURNING "MessageCount" """;

    private static readonly SqlTable MessageTable = new("messages", ["TenantId", "Id", "ConversationId", "SubjectId", "Sequence", "Direction", "CreatedAt", "RetainUntil", "KeyVersion", "SealedOriginal", "FindingsSummary"], "SealedOriginal");
    private static readonly SqlTable ViewTable = new("message_views", ["TenantId", "MessageId", "Sink", "KeyVersion", "Sealed"]);

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
            var count = ChunkedInsert.AddParameter(command, "@count");
            var tenant = ChunkedInsert.AddParameter(command, "@tenant");
            var conversation = ChunkedInsert.AddParameter(command, "@conversation");
            var subject = ChunkedInsert.AddParameter(command, "@subject");
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
        await ChunkedInsert.InsertAsync(connection, transaction, MessageTable, rows, BindMessage, cancellationToken).ConfigureAwait(false);
        var views = rows.SelectMany(r => r.Views).ToList();
        await ChunkedInsert.InsertAsync(connection, transaction, ViewTable, views, BindView, cancellationToken).ConfigureAwait(false);
    }

    private void BindMessage(MessageRow row, Span<DbParameter> p)
    {
        p[0].Value = row.TenantId;
        p[1].Value = Guid(row.Id);
        p[2].Value = Guid(row.ConversationId);
        p[3].Value = row.SubjectId;
        p[4].Value = row.Sequence;
        p[5].Value = (int)row.Direction;
        p[6].Value = Time(row.CreatedAt);
        p[7].Value = Time(row.RetainUntil);
        p[8].Value = row.KeyVersion;
        p[9].Value = (object?)row.SealedOriginal ?? DBNull.Value;
        p[10].Value = row.FindingsSummary;
    }

    private void BindView(MessageViewRow view, Span<DbParameter> p)
    {
        p[0].Value = view.TenantId;
        p[1].Value = Guid(view.MessageId);
        p[2].Value = view.Sink;
        p[3].Value = view.KeyVersion;
        p[4].Value = view.Sealed;
    }

    // SqliteConfidantDbContext stores GUIDs as 16 big-endian bytes (BigEndianGuidConverter); PostgreSQL has a uuid type.
    private object Guid(Guid value) => _sqlite ? value.ToByteArray(bigEndian: true) : value;

    // SqliteConfidantDbContext stores times as UTC ticks; PostgreSQL as timestamptz.
    private object Time(DateTimeOffset value) => _sqlite ? value.UtcTicks : value.ToUniversalTime();

}
