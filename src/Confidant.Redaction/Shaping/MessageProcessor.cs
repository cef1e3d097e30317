using Confidant.Detection;
using Confidant.Redaction.Policy;
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

        var checkpoint = context.Pseudonyms.Checkpoint();
        try
        {
            var outcome = await ShapeAsync(message, spans, context, _engine.Policy.Sinks, cancellationToken).ConfigureAwait(false);
            if (outcome is not AcceptedMessage)
            {
                context.Pseudonyms.Rollback(checkpoint);
            }

            return outcome;
        }
        catch (TokenizationFailedException e) when (!cancellationToken.IsCancellationRequested)
        {
            context.Pseudonyms.Rollback(checkpoint);
            Log.TokenizationFailed(_logger, e.DataClass.Name, e.InnerException?.GetType().Name ?? nameof(Exception), RedactionErrorCodes.TokenizationFailed);
            return new FailedMessage(RedactionErrorCodes.TokenizationFailed);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            context.Pseudonyms.Rollback(checkpoint);
            Log.PolicyFailed(_logger, e.GetType().Name, RedactionErrorCodes.PolicyFailed);
            return new FailedMessage(RedactionErrorCodes.PolicyFailed);
        }
        catch
        {
            context.Pseudonyms.Rollback(checkpoint);
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
        var checkpoint = context.Pseudonyms.Checkpoint();
        try
        {
            var outcome = await ShapeAsync(message, spans, context, [sink], cancellationToken).ConfigureAwait(false);
            switch (outcome)
            {
                case AcceptedMessage accepted:
                    return accepted.Views[0];
                case BlockedMessage blocked:
                    context.Pseudonyms.Rollback(checkpoint);
                    var actions = _engine.Decide(spans, _engine.Policy.SinkIndex(sink));
                    return new ShapedText(sink, null, false, ShapingEngine.Summarize(spans, actions), blocked.Reasons);
                default:
                    throw new InvalidOperationException("Unexpected outcome.");
            }
        }
        catch
        {
            context.Pseudonyms.Rollback(checkpoint);
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

    private async ValueTask<MessageOutcome> ShapeAsync(RawText message, List<DetectedSpan> spans, ConversationContext context, IReadOnlyList<Sink> sinks, CancellationToken cancellationToken)
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

        var (tokens, tokenized) = await TokenizeAsync(message, spans, tokenize, context, cancellationToken).ConfigureAwait(false);

        var placeholders = new string?[spans.Count];
        var views = new ShapedText[sinks.Count];
        for (var s = 0; s < sinks.Count; s++)
        {
            var summary = ShapingEngine.Summarize(spans, actions[s]);
            views[s] = Array.IndexOf(actions[s], RedactionAction.Drop) >= 0
                ? new ShapedText(sinks[s], null, true, summary, [])
                : new ShapedText(sinks[s], _engine.Render(message.Span, spans, actions[s], context.Pseudonyms, tokens, placeholders), false, summary, []);
        }

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
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var classes = string.Join(",", findings.Select(f => f.Class.Name));
            Log.MessageAccepted(_logger, spans.Count, classes, tokenized.Count, sinks.Count);
        }

        return new AcceptedMessage(views, findings, tokenized, policy.RetentionFor(findings.Select(f => f.Class)));
    }

    private async ValueTask<(string?[]? Tokens, IReadOnlyList<TokenizedFinding> Tokenized)> TokenizeAsync(
        RawText message, List<DetectedSpan> spans, bool[] tokenize, ConversationContext context, CancellationToken cancellationToken)
    {
        if (Array.IndexOf(tokenize, true) < 0)
        {
            return (null, []);
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

            // The same value twice in one message is tokenized once.
            var same = -1;
            for (var j = 0; j < i && same < 0; j++)
            {
                if (tokens[j] is not null && spans[j].Class == span.Class
                    && ValueNormalizer.EqualNormalized(span.Class.Name, message.Span[spans[j].Start..spans[j].End], message.Span[span.Start..span.End]))
                {
                    same = j;
                }
            }

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
                    var request = new TokenizeRequest(context.TenantId, context.SubjectId, span.Class, message.Memory[span.Start..span.End], _engine.Policy.RetentionFor(span.Class));
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
