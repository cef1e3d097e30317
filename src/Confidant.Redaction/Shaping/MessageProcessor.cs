using Confidant.Detection;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Pseudonyms;
using Confidant.Redaction.Text;
using Confidant.Redaction.Tokenization;
using Microsoft.Extensions.Logging;

namespace Confidant.Redaction.Shaping;

/// <summary>Detects, decides and shapes; fails closed.</summary>
internal sealed class MessageProcessor : IMessageProcessor, IMessageShaper
{
    private readonly ShapingEngine _engine;
    private readonly ISensitiveDataDetector _detector;
    private readonly IValueTokenizer? _tokenizer;
    private readonly ILogger _logger;

    public MessageProcessor(PrivacyPolicy policy, ISensitiveDataDetector detector, IValueTokenizer? tokenizer, ILogger<MessageProcessor> logger)
    {
        _engine = new ShapingEngine(policy);
        _detector = detector;
        _tokenizer = tokenizer;
        _logger = logger;
    }

    public async ValueTask<MessageOutcome> ProcessAsync(RawText message, ConversationContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(context);

        List<DetectedSpan> spans;
        try
        {
            spans = Detect(message, context);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            Log.DetectionFailed(_logger, e.GetType().Name, RedactionErrorCodes.DetectionFailed);
            return new FailedMessage(RedactionErrorCodes.DetectionFailed);
        }

        var scope = context.Pseudonyms.BeginScope();
        try
        {
            var outcome = await ShapeAsync(message, spans, context, scope, _engine.Policy.Sinks, cancellationToken).ConfigureAwait(false);
            if (outcome is AcceptedMessage)
            {
                context.Pseudonyms.Commit(scope);
            }
            else
            {
                context.Pseudonyms.Rollback(scope);
            }

            return outcome;
        }
        catch (TokenizationFailedException e) when (!cancellationToken.IsCancellationRequested)
        {
            context.Pseudonyms.Rollback(scope);
            Log.TokenizationFailed(_logger, e.DataClass.Name, e.InnerException?.GetType().Name ?? nameof(Exception), RedactionErrorCodes.TokenizationFailed);
            return new FailedMessage(RedactionErrorCodes.TokenizationFailed);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            context.Pseudonyms.Rollback(scope);
            Log.PolicyFailed(_logger, e.GetType().Name, RedactionErrorCodes.PolicyFailed);
            return new FailedMessage(RedactionErrorCodes.PolicyFailed);
        }
        catch
        {
            context.Pseudonyms.Rollback(scope);
            throw;
        }
    }

    public async ValueTask<ShapedText> ShapeAsync(RawText message, DetectionResult detection, ConversationContext context, Sink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(detection);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);

        var spans = ShapingEngine.SpansOf(detection.Findings, message.Length);
        var scope = context.Pseudonyms.BeginScope();
        try
        {
            var outcome = await ShapeAsync(message, spans, context, scope, [sink], cancellationToken).ConfigureAwait(false);
            switch (outcome)
            {
                case AcceptedMessage accepted:
                    context.Pseudonyms.Commit(scope);
                    return accepted.Views[0];
                case BlockedMessage blocked:
                    context.Pseudonyms.Rollback(scope);
                    var actions = _engine.Decide(spans, _engine.Policy.SinkIndex(sink));
                    return new ShapedText(sink, null, false, ShapingEngine.Summarize(spans, actions), blocked.Reasons);
                default:
                    throw new InvalidOperationException("Unexpected outcome.");
            }
        }
        catch
        {
            context.Pseudonyms.Rollback(scope);
            throw;
        }
    }

    private List<DetectedSpan> Detect(RawText message, ConversationContext context)
    {
        // The detector's API takes a string: this is the one transient copy of the text (see docs/redaction.md).
        var text = new string(message.Span);
        if (context.Window is not { } window)
        {
            return ShapingEngine.SpansOf(_detector.Detect(text).Findings, message.Length);
        }

        var findings = window.Scan(text);
        var current = window.MessageCount - 1;
        var spans = new List<DetectedSpan>(findings.Count);
        foreach (var finding in findings)
        {
            foreach (var part in finding.Parts)
            {
                if (part.MessageIndex == current)
                {
                    spans.Add(new DetectedSpan(finding.Class, part.Start, part.End));
                }
            }
        }

        return ShapingEngine.Normalize(spans, message.Length);
    }

    private async ValueTask<MessageOutcome> ShapeAsync(RawText message, List<DetectedSpan> spans, ConversationContext context, PseudonymScope scope, IReadOnlyList<Sink> sinks, CancellationToken cancellationToken)
    {
        var policy = _engine.Policy;
        var actions = new RedactionAction[sinks.Count][];
        List<Detection.Taxonomy.DataClass>? blocked = null;
        var tokenize = new bool[spans.Count];
        for (var s = 0; s < sinks.Count; s++)
        {
            actions[s] = _engine.Decide(spans, policy.SinkIndex(sinks[s]));
            for (var i = 0; i < spans.Count; i++)
            {
                if (actions[s][i] == RedactionAction.Block)
                {
                    blocked ??= [];
                    if (!blocked.Contains(spans[i].Class))
                    {
                        blocked.Add(spans[i].Class);
                    }
                }

                tokenize[i] |= actions[s][i] == RedactionAction.Tokenize;
            }
        }

        if (blocked is not null)
        {
            var reasons = blocked.Select(BlockReasons.For).ToList();
            if (_logger.IsEnabled(LogLevel.Information))
            {
                var codes = string.Join(",", reasons.Select(r => r.Code).Distinct());
                var classes = string.Join(",", blocked.Select(c => c.Name));
                Log.MessageBlocked(_logger, codes, classes);
            }

            return new BlockedMessage(reasons, BlockReasons.CustomerMessage(blocked));
        }

        // Everything that can fail happens before the vault is written to: views (masks, hashes,
        // pseudonyms), summaries, findings and retention. A failure here leaves nothing behind
        // (pseudonyms roll back, the vault was not called).
        var pieces = new string[]?[sinks.Count];
        var tokenSpans = new int[]?[sinks.Count];
        var summaries = new IReadOnlyList<ClassActionCount>[sinks.Count];
        var placeholders = new string?[spans.Count];
        for (var s = 0; s < sinks.Count; s++)
        {
            summaries[s] = ShapingEngine.Summarize(spans, actions[s]);
            if (Array.IndexOf(actions[s], RedactionAction.Drop) < 0)
            {
                pieces[s] = _engine.Render(message.Span, spans, actions[s], scope, placeholders, out var cuts);
                tokenSpans[s] = cuts;
            }
        }

        var findings = CountByClass(spans);
        var retention = policy.RetentionFor(findings.Select(f => f.Class));

        // Tokenization is the last step that can fail. If it does, values it already sealed stay in
        // the vault (it has no delete), but only until their Lifetime, the class retention; the
        // message is refused and pseudonyms roll back as for any failure.
        var (tokens, tokenized) = await TokenizeAsync(message, spans, tokenize, context, cancellationToken).ConfigureAwait(false);

        // From here on nothing can fail (short of running out of memory): the views are the pieces
        // rendered above with the tokens put in, and nothing reads the raw text any more.
        var views = new ShapedText[sinks.Count];
        for (var s = 0; s < sinks.Count; s++)
        {
            views[s] = pieces[s] is { } rendered
                ? new ShapedText(sinks[s], ShapingEngine.Assemble(rendered, tokenSpans[s]!, tokens), false, summaries[s], [])
                : new ShapedText(sinks[s], null, true, summaries[s], []);
        }

        LogAccepted(spans.Count, findings, tokenized.Count, sinks.Count);
        return new AcceptedMessage(views, findings, tokenized, retention);
    }

    private static List<ClassCount> CountByClass(List<DetectedSpan> spans)
    {
        var findings = new List<ClassCount>(spans.Count);
        foreach (var span in spans)
        {
            var j = findings.Count - 1;
            while (j >= 0 && findings[j].Class != span.Class)
            {
                j--;
            }

            if (j < 0)
            {
                findings.Add(new ClassCount(span.Class, 1));
            }
            else
            {
                findings[j] = findings[j] with { Count = findings[j].Count + 1 };
            }
        }

        findings.Sort(static (a, b) => string.CompareOrdinal(a.Class.Name, b.Class.Name));
        return findings;
    }

    private void LogAccepted(int findingCount, List<ClassCount> findings, int tokenCount, int sinkCount)
    {
        if (!_logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        try
        {
            var classes = string.Join(",", findings.Select(f => f.Class.Name));
            Log.MessageAccepted(_logger, findingCount, classes, tokenCount, sinkCount);
        }
#pragma warning disable CA1031 // The message is accepted and its values are in the vault: a failing log provider must not turn it into a failure.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private async ValueTask<(string?[]? Tokens, IReadOnlyList<TokenizedFinding> Tokenized)> TokenizeAsync(
        RawText message, List<DetectedSpan> spans, bool[] tokenize, ConversationContext context, CancellationToken cancellationToken)
    {
        if (Array.IndexOf(tokenize, true) < 0)
        {
            return (null, []);
        }

        // The same value twice in one message is tokenized once; which is which is settled before the
        // first vault call, as is each value's lifetime (its class retention), so nothing but the calls
        // themselves runs once the vault has been written to.
        var firstOf = new int[spans.Count];
        var lifetimes = new TimeSpan[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            firstOf[i] = -1;
            lifetimes[i] = _engine.Policy.RetentionFor(spans[i].Class);
            for (var j = 0; j < i && tokenize[i] && firstOf[i] < 0; j++)
            {
                if (tokenize[j] && firstOf[j] < 0 && spans[j].Class == spans[i].Class
                    && ValueNormalizer.EqualNormalized(spans[i].Class.Name, message.Span[spans[j].Start..spans[j].End], message.Span[spans[i].Start..spans[i].End]))
                {
                    firstOf[i] = j;
                }
            }
        }

        var tokens = new string?[spans.Count];
        var hints = new string?[spans.Count];
        var tokenized = new List<TokenizedFinding>();
        for (var i = 0; i < spans.Count; i++)
        {
            if (!tokenize[i])
            {
                continue;
            }

            var span = spans[i];
            var same = firstOf[i];
            if (same >= 0)
            {
                (tokens[i], hints[i]) = (tokens[same], hints[same]);
            }
            else
            {
                TokenizedValue value;
                try
                {
                    var tokenizer = _tokenizer ?? throw new InvalidOperationException("No IValueTokenizer is registered.");
                    var request = new TokenizeRequest(context.TenantId, context.SubjectId, span.Class, message.Memory[span.Start..span.End], lifetimes[i]);
                    value = await tokenizer.TokenizeAsync(request, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new TokenizationFailedException(span.Class, e);
                }

                if (string.IsNullOrEmpty(value?.Token))
                {
                    throw new TokenizationFailedException(span.Class, new InvalidOperationException("The tokenizer returned no token."));
                }

                (tokens[i], hints[i]) = (value.Token, value.DisplayHint);
            }

            tokenized.Add(new TokenizedFinding(span.Class, span.Start, span.End, tokens[i]!, hints[i]));
        }

        return (tokens, tokenized);
    }
}
