using System.Diagnostics;
using System.Text;
using Confidant.Audit.Events;
using Confidant.Audit.Ledger;
using Confidant.Detection;
using Confidant.Detection.Conversation;
using Confidant.Detection.Taxonomy;
using Confidant.Dialog.Engine;
using Confidant.Identity.Accounts;
using Confidant.Identity.Sessions;
using Confidant.Protection.Keys;
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

    // Said instead of a bot reply the policy refused to show.
    private const string ReplyWithheld = "Sorry, I can't show that reply here.";
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
    private readonly DataKeyRing _keys;

    // Customer references (HMACs under the tenant key) of recent visitors: each message needs one.
    private const int MaxCachedCustomerRefs = 100_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Tenant, string Subject), string> _customerRefs = new();

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
        ChatMetrics metrics,
        DataKeyRing keys)
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
        _keys = keys;
    }

    /// <summary>Starts a conversation for the visitor.</summary>
    public async Task<Guid> StartAsync(ChatVisitor visitor, CancellationToken cancellationToken)
    {
        // The conversation and its audit entry are committed together, in the messages' group commit.
        var start = _store.PrepareStart(visitor.TenantId, visitor.SubjectId, _time.GetUtcNow() + _options.ConversationRetention);
        var id = start.Started[0];
        var started = await AuditEventAsync(visitor, AuditEventTypes.ConversationStarted, new AuditTarget { Type = "conversation", Ids = [id.ToString()] }, AuditOutcome.Success, null, cancellationToken).ConfigureAwait(false);
        await _writer.WriteStartAsync(start, started, cancellationToken).ConfigureAwait(false);
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
    public async Task<ChatTurn> SendAsync(ChatVisitor visitor, Guid conversationId, string text, SessionInfo? session, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        Validate(text);
        if (_options.BenchmarkWithoutPrivacy)
        {
            return await SendWithoutPrivacyAsync(visitor, conversationId, text, started, cancellationToken).ConfigureAwait(false);
        }

        var gate = LockFor(conversationId);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var raw = RawText.Copy(text);
            // The window scans this message with the tail of the earlier ones (kept sealed in the
            // conversation's state), so a card number split over two messages is found.
            var (pseudonyms, window, dialog) = await LoadStateAsync(visitor, conversationId, cancellationToken).ConfigureAwait(false);
            var context = new ConversationContext(visitor.TenantId, visitor.SubjectId, pseudonyms, window);
            var outcome = await _processor.ProcessAsync(raw, context, cancellationToken).ConfigureAwait(false);
            return outcome switch
            {
                AcceptedMessage accepted => await AcceptAsync(visitor, conversationId, raw, accepted, context, dialog, session, cancellationToken).ConfigureAwait(false),
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
    public async Task<ChatTurn> CaptureAsync(ChatVisitor visitor, Guid conversationId, string kind, string value, SessionInfo? session, CancellationToken cancellationToken)
    {
        if (kind != "card")
        {
            throw new ChatException(ChatErrorCodes.UnknownCaptureKind, StatusCodes.Status400BadRequest, "the only capture kind is 'card'.");
        }

        Validate(value);
        value = value.Trim();
        if (!IsWholeCardNumber(value))
        {
            throw new ChatException(ChatErrorCodes.InvalidCapture, StatusCodes.Status422UnprocessableEntity, "that is not a valid card number (check the digits); nothing was kept.");
        }

        var gate = LockFor(conversationId);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (pseudonyms, window, dialog) = await LoadStateAsync(visitor, conversationId, cancellationToken).ConfigureAwait(false);
            var token = await _vault.TokenizeAsync(visitor.TenantId, visitor.SubjectId, DataClasses.CardNumber.Name, value.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            var shown = $"Card {token.DisplayHint ?? "(hidden)"} saved securely.";
            var reply = await _bot.CapturedAsync(
                new BotInput(token.Token, [DataClasses.CardNumber.Name], visitor) { Context = await DialogContextAsync(visitor, session, cancellationToken).ConfigureAwait(false), State = dialog },
                token.Token,
                value[^4..],
                cancellationToken).ConfigureAwait(false);
            var now = _time.GetUtcNow();
            var (botMessage, replyText) = await ShapeReplyAsync(visitor, conversationId, reply.Text, new ConversationContext(visitor.TenantId, visitor.SubjectId, pseudonyms), now, cancellationToken).ConfigureAwait(false);
            var tokenized = await AuditEventAsync(visitor, AuditEventTypes.VaultTokenize, new AuditTarget { Type = "message", Classes = new Dictionary<string, int> { [DataClasses.CardNumber.Name] = 1 } }, AuditOutcome.Success, "secure-capture", cancellationToken).ConfigureAwait(false);
            var state = ConversationState.Write(pseudonyms, window, reply.State ?? dialog);
            IReadOnlyList<Guid> ids;
            try
            {
                NewMessage customerMessage = new()
                {
                    TenantId = visitor.TenantId,
                    SubjectId = visitor.SubjectId,
                    ConversationId = conversationId,
                    Direction = MessageDirection.Customer,
                    Views = new Dictionary<string, string> { [TranscriptSink] = shown, [BotSink] = token.Token, ["agent"] = shown },
                    Findings = new Dictionary<string, int> { [DataClasses.CardNumber.Name] = 1 },
                    RetainUntil = now + _options.ConversationRetention,
                    ConversationState = state,
                };
                ids = await _writer.WriteAsync(botMessage is null ? [customerMessage] : [customerMessage, botMessage], ForFirstMessage(tokenized), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Array.Clear(state);
            }

            return new ChatTurn
            {
                Message = new ChatMessageView(ids[0], "customer", shown, now),
                Reply = botMessage is null ? new ChatMessageView(Guid.Empty, "bot", ReplyWithheld, now) : new ChatMessageView(ids[1], "bot", replyText ?? string.Empty, now),
                Notices = [new ChatNotice("protected:" + DataClasses.CardNumber.Name, "Your card number went straight to our secure vault; this chat only ever shows its last digits.")],
                Capture = reply.Capture,
                StepUp = reply.StepUp,
            };
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// After the customer approved a step-up in the secure input: the bot runs the action it was
    /// waiting for (the approval is consumed once, for that action and transaction only).
    /// </summary>
    public async Task<ChatTurn> ResumeAsync(ChatVisitor visitor, Guid conversationId, SessionInfo? session, CancellationToken cancellationToken)
    {
        var gate = LockFor(conversationId);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (pseudonyms, window, dialog) = await LoadStateAsync(visitor, conversationId, cancellationToken).ConfigureAwait(false);
            var reply = await _bot.ResumeAsync(
                new BotInput(string.Empty, [], visitor) { Context = await DialogContextAsync(visitor, session, cancellationToken).ConfigureAwait(false), State = dialog },
                cancellationToken).ConfigureAwait(false);
            var now = _time.GetUtcNow();
            var (botMessage, replyText) = await ShapeReplyAsync(visitor, conversationId, reply.Text, new ConversationContext(visitor.TenantId, visitor.SubjectId, pseudonyms), now, cancellationToken).ConfigureAwait(false);
            var state = ConversationState.Write(pseudonyms, window, reply.State ?? dialog);
            IReadOnlyList<Guid> ids;
            try
            {
                // The new state is saved with the reply (with an empty bot message if the policy refused the reply).
                ids = await _writer.WriteAsync([(botMessage ?? new NewMessage { TenantId = visitor.TenantId, SubjectId = visitor.SubjectId, ConversationId = conversationId, Direction = MessageDirection.Bot, Views = new Dictionary<string, string>(), RetainUntil = now + _options.ConversationRetention }) with { ConversationState = state }], null, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Array.Clear(state);
            }

            return new ChatTurn { Reply = new ChatMessageView(ids[0], "bot", replyText ?? ReplyWithheld, now), StepUp = reply.StepUp };
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The bot's reply for the customer: re-identified (placeholders back to what the echo sink may
    /// show) and run through the policy like any message, so a value the bot repeats is shaped.
    /// It keeps its views but not an original. Null when the policy refuses the reply.
    /// </summary>
    private async Task<(NewMessage? Message, string? Text)> ShapeReplyAsync(ChatVisitor visitor, Guid conversationId, string reply, ConversationContext replyContext, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var replyRaw = _reidentifier.Reidentify(reply, replyContext);
        var replyOutcome = await _processor.ProcessAsync(replyRaw, replyContext, cancellationToken).ConfigureAwait(false);
        return replyOutcome is AcceptedMessage acceptedReply
            ? (NewMessage.FromAccepted(visitor.TenantId, visitor.SubjectId, conversationId, replyRaw, acceptedReply, now) with { Direction = MessageDirection.Bot, Original = null }, acceptedReply.View(TranscriptSink).Text)
            : (null, null);
    }

    /// <summary>
    /// Who the bot talks to: signed in or not, and an opaque reference for backends (an HMAC of the
    /// account or visitor id under the tenant's key: stable, and meaningless to anyone else).
    /// </summary>
    private async Task<DialogContext> DialogContextAsync(ChatVisitor visitor, SessionInfo? session, CancellationToken cancellationToken)
    {
        var subject = session is null ? visitor.SubjectId : AccountSubject.Of(session.UserId);
        var key = (visitor.TenantId, subject);
        if (!_customerRefs.TryGetValue(key, out var reference))
        {
            var mac = await _keys.DerivedMacAsync(
                KeyScope.ForTenant(visitor.TenantId),
                "confidant/dialog/customer-ref/v1"u8.ToArray(),
                Encoding.UTF8.GetBytes(subject),
                "the tenant's keys were destroyed.",
                cancellationToken).ConfigureAwait(false);
            reference = "c_" + Convert.ToHexStringLower(mac.AsSpan(0, 16));
            if (_customerRefs.Count >= MaxCachedCustomerRefs)
            {
                _customerRefs.Clear(); // bounded: a burst of new visitors only costs recomputing
            }

            _customerRefs[key] = reference;
        }

        return new DialogContext(session is not null, reference, session);
    }

    /// <summary>
    /// Symptoms found in the message, for a bot slot that takes them: each as its placeholder in the
    /// bot's view, a vault token, and a code of the triage vocabulary read here from the raw words
    /// (the bot never gets the words).
    /// </summary>
    private async Task<IReadOnlyList<DetectedValue>> DetectedValuesAsync(ChatVisitor visitor, RawText raw, AcceptedMessage accepted, string botView, CancellationToken cancellationToken)
    {
        if (!accepted.Findings.Any(f => f.Class == DataClasses.Symptom))
        {
            return [];
        }

        var words = raw.Open(_detector, static (text, detector) =>
        {
            var copy = new string(text);
            // In order of first appearance and once each, as the pseudonym table numbers them.
            return detector.Detect(copy).Findings.Where(f => f.Class == DataClasses.Symptom).OrderBy(f => f.Start)
                .Select(f => copy[f.Start..f.End]).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        });
        var placeholders = System.Text.RegularExpressions.Regex.Matches(botView, @"<SYMPTOM_\d+>").Select(m => m.Value).Distinct().ToList();
        var values = new List<DetectedValue>();
        for (var i = 0; i < words.Count; i++)
        {
            var token = await _vault.TokenizeAsync(visitor.TenantId, visitor.SubjectId, DataClasses.Symptom.Name, words[i].AsMemory(), null, cancellationToken).ConfigureAwait(false);
            values.Add(new DetectedValue(DataClasses.Symptom.Name, i < placeholders.Count ? placeholders[i] : "<SYMPTOM>", token.Token, Dialog.SymptomVocabulary.Code(words[i])));
        }

        return values;
    }

    private async Task<ChatTurn> AcceptAsync(ChatVisitor visitor, Guid conversationId, RawText raw, AcceptedMessage accepted, ConversationContext context, byte[] dialog, SessionInfo? session, CancellationToken cancellationToken)
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
        var botView = accepted.View(BotSink).Text ?? string.Empty;
        var reply = await _bot.ReplyAsync(
            new BotInput(botView, [.. accepted.Findings.Select(f => f.Class.Name)], visitor)
            {
                Values = await DetectedValuesAsync(visitor, raw, accepted, botView, cancellationToken).ConfigureAwait(false),
                Context = await DialogContextAsync(visitor, session, cancellationToken).ConfigureAwait(false),
                State = dialog,
            },
            cancellationToken).ConfigureAwait(false);
        var (botMessage, replyText) = await ShapeReplyAsync(visitor, conversationId, reply.Text, replyContext, now, cancellationToken).ConfigureAwait(false);

        // The message and its audit entry are committed together: neither is kept without the other.
        var stored = await AuditEventAsync(visitor, AuditEventTypes.MessageStored, new AuditTarget { Type = "message", Classes = customerMessage.Findings }, AuditOutcome.Success, null, cancellationToken).ConfigureAwait(false);

        // The new state (pseudonyms, window) is sealed and saved in the same transaction as the messages.
        var state = ConversationState.Write(context.Pseudonyms, context.Window!, reply.State ?? dialog);
        IReadOnlyList<Guid> ids;
        try
        {
            // A hand-off to an agent is marked in the same transaction: the agents' queue lists the
            // conversation exactly when the message that asked for it is stored.
            customerMessage = customerMessage with { ConversationState = state, HandsOffConversation = reply.Handoff };
            ids = await _writer.WriteAsync(botMessage is null ? [customerMessage] : [customerMessage, botMessage], ForFirstMessage(stored), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Array.Clear(state);
        }

        return new ChatTurn
        {
            Message = new ChatMessageView(ids[0], "customer", transcript.Text ?? string.Empty, now),
            Reply = botMessage is null
                ? new ChatMessageView(Guid.Empty, "bot", ReplyWithheld, now)
                : new ChatMessageView(ids[1], "bot", replyText ?? string.Empty, now),
            Notices = ProtectionNotices.For(transcript),
            Capture = reply.Capture,
            StepUp = reply.StepUp,
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
            var stored = await AuditEventAsync(visitor, AuditEventTypes.MessageStored, new AuditTarget { Type = "message" }, AuditOutcome.Success, null, cancellationToken).ConfigureAwait(false);
            var ids = await _writer.WriteAsync([Plain(text, MessageDirection.Customer), Plain(reply.Text, MessageDirection.Bot)], ForFirstMessage(stored), cancellationToken).ConfigureAwait(false);
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

        // Nothing is stored but the entry; it joins the messages' group commit (one commit a batch,
        // not one for each blocked message between the batches).
        var denied = await AuditEventAsync(
            visitor,
            AuditEventTypes.MessageBlocked,
            new AuditTarget { Type = "conversation", Ids = [conversationId.ToString()], Classes = blocked.Reasons.GroupBy(r => r.DataClass.Name).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal) },
            AuditOutcome.Denied,
            null,
            cancellationToken).ConfigureAwait(false);
        await _writer.WriteAuditAsync(denied, cancellationToken).ConfigureAwait(false);
        return new ChatTurn { Blocked = new ChatNotice(string.Join(",", blocked.Codes), blocked.CustomerMessage) };
    }

    private ChatTurn Failed(FailedMessage failed)
    {
        _metrics.Message("failed");
        return new ChatTurn { Blocked = new ChatNotice(failed.Code, failed.CustomerMessage) };
    }

    private async Task<AuditEvent> AuditEventAsync(ChatVisitor visitor, AuditEventType type, AuditTarget target, AuditOutcome outcome, string? reason, CancellationToken cancellationToken) =>
        new()
        {
            Type = type,
            Time = _audit.Now,
            Tenant = visitor.TenantId,
            Actor = await _pseudonyms.CustomerAsync(visitor.TenantId, visitor.SubjectId, cancellationToken).ConfigureAwait(false),
            Target = target,
            Outcome = outcome,
            Reason = reason,
        };

    // The event of a write, naming the first message it stored (the customer's).
    private static Func<IReadOnlyList<Guid>, AuditEvent> ForFirstMessage(AuditEvent auditEvent) =>
        ids => auditEvent with { Target = auditEvent.Target! with { Ids = [ids[0].ToString()] } };

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

    /// <summary>Who wrote a stored message, as the chat and agent APIs name it.</summary>
    internal static string Role(MessageDirection direction) => direction switch
    {
        MessageDirection.Customer => "customer",
        MessageDirection.Bot => "bot",
        _ => "agent",
    };

    private SemaphoreSlim LockFor(Guid conversationId) =>
        _conversationLocks[(conversationId.GetHashCode() & int.MaxValue) % _conversationLocks.Length];

    /// <summary>
    /// The conversation's saved state, read (pseudonym table, window, dialog state); throws not
    /// found when the conversation is not this customer's. The opened bytes hold raw values and are
    /// cleared once read.
    /// </summary>
    private async Task<(PseudonymTable Pseudonyms, ConversationWindow Window, byte[] Dialog)> LoadStateAsync(ChatVisitor visitor, Guid conversationId, CancellationToken cancellationToken)
    {
        var (found, saved) = await _store.TryLoadStateAsync(visitor.TenantId, visitor.SubjectId, conversationId, cancellationToken).ConfigureAwait(false);
        if (!found)
        {
            throw NotFound();
        }

        try
        {
            return ConversationState.Read(saved, _detector);
        }
        finally
        {
            if (saved is not null)
            {
                Array.Clear(saved);
            }
        }
    }

    private static ChatException NotFound() =>
        new(ChatErrorCodes.ConversationNotFound, StatusCodes.Status404NotFound, "there is no such conversation for you.");
}
