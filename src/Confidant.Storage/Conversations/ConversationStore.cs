using System.Data.Common;
using System.Text.Json;
using Confidant.Protection;
using Confidant.Protection.Keys;
using Confidant.Protection.Sealing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using Confidant.Storage.Sql;

namespace Confidant.Storage.Conversations;

/// <summary>
/// Conversations and their messages. Every text is sealed under the customer's data key before it
/// is written (the original as kind <c>message.original</c>, bound to the conversation and message;
/// the views as <c>message.view</c>, one per distinct text, bound to the conversation, message and
/// the sinks that share it: <see cref="PackedViews"/>), so the database holds no readable text.
/// Thread-safe; one per process.
/// </summary>
public sealed class ConversationStore
{
    internal const string OriginalKind = "message.original";
    internal const string ViewKind = "message.view";
    internal const string StateKind = "conversation.state";
    internal const string OriginalSink = "original";

    private static readonly System.Buffers.SearchValues<char> SinkNameCharacters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789.-_");

    private readonly ConfidantDbFactory _factory;
    private readonly RecordSealer _sealer;
    private readonly TimeProvider _time;
    private readonly StorageOptions _options;
    private readonly MessageWriter _writer;
    private readonly ILogger<ConversationStore> _logger;

    /// <summary>Creates the store.</summary>
    public ConversationStore(ConfidantDbFactory factory, RecordSealer sealer, TimeProvider timeProvider, IOptions<StorageOptions> options, ILogger<ConversationStore> logger)
    {
        _logger = logger;
        ArgumentNullException.ThrowIfNull(options);
        _factory = factory;
        _sealer = sealer;
        _time = timeProvider;
        _options = options.Value;
        _writer = new MessageWriter(factory.Provider);
    }

    /// <summary>Starts a conversation for a customer in a transaction of its own; returns its id.</summary>
    public async Task<Guid> StartAsync(string tenantId, string subjectId, DateTimeOffset retainUntil, CancellationToken cancellationToken = default)
    {
        var start = PrepareStart(tenantId, subjectId, retainUntil);
        await AppendSealedAsync(start, cancellationToken).ConfigureAwait(false);
        return start.Started[0];
    }

    /// <summary>
    /// A conversation for a customer, given its id but not written: <see cref="WriteSealedAsync"/>
    /// writes it in a caller's transaction (with other requests' messages and the audit entry that
    /// records it: one commit for many requests), or <see cref="AppendSealedAsync"/> in one of its own.
    /// </summary>
    public SealedMessages PrepareStart(string tenantId, string subjectId, DateTimeOffset retainUntil)
    {
        KeyScope.ForSubject(tenantId, subjectId); // validates both ids
        var now = _time.GetUtcNow();
        return SealedMessages.ForStart(new ConversationStart(tenantId, subjectId, Guid.CreateVersion7(now), now, retainUntil));
    }

    /// <summary>The tenant's conversations handed to a human agent, newest first: id, the customer (subject) and when.</summary>
    public async Task<IReadOnlyList<(Guid Id, string SubjectId, DateTimeOffset HandedOffAt)>> ListHandedOffAsync(string tenantId, int max, CancellationToken cancellationToken = default)
    {
        var db = await _factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Conversations.AsNoTracking()
                .Where(c => c.TenantId == tenantId && c.HandedOffAt != null)
                .Select(c => new { c.Id, c.SubjectId, c.HandedOffAt })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.OrderByDescending(r => r.HandedOffAt).Take(max).Select(r => (r.Id, r.SubjectId, r.HandedOffAt!.Value))];
        }
    }

    /// <summary>The customer (subject) of a handed-off conversation, or null when it was not handed off.</summary>
    public async Task<string?> FindHandedOffAsync(string tenantId, Guid conversationId, CancellationToken cancellationToken = default)
    {
        var db = await _factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Conversations.AsNoTracking()
                .Where(c => c.TenantId == tenantId && c.Id == conversationId && c.HandedOffAt != null)
                .Select(c => c.SubjectId)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stores one message in its own durable transaction; returns its id.</summary>
    public async Task<Guid> AppendAsync(NewMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return (await AppendBatchAsync([message], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>
    /// Stores several messages in one transaction (all or none); returns their ids in order.
    /// Messages of one conversation keep the order they have in the batch.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> AppendBatchAsync(IReadOnlyList<NewMessage> messages, CancellationToken cancellationToken = default)
    {
        var sealedMessages = await SealBatchAsync(messages, cancellationToken).ConfigureAwait(false);
        await AppendSealedAsync(sealedMessages, cancellationToken).ConfigureAwait(false);
        return sealedMessages.Ids;
    }

    /// <summary>Stores messages sealed by <see cref="SealBatchAsync"/> in a transaction of their own (all or none).</summary>
    public async Task AppendSealedAsync(SealedMessages sealedMessages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sealedMessages);
        var db = await _factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            using var turn = await _factory.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    await WriteSealedAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), sealedMessages, cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Checks and seals messages for one transaction and gives them their ids, without writing
    /// anything; <see cref="WriteSealedAsync"/> then writes them in a caller's transaction (the
    /// audit ledger's, so a message and its audit entry are committed together).
    /// </summary>
    public async Task<SealedMessages> SealBatchAsync(IReadOnlyList<NewMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count > _options.MaxBatchSize)
        {
            throw new StorageException(StorageErrorCodes.TooLarge, $"a batch of {messages.Count} messages is larger than the {_options.MaxBatchSize} allowed.");
        }

        foreach (var message in messages)
        {
            Validate(message);
        }

        var now = _time.GetUtcNow();
        var rows = new List<MessageRow>(messages.Count);
        var states = new Dictionary<ConversationKey, byte[]>();
        var handoffs = new Dictionary<ConversationKey, DateTimeOffset>();
        foreach (var message in messages)
        {
            rows.Add(await SealAsync(message, now, cancellationToken).ConfigureAwait(false));
            if (message.HandsOffConversation)
            {
                handoffs.TryAdd(ConversationKey.Of(message), now);
            }

            if (message.ConversationState is { } state)
            {
                var context = new RecordContext(message.TenantId, message.SubjectId, StateKind, message.ConversationId.ToString("N"));
                states[ConversationKey.Of(message)] = await _sealer.SealAsync(context, state, cancellationToken).ConfigureAwait(false);
            }
        }

        return new SealedMessages(rows, states, handoffs);
    }

    /// <summary>
    /// Writes sealed messages, the conversations' new states and their hand-offs in the caller's
    /// open <paramref name="transaction"/> on <paramref name="connection"/> (a connection of this
    /// store's database); the caller commits. Throws <see cref="StorageException"/> when a
    /// conversation is missing.
    /// </summary>
    public Task WriteSealedAsync(DbConnection connection, DbTransaction transaction, SealedMessages messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(messages);
        return _writer.WriteAsync(connection, transaction, messages, cancellationToken);
    }

    /// <summary>
    /// Reads a conversation as one sink sees it (pass <c>original</c> for the customer's own original
    /// text, for an export). Messages of an erased customer come back with status
    /// <see cref="StoredTextStatus.Erased"/>, never as an exception or garbage.
    /// </summary>
    public async Task<IReadOnlyList<StoredMessage>> ReadAsync(string tenantId, string subjectId, Guid conversationId, string sink, CancellationToken cancellationToken = default)
    {
        ValidateSink(sink);
        List<MessageRow> rows;
        Dictionary<Guid, byte[]> earlierViews = [];
        var db = await _factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (!await db.Conversations.AnyAsync(c => c.TenantId == tenantId && c.Id == conversationId && c.SubjectId == subjectId, cancellationToken).ConfigureAwait(false))
            {
                throw new StorageException(StorageErrorCodes.ConversationNotFound, $"conversation {conversationId} does not exist for this tenant and customer.");
            }

            rows = await db.Messages.AsNoTracking()
                .Where(m => m.TenantId == tenantId && m.ConversationId == conversationId)
                .OrderBy(m => m.Sequence)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var earlier = sink == OriginalSink ? [] : rows.Where(r => r.SealedViews is null).Select(r => r.Id).ToList();
            if (earlier.Count > 0)
            {
                // Messages stored before views were packed keep a row per sink.
                earlierViews = await db.MessageViews.AsNoTracking()
                    .Where(v => v.TenantId == tenantId && v.Sink == sink && earlier.Contains(v.MessageId))
                    .ToDictionaryAsync(v => v.MessageId, v => v.Sealed, cancellationToken).ConfigureAwait(false);
            }
        }

        var result = new List<StoredMessage>(rows.Count);
        foreach (var row in rows)
        {
            var findings = JsonSerializer.Deserialize(row.FindingsSummary, StorageJsonContext.Default.DictionaryStringInt32) ?? [];
            var (status, sealedText, context) = Locate(tenantId, subjectId, conversationId, row, sink, earlierViews);
            if (status != StoredTextStatus.Available)
            {
                result.Add(new StoredMessage(row.Id, row.Sequence, row.Direction, row.CreatedAt, status, null, findings));
                continue;
            }

            OpenResult opened;
            try
            {
                opened = await _sealer.OpenAsync(context, sealedText, cancellationToken).ConfigureAwait(false);
            }
            catch (ProtectionException ex) when (ex.Code is ProtectionErrorCodes.EnvelopeIntegrity or ProtectionErrorCodes.EnvelopeTruncated or ProtectionErrorCodes.EnvelopeUnknownVersion or ProtectionErrorCodes.EnvelopeUnknownKey)
            {
                // One damaged record must not hide the rest of the conversation.
                Log.RecordCorrupted(_logger, context.Kind, ex.Code);
                result.Add(new StoredMessage(row.Id, row.Sequence, row.Direction, row.CreatedAt, StoredTextStatus.Corrupted, null, findings));
                continue;
            }

            result.Add(opened.Status == OpenStatus.Erased
                ? new StoredMessage(row.Id, row.Sequence, row.Direction, row.CreatedAt, StoredTextStatus.Erased, null, findings)
                : new StoredMessage(row.Id, row.Sequence, row.Direction, row.CreatedAt, StoredTextStatus.Available, System.Text.Encoding.UTF8.GetString(opened.Plaintext), findings));
            if (opened.Status == OpenStatus.Opened)
            {
                System.Security.Cryptography.CryptographicOperations.ZeroMemory(opened.Plaintext);
            }
        }

        return result;
    }

    /// <summary>
    /// Where a message's text for <paramref name="sink"/> is, and the record it opens as:
    /// <see cref="StoredTextStatus.Available"/> with its envelope, or why there is none (not kept
    /// for that sink, or a packed value that is not in its format: corrupted, logged).
    /// </summary>
    private (StoredTextStatus Status, ReadOnlyMemory<byte> Envelope, RecordContext Context) Locate(
        string tenantId, string subjectId, Guid conversationId, MessageRow row, string sink, Dictionary<Guid, byte[]> earlierViews)
    {
        if (sink == OriginalSink)
        {
            var context = new RecordContext(tenantId, subjectId, OriginalKind, OriginalRecordId(conversationId, row.Id));
            return row.SealedOriginal is null ? (StoredTextStatus.NotKept, default, context) : (StoredTextStatus.Available, row.SealedOriginal, context);
        }

        if (row.SealedViews is null)
        {
            var context = new RecordContext(tenantId, subjectId, ViewKind, ViewRecordId(conversationId, row.Id, sink));
            return earlierViews.TryGetValue(row.Id, out var earlier) ? (StoredTextStatus.Available, earlier, context) : (StoredTextStatus.NotKept, default, context);
        }

        try
        {
            var found = PackedViews.TryFind(row.SealedViews, sink, out var sinks, out var envelope);
            var context = new RecordContext(tenantId, subjectId, ViewKind, ViewRecordId(conversationId, row.Id, sinks));
            return (found ? StoredTextStatus.Available : StoredTextStatus.NotKept, envelope, context);
        }
        catch (InvalidDataException)
        {
            Log.RecordCorrupted(_logger, ViewKind, ProtectionErrorCodes.EnvelopeTruncated);
            return (StoredTextStatus.Corrupted, default, default);
        }
    }

    /// <summary>The conversations of a customer, newest first.</summary>
    public async Task<IReadOnlyList<Guid>> ListAsync(string tenantId, string subjectId, CancellationToken cancellationToken = default)
    {
        var db = await _factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Conversations.AsNoTracking()
                .Where(c => c.TenantId == tenantId && c.SubjectId == subjectId)
                .OrderByDescending(c => c.StartedAt)
                .Select(c => c.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stores the conversation's state (such as its pseudonym table, which holds raw values), sealed.</summary>
    public async Task SaveStateAsync(string tenantId, string subjectId, Guid conversationId, ReadOnlyMemory<byte> state, CancellationToken cancellationToken = default)
    {
        var context = new RecordContext(tenantId, subjectId, StateKind, conversationId.ToString("N"));
        var sealedState = await _sealer.SealAsync(context, state, cancellationToken).ConfigureAwait(false);
        var db = await _factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var updated = await db.Conversations
                .Where(c => c.TenantId == tenantId && c.Id == conversationId && c.SubjectId == subjectId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.SealedState, sealedState).SetProperty(c => c.KeyVersion, Envelope.ReadHeader(sealedState).KeyVersion), cancellationToken)
                .ConfigureAwait(false);
            if (updated == 0)
            {
                throw new StorageException(StorageErrorCodes.ConversationNotFound, $"conversation {conversationId} does not exist for this tenant and customer.");
            }
        }
    }

    /// <summary>The conversation's state, opened; null when none was saved, the conversation does not exist, or the customer was erased.</summary>
    public async Task<byte[]?> LoadStateAsync(string tenantId, string subjectId, Guid conversationId, CancellationToken cancellationToken = default) =>
        (await TryLoadStateAsync(tenantId, subjectId, conversationId, cancellationToken).ConfigureAwait(false)).State;

    /// <summary>Whether the conversation exists for this tenant and customer (nothing is opened).</summary>
    public async Task<bool> ExistsAsync(string tenantId, string subjectId, Guid conversationId, CancellationToken cancellationToken = default)
    {
        var found = false;
        await PlainSql.QueryAsync(_factory, """SELECT 1 FROM "conversations" WHERE "TenantId" = @tenant AND "Id" = @id AND "SubjectId" = @subject""", c => BindConversation(c, tenantId, subjectId, conversationId), _ => found = true, cancellationToken).ConfigureAwait(false);
        return found;
    }

    /// <summary>
    /// Whether messages sealed by <see cref="SealBatchAsync"/> (or a conversation prepared by
    /// <see cref="PrepareStart"/>) are stored (they are written all or none, so the first one
    /// tells): after a write whose outcome is unknown.
    /// </summary>
    public async Task<bool> ContainsAsync(SealedMessages messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Rows.Count == 0)
        {
            return messages.Starts.Count > 0 && await ExistsAsync(messages.Starts[0].TenantId, messages.Starts[0].SubjectId, messages.Starts[0].Id, cancellationToken).ConfigureAwait(false);
        }

        var first = messages.Rows[0];
        var found = false;
        await PlainSql.QueryAsync(_factory, """SELECT 1 FROM "messages" WHERE "TenantId" = @tenant AND "Id" = @id""", c =>
        {
            ChunkedInsert.AddParameter(c, "@tenant").Value = first.TenantId;
            ChunkedInsert.AddParameter(c, "@id").Value = _writer.GuidValue(first.Id);
        }, _ => found = true, cancellationToken).ConfigureAwait(false);
        return found;
    }

    /// <summary>
    /// Whether the conversation exists for this tenant and customer, and its state, opened (null
    /// when none was saved or the customer was erased): one query for both.
    /// </summary>
    public async Task<(bool Found, byte[]? State)> TryLoadStateAsync(string tenantId, string subjectId, Guid conversationId, CancellationToken cancellationToken = default)
    {
        // A plain statement on a pooled connection: this runs for every chat message, and an EF
        // Core context plus query compilation cost several times the query itself.
        var rows = new List<byte[]?>(1);
        await PlainSql.QueryAsync(_factory, """SELECT "SealedState" FROM "conversations" WHERE "TenantId" = @tenant AND "Id" = @id AND "SubjectId" = @subject""", c => BindConversation(c, tenantId, subjectId, conversationId), r => rows.Add(r.IsDBNull(0) ? null : (byte[])r.GetValue(0)), cancellationToken).ConfigureAwait(false);

        if (rows.Count == 0)
        {
            return (false, null);
        }

        if (rows[0] is not { } sealedState)
        {
            return (true, null);
        }

        var opened = await _sealer.OpenAsync(new RecordContext(tenantId, subjectId, StateKind, conversationId.ToString("N")), sealedState, cancellationToken).ConfigureAwait(false);
        return (true, opened.Status == OpenStatus.Opened ? opened.Plaintext : null);
    }

    private void BindConversation(System.Data.Common.DbCommand command, string tenantId, string subjectId, Guid conversationId)
    {
        ChunkedInsert.AddParameter(command, "@tenant").Value = tenantId;
        ChunkedInsert.AddParameter(command, "@id").Value = _writer.GuidValue(conversationId);
        ChunkedInsert.AddParameter(command, "@subject").Value = subjectId;
    }

    /// <summary>
    /// Record ids bind an envelope to its conversation and message (and sink), so a sealed text
    /// moved to another message, or to another conversation of the same customer, fails to open.
    /// </summary>
    internal static string OriginalRecordId(Guid conversationId, Guid messageId) => $"{conversationId:N}/{messageId:N}";

    // sinks: one sink's name, or the names of the sinks that share one envelope joined by '+' (PackedViews).
    internal static string ViewRecordId(Guid conversationId, Guid messageId, string sinks) => $"{conversationId:N}/{messageId:N}/{sinks}";

    private async Task<MessageRow> SealAsync(NewMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7(now);
        byte[]? sealedOriginal = null;
        if (message.Original is not null)
        {
            var original = new RecordContext(message.TenantId, message.SubjectId, OriginalKind, OriginalRecordId(message.ConversationId, id));
            sealedOriginal = await _sealer.SealAsync(original, message.Original, cancellationToken).ConfigureAwait(false);
        }

        var row = new MessageRow
        {
            TenantId = message.TenantId,
            Id = id,
            ConversationId = message.ConversationId,
            SubjectId = message.SubjectId,
            Direction = message.Direction,
            CreatedAt = now,
            RetainUntil = message.RetainUntil,
            SealedOriginal = sealedOriginal,
            FindingsSummary = JsonSerializer.Serialize(new SortedDictionary<string, int>(message.Findings.ToDictionary(), StringComparer.Ordinal), StorageJsonContext.Default.SortedDictionaryStringInt32),
        };

        // One envelope per distinct text, bound to the sinks that share it (PackedViews).
        var envelopes = new List<(string Sinks, byte[] Envelope)>();
        foreach (var (sinks, text) in PackedViews.Group(message.Views))
        {
            var context = new RecordContext(message.TenantId, message.SubjectId, ViewKind, ViewRecordId(message.ConversationId, id, sinks));
            envelopes.Add((sinks, await _sealer.SealTextAsync(context, text.AsMemory(), cancellationToken).ConfigureAwait(false)));
        }

        row.SealedViews = PackedViews.Pack(envelopes);

        // The message's key version is the oldest of its envelopes (a rotation may fall between them).
        row.KeyVersion = envelopes.Select(e => Envelope.ReadHeader(e.Envelope).KeyVersion)
            .Concat(sealedOriginal is null ? [] : [Envelope.ReadHeader(sealedOriginal).KeyVersion])
            .DefaultIfEmpty(0)
            .Min();
        return row;
    }

    private void Validate(NewMessage message)
    {
        KeyScope.ForSubject(message.TenantId, message.SubjectId);
        foreach (var sink in message.Views.Keys)
        {
            ValidateSink(sink);
            if (sink == OriginalSink)
            {
                throw new StorageException(StorageErrorCodes.InvalidName, $"'{OriginalSink}' is reserved for the original text; a view cannot use it.");
            }
        }

        foreach (var (dataClass, count) in message.Findings)
        {
            if (dataClass.Length is 0 or > 64 || !char.IsAsciiLetterUpper(dataClass[0]) || dataClass.Any(c => !(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_')) || count < 0)
            {
                throw new StorageException(StorageErrorCodes.InvalidName, "a findings summary holds something other than data class names (a letter, then A-Z, 0-9, _) and counts.");
            }
        }

        if ((message.Original?.Length ?? 0) > _options.MaxMessageLength || message.Views.Values.Any(v => v.Length > _options.MaxMessageLength))
        {
            throw new StorageException(StorageErrorCodes.TooLarge, $"a message is longer than the {_options.MaxMessageLength} characters allowed.");
        }
    }

    /// <summary>Whether <paramref name="name"/> can name a sink: a-z, 0-9, '.', '-' and '_', 1 to 64 of them.</summary>
    internal static bool IsSinkName(ReadOnlySpan<char> name) =>
        name.Length is > 0 and <= 64 && !name.ContainsAnyExcept(SinkNameCharacters);

    private static void ValidateSink(string sink)
    {
        if (!IsSinkName(sink))
        {
            throw new StorageException(StorageErrorCodes.InvalidName, "a sink name uses only a-z, 0-9, '.', '-' and '_' (at most 64).");
        }
    }
}
