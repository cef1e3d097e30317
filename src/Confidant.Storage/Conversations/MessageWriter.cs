using System.Data.Common;
using Confidant.Protection.Sealing;
using Confidant.Storage.Sql;

namespace Confidant.Storage.Conversations;

/// <summary>
/// Writes sealed messages (and conversations started with them) with plain commands in the
/// caller's transaction: the hot write path,
/// where EF Core's change tracking cost several times the database's own work. One statement
/// allocates sequence numbers by bumping the conversation's counter (and so also checks the
/// conversation exists and belongs to the customer, and marks a hand-off to a human agent); then
/// multi-row inserts of the messages (each with its views packed in its row).
/// The SQL is the same on both providers; only parameter values are converted to how each
/// provider's EF mapping stores them (SQLite: GUIDs as 16 bytes, times as UTC ticks).
/// </summary>
internal sealed class MessageWriter
{
    // Bumps the conversation's counter and returns it; with a state, also saves the conversation's
    // new sealed state (no extra statement for it); with a hand-off, marks it (the first hand-off's
    // time is kept). The hand-off column is only named when it is set: SQLite rewrites an index
    // entry for every indexed column an UPDATE names, changed or not.
    private static string AllocateSql(bool withState, bool handoff) =>
        """UPDATE "conversations" SET "MessageCount" = "MessageCount" + @count"""
        + (withState ? """, "SealedState" = @state, "KeyVersion" = @keyVersion""" : "")
        + (handoff ? """, "HandedOffAt" = COALESCE("HandedOffAt", @handoff)""" : "")
        + """ WHERE "TenantId" = @tenant AND "Id" = @conversation AND "SubjectId" = @subject RETURNING "MessageCount" """;

    // Plain statements: a conversation starts every few messages, and an EF Core context with its
    // existence queries cost several times the inserts.
    private const string StartSql = """
        INSERT INTO "tenants" ("Id", "CreatedAt") VALUES (@tenant, @now) ON CONFLICT DO NOTHING;
        INSERT INTO "subjects" ("TenantId", "Id", "CreatedAt") VALUES (@tenant, @subject, @now) ON CONFLICT DO NOTHING;
        INSERT INTO "conversations" ("TenantId", "Id", "SubjectId", "StartedAt", "RetainUntil", "MessageCount", "KeyVersion") VALUES (@tenant, @id, @subject, @now, @retain, 0, 0);
        """;

    private static readonly SqlTable MessageTable = new("messages", ["TenantId", "Id", "ConversationId", "SubjectId", "Sequence", "Direction", "CreatedAt", "RetainUntil", "KeyVersion", "SealedOriginal", "SealedViews", "FindingsSummary"], "SealedOriginal", "SealedViews");

    private readonly bool _sqlite;

    public MessageWriter(StorageProvider provider) => _sqlite = provider == StorageProvider.Sqlite;

    /// <summary>
    /// Writes the rows, the conversations' new sealed states and their hand-offs (each marked at its
    /// time) in the caller's <paramref name="transaction"/>; throws <see cref="StorageException"/>
    /// when a conversation is missing.
    /// </summary>
    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, SealedMessages messages, CancellationToken cancellationToken)
    {
        foreach (var start in messages.Starts)
        {
            await StartAsync(connection, transaction, start, cancellationToken).ConfigureAwait(false);
        }

        await AllocateSequencesAsync(connection, transaction, messages, cancellationToken).ConfigureAwait(false);
        await InsertAsync(connection, transaction, messages.Rows, cancellationToken).ConfigureAwait(false);
    }

    // The conversation's row, and its tenant's and customer's when missing.
    private async Task StartAsync(DbConnection connection, DbTransaction transaction, ConversationStart start, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = StartSql;
            ChunkedInsert.AddParameter(command, "@tenant").Value = start.TenantId;
            ChunkedInsert.AddParameter(command, "@subject").Value = start.SubjectId;
            ChunkedInsert.AddParameter(command, "@id").Value = GuidValue(start.Id);
            ChunkedInsert.AddParameter(command, "@now").Value = TimeValue(start.StartedAt);
            ChunkedInsert.AddParameter(command, "@retain").Value = TimeValue(start.RetainUntil);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task AllocateSequencesAsync(DbConnection connection, DbTransaction transaction, SealedMessages messages, CancellationToken cancellationToken)
    {
        // Up to four variants of the statement (with or without a state, with or without a hand-off), made when first needed.
        var commands = new DbCommand?[4];
        try
        {
            // In a fixed order, so two nodes' batches touching the same conversations lock their rows in the same order.
            foreach (var group in messages.Rows.GroupBy(ConversationKey.Of).OrderBy(g => g.Key.TenantId, StringComparer.Ordinal).ThenBy(g => g.Key.ConversationId))
            {
                var members = group.ToList();
                var withState = messages.States.TryGetValue(group.Key, out var state);
                var handoff = messages.Handoffs.TryGetValue(group.Key, out var handedOffAt);
                var command = commands[(withState ? 1 : 0) + (handoff ? 2 : 0)] ??= CreateAllocateCommand(connection, transaction, withState, handoff);
                if (withState)
                {
                    command.Parameters["@state"].Value = state;
                    command.Parameters["@keyVersion"].Value = Envelope.ReadHeader(state!).KeyVersion;
                }

                if (handoff)
                {
                    command.Parameters["@handoff"].Value = TimeValue(handedOffAt);
                }

                command.Parameters["@count"].Value = (long)members.Count;
                command.Parameters["@tenant"].Value = group.Key.TenantId;
                command.Parameters["@conversation"].Value = GuidValue(group.Key.ConversationId);
                command.Parameters["@subject"].Value = group.Key.SubjectId;
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
        finally
        {
            foreach (var command in commands)
            {
                if (command is not null)
                {
                    await command.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
    }

    private static DbCommand CreateAllocateCommand(DbConnection connection, DbTransaction transaction, bool withState, bool handoff)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = AllocateSql(withState, handoff);
        ChunkedInsert.AddParameter(command, "@count");
        ChunkedInsert.AddParameter(command, "@tenant");
        ChunkedInsert.AddParameter(command, "@conversation");
        ChunkedInsert.AddParameter(command, "@subject");
        if (withState)
        {
            ChunkedInsert.AddParameter(command, "@state").DbType = System.Data.DbType.Binary;
            ChunkedInsert.AddParameter(command, "@keyVersion");
        }

        if (handoff)
        {
            ChunkedInsert.AddParameter(command, "@handoff");
        }

        return command;
    }

    private Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<MessageRow> rows, CancellationToken cancellationToken) =>
        ChunkedInsert.InsertAsync(connection, transaction, MessageTable, rows, BindMessage, cancellationToken);

    private void BindMessage(MessageRow row, Span<DbParameter> p)
    {
        p[0].Value = row.TenantId;
        p[1].Value = GuidValue(row.Id);
        p[2].Value = GuidValue(row.ConversationId);
        p[3].Value = row.SubjectId;
        p[4].Value = row.Sequence;
        p[5].Value = (int)row.Direction;
        p[6].Value = TimeValue(row.CreatedAt);
        p[7].Value = TimeValue(row.RetainUntil);
        p[8].Value = row.KeyVersion;
        p[9].Value = (object?)row.SealedOriginal ?? DBNull.Value;
        p[10].Value = (object?)row.SealedViews ?? DBNull.Value;
        p[11].Value = row.FindingsSummary;
    }

    // SqliteConfidantDbContext stores GUIDs as 16 big-endian bytes (BigEndianGuidConverter); PostgreSQL has a uuid type.
    /// <summary>A GUID as a parameter value for this provider's mapping.</summary>
    public object GuidValue(Guid value) => _sqlite ? value.ToByteArray(bigEndian: true) : value;

    // SqliteConfidantDbContext stores times as UTC ticks; PostgreSQL as timestamptz.
    /// <summary>A time as a parameter value for this provider's mapping.</summary>
    public object TimeValue(DateTimeOffset value) => _sqlite ? value.UtcTicks : value.ToUniversalTime();

}
