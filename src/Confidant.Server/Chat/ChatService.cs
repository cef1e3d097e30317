using System.Diagnostics;
using System.Text;
using Confidant.Audit.Events;
using Confidant.Audit.Ledger;
using Confidant.Detection;
using Confidant.Detection.Taxonomy;
using Confidant.Protection.Vault;
using Confidant.Redaction;
using Confidant.Redaction.Pseudonyms;
using Confidant.Redaction.Shaping;
using Confidant.Redaction.Text;
using Confidant.Server.Chat.Bots;
using Confidant.Storage;
using Confidant.Storage.Conversations;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Chat;

/// <summary>
/// The pipeline of ARCHITECTURE.md for every message: detect and decide per sink (one fail-closed
/// call), block or seal and store, audit, hand the bot its shaped view, re-identify and scan the
/// reply before it leaves. The raw text lives only in this request, in a <see cref="RawText"/>.
/// </summary>
internal sealed class ChatService
{
    private const string TranscriptSink = "transcript";
    private const string BotSink = "bot";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IMessageProcessor _processor;
    private readonly IReplyReidentifier _reidentifier;
    private readonly ConversationStore _store;
    private readonly MessageWriteQueue _writer;
    private readonly AuditLedger _audit;
    private readonly AuditPseudonyms _pseudonyms;
    private readonly IChatBot _bot;
    private readonly TokenVault _vault;
    private readonly ISensitiveDataDetector _detector;
    private readonly ChatOptions _options;
    private readonly TimeProvider _time;
    private readonly ChatMetrics _metrics;

    // One message of a conversation at a time on this node: its pseudonym table is read, extended
    // and saved around each message. A fixed set of locks, picked by the conversation id's hash:
    // nothing grows with the number of conversations (or with ids a client makes up), and with
    // 4,096 of them two busy conversations rarely wait for each other.
    private readonly SemaphoreSlim[] _conversationLocks = [.. Enumerable.Range(0, 4096).Select(_ => new SemaphoreSlim(1, 1))];

    public ChatService(
        IMessageProcessor processor,
        IReplyReidentifier reidentifier,
        ConversationStore store,
        MessageWriteQueue writer,
        AuditLedger audit,
        AuditPseudonyms pseudonyms,
        IChatBot bot,
        TokenVault vault,
        ISensitiveDataDetector detector,
        IOptions<ChatOptions> options,
        TimeProvider time,
        ChatMetrics metrics)
    {
        _processor = processor;
        _reidentifier = reidentifier;
        _store = store;
        _writer = writer;
        _audit = audit;
        _pseudonyms = pseudonyms;
        _bot = bot;
        _vault = vault;
        _detector = detector;
        _options = options.Value;
        _time = time;
        _metrics = metrics;
    }

    /// <summary>Starts a conversation for the visitor.</summary>
    public async Task<Guid> StartAsync(ChatVisitor visitor, CancellationToken cancellationToken)
    {
        var id = await _store.StartAsync(visitor.TenantId, visitor.SubjectId, _time.GetUtcNow() + _options.ConversationRetention, cancellationToken).ConfigureAwait(false);
        await AuditAsync(visitor, AuditEventTypes.ConversationStarted, new AuditTarget { Type = "conversation", Ids = [id.ToString()] }, AuditOutcome.Success, null, CancellationToken.None).ConfigureAwait(false);
        return id;
    }

    /// <summary>Whether the conversation exists and is the visitor's.</summary>
    public Task<bool> ExistsAsync(ChatVisitor visitor, Guid conversationId, CancellationToken cancellationToken) =>
        _store.ExistsAsync(visitor.TenantId, visitor.SubjectId, conversationId, cancellationToken);

    /// <summary>The conversation as the customer's transcript shows it.</summary>
    public async Task<IReadOnlyList<ChatMessageView>> ReadAsync(ChatVisitor visitor, Guid conversationId, CancellationToken cancellationToken)
    {
        if (!await _store.ExistsAsync(visitor.TenantId, visitor.SubjectId, conversationId, cancellationToken).ConfigureAwait(false))
        {
            throw NotFound();
        }

        var messages = await _store.ReadAsync(visitor.TenantId, visitor.SubjectId, conversationId, TranscriptSink, cancellationToken).ConfigureAwait(false);
        return [.. messages.Where(m => m.Text is not null).Select(m => new ChatMessageView(m.Id, Role(m.Direction), m.Text!, m.CreatedAt))];
    }

    /// <summary>Runs one customer message through the pipeline and returns what the customer sees.</summary>
    public async Task<ChatTurn> SendAsync(ChatVisitor visitor, Guid conversationId, string text, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        Validate(text);
        if (_options.BenchmarkWithoutPrivacy)
        {
            return await SendWithoutPrivacyAsync(visitor, conversationId, text, started, cancellationToken).ConfigureAwait(false);
        }

        var gate = _conversationLocks[(conversationId.GetHashCode() & int.MaxValue) % _conversationLocks.Length];
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var raw = RawText.Copy(text);
            var (found, state) = await _store.TryLoadStateAsync(visitor.TenantId, visitor.SubjectId, conversationId, cancellationToken).ConfigureAwait(false);
            if (!found)
            {
                throw NotFound();
            }

            // The window scans this message with the tail of the earlier ones (kept sealed in the
            // conversation's state), so a card number split over two messages is found.
            var (pseudonyms, window) = ConversationState.Read(state, _detector);
            var context = new ConversationContext(visitor.TenantId, visitor.SubjectId, pseudonyms, window);
            var outcome = await _processor.ProcessAsync(raw, context, cancellationToken).ConfigureAwait(false);
            return outcome switch
            {
                AcceptedMessage accepted => await AcceptAsync(visitor, conversationId, raw, accepted, context, cancellationToken).ConfigureAwait(false),
                BlockedMessage blocked => await BlockAsync(visitor, conversationId, blocked, cancellationToken).ConfigureAwait(false),
                FailedMessage failed => Failed(failed),
                _ => throw new UnreachableException(),
            };
        }
        finally
        {
            gate.Release();
            _metrics.Latency(started);
        }
    }

    /// <summary>
    /// The secure input: a restricted value typed outside the transcript is tokenized at once; the
    /// conversation keeps only the token (for the bot) and its display hint (for the transcript).
    /// </summary>
    public async Task<ChatTurn> CaptureAsync(ChatVisitor visitor, Guid conversationId, string kind, string value, CancellationToken cancellationToken)
    {
        if (kind != "card")
        {
            throw new ChatException(ChatErrorCodes.UnknownCaptureKind, StatusCodes.Status400BadRequest, "the only capture kind is 'card'.");
        }

        Validate(value);
        if (!await _store.ExistsAsync(visitor.TenantId, visitor.SubjectId, conversationId, cancellationToken).ConfigureAwait(false))
        {
            throw NotFound();
        }

        value = value.Trim();
        if (!IsWholeCardNumber(value))
        {
            throw new ChatException(ChatErrorCodes.InvalidCapture, StatusCodes.Status422UnprocessableEntity, "that is not a valid card number (check the digits); nothing was kept.");
        }

        var token = await _vault.TokenizeAsync(visitor.TenantId, visitor.SubjectId, DataClasses.CardNumber.Name, value.AsMemory(), null, cancellationToken).ConfigureAwait(false);
        var shown = $"Card {token.DisplayHint ?? "(hidden)"} saved securely.";
        var now = _time.GetUtcNow();
        var ids = await _writer.WriteAsync(
            [new NewMessage
            {
                TenantId = visitor.TenantId,
                SubjectId = visitor.SubjectId,
                ConversationId = conversationId,
                Direction = MessageDirection.Customer,
                Views = new Dictionary<string, string> { [TranscriptSink] = shown, [BotSink] = token.Token, ["agent"] = shown },
                Findings = new Dictionary<string, int> { [DataClasses.CardNumber.Name] = 1 },
                RetainUntil = now + _options.ConversationRetention,
            }],
            cancellationToken).ConfigureAwait(false);
        await AuditAsync(visitor, AuditEventTypes.VaultTokenize, new AuditTarget { Type = "message", Ids = [ids[0].ToString()], Classes = new Dictionary<string, int> { [DataClasses.CardNumber.Name] = 1 } }, AuditOutcome.Success, "secure-capture", CancellationToken.None).ConfigureAwait(false);
        return new ChatTurn
        {
            Message = new ChatMessageView(ids[0], "customer", shown, now),
            Notices = [new ChatNotice("protected:" + DataClasses.CardNumber.Name, "Your card number went straight to our secure vault; this chat only ever shows its last digits.")],
        };
    }

    private async Task<ChatTurn> AcceptAsync(ChatVisitor visitor, Guid conversationId, RawText raw, AcceptedMessage accepted, ConversationContext context, CancellationToken cancellationToken)
    {
        _metrics.Message("accepted");
        var transcript = accepted.View(TranscriptSink);
        foreach (var summary in transcript.Summary)
        {
            _metrics.Finding(summary.Class.Name, summary.Action.ToString(), summary.Count);
        }

        var now = _time.GetUtcNow();
        var customerMessage = NewMessage.FromAccepted(visitor.TenantId, visitor.SubjectId, conversationId, raw, accepted, now);
        var replyContext = new ConversationContext(visitor.TenantId, visitor.SubjectId, context.Pseudonyms); // replies are not part of the customer's window

        // The bot sees its view only; its reply is re-identified for the customer and then run
        // through the same policy, so a value the bot repeats is shaped like any other.
        var reply = await _bot.ReplyAsync(new BotInput(accepted.View(BotSink).Text ?? string.Empty, [.. accepted.Findings.Select(f => f.Class.Name)], visitor), cancellationToken).ConfigureAwait(false);
        using var replyRaw = _reidentifier.Reidentify(reply.Text, replyContext);
        var replyOutcome = await _processor.ProcessAsync(replyRaw, replyContext, cancellationToken).ConfigureAwait(false);
        NewMessage? botMessage = null;
        string? replyText = null;
        if (replyOutcome is AcceptedMessage acceptedReply)
        {
            // The bot's reply keeps its views but not an original: the re-identified text may show the
            // customer's values as the echo sink allows, and nothing needs it once the views exist.
            botMessage = NewMessage.FromAccepted(visitor.TenantId, visitor.SubjectId, conversationId, replyRaw, acceptedReply, now) with { Direction = MessageDirection.Bot, Original = null };
            replyText = acceptedReply.View(TranscriptSink).Text;
        }

        // The new state (pseudonyms, window) is sealed and saved in the same transaction as the messages.
        var state = ConversationState.Write(context.Pseudonyms, context.Window!);
        IReadOnlyList<Guid> ids;
        try
        {
            customerMessage = customerMessage with { ConversationState = state };
            ids = await _writer.WriteAsync(botMessage is null ? [customerMessage] : [customerMessage, botMessage], cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Array.Clear(state);
        }

        // Committed: from here on the request's cancellation (a closed tab, the request timeout)
        // must not leave a stored message without its audit entry.
        await AuditAsync(
            visitor,
            AuditEventTypes.MessageStored,
            new AuditTarget { Type = "message", Ids = [ids[0].ToString()], Classes = customerMessage.Findings },
            AuditOutcome.Success,
            null,
            CancellationToken.None).ConfigureAwait(false);

        return new ChatTurn
        {
            Message = new ChatMessageView(ids[0], "customer", transcript.Text ?? string.Empty, now),
            Reply = botMessage is null
                ? new ChatMessageView(Guid.Empty, "bot", "Sorry, I can't show that reply here.", now)
                : new ChatMessageView(ids[1], "bot", replyText ?? string.Empty, now),
            Notices = ProtectionNotices.For(transcript),
            Capture = reply.Capture,
        };
    }

    /// <summary>
    /// The benchmark baseline (never in production: start-up refuses the flag outside the
    /// <c>Benchmark</c> environment): the same request, storage, bot and audit path, with no
    /// detection, no shaping, no tokens and no sealed original; only the transcript view is kept.
    /// </summary>
    private async Task<ChatTurn> SendWithoutPrivacyAsync(ChatVisitor visitor, Guid conversationId, string text, long started, CancellationToken cancellationToken)
    {
        try
        {
            if (!await _store.ExistsAsync(visitor.TenantId, visitor.SubjectId, conversationId, cancellationToken).ConfigureAwait(false))
            {
                throw NotFound();
            }

            var now = _time.GetUtcNow();
            var reply = await _bot.ReplyAsync(new BotInput(text, [], visitor), cancellationToken).ConfigureAwait(false);
            NewMessage Plain(string body, MessageDirection direction) => new()
            {
                TenantId = visitor.TenantId,
                SubjectId = visitor.SubjectId,
                ConversationId = conversationId,
                Direction = direction,
                Views = new Dictionary<string, string> { [TranscriptSink] = body },
                RetainUntil = now + _options.ConversationRetention,
            };
            var ids = await _writer.WriteAsync([Plain(text, MessageDirection.Customer), Plain(reply.Text, MessageDirection.Bot)], cancellationToken).ConfigureAwait(false);
            await AuditAsync(visitor, AuditEventTypes.MessageStored, new AuditTarget { Type = "message", Ids = [ids[0].ToString()] }, AuditOutcome.Success, null, CancellationToken.None).ConfigureAwait(false);
            _metrics.Message("accepted");
            return new ChatTurn
            {
                Message = new ChatMessageView(ids[0], "customer", text, now),
                Reply = new ChatMessageView(ids[1], "bot", reply.Text, now),
            };
        }
        finally
        {
            _metrics.Latency(started);
        }
    }

    private async Task<ChatTurn> BlockAsync(ChatVisitor visitor, Guid conversationId, BlockedMessage blocked, CancellationToken cancellationToken)
    {
        _metrics.Message("blocked");
        await AuditAsync(
            visitor,
            AuditEventTypes.MessageBlocked,
            new AuditTarget { Type = "conversation", Ids = [conversationId.ToString()], Classes = blocked.Reasons.GroupBy(r => r.DataClass.Name).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal) },
            AuditOutcome.Denied,
            null,
            cancellationToken).ConfigureAwait(false);
        return new ChatTurn { Blocked = new ChatNotice(string.Join(",", blocked.Codes), blocked.CustomerMessage) };
    }

    private ChatTurn Failed(FailedMessage failed)
    {
        _metrics.Message("failed");
        return new ChatTurn { Blocked = new ChatNotice(failed.Code, failed.CustomerMessage) };
    }

    private async Task AuditAsync(ChatVisitor visitor, AuditEventType type, AuditTarget target, AuditOutcome outcome, string? reason, CancellationToken cancellationToken) =>
        await _audit.AppendAsync(
            new AuditEvent
            {
                Type = type,
                Time = _audit.Now,
                Tenant = visitor.TenantId,
                Actor = await _pseudonyms.CustomerAsync(visitor.TenantId, visitor.SubjectId, cancellationToken).ConfigureAwait(false),
                Target = target,
                Outcome = outcome,
                Reason = reason,
            },
            cancellationToken).ConfigureAwait(false);

    private void Validate(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ChatException(ChatErrorCodes.EmptyMessage, StatusCodes.Status400BadRequest, "the message is empty.");
        }

        if (text.Length > _options.MaxMessageLength)
        {
            throw new ChatException(ChatErrorCodes.MessageTooLong, StatusCodes.Status413PayloadTooLarge, $"the message is {text.Length} characters; at most {_options.MaxMessageLength} are accepted.");
        }

        try
        {
            StrictUtf8.GetByteCount(text);
        }
        catch (EncoderFallbackException)
        {
            throw new ChatException(ChatErrorCodes.BrokenUnicode, StatusCodes.Status400BadRequest, "the message is not valid Unicode (it holds a lone surrogate).");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ChatException(ChatErrorCodes.BrokenUnicode, StatusCodes.Status400BadRequest, "the message holds a NUL character.");
        }
    }

    /// <summary>The whole input (apart from spaces and dashes) is one card number that passes its checks.</summary>
    private bool IsWholeCardNumber(string value)
    {
        var trimmed = value.Trim();
        var result = _detector.Detect(trimmed);
        return result.Findings.Any(f => f.Class == DataClasses.CardNumber && f.Start == 0 && f.End == trimmed.Length);
    }

    private static string Role(MessageDirection direction) => direction switch
    {
        MessageDirection.Customer => "customer",
        MessageDirection.Bot => "bot",
        _ => "agent",
    };

    private static ChatException NotFound() =>
        new(ChatErrorCodes.ConversationNotFound, StatusCodes.Status404NotFound, "there is no such conversation for you.");
}
