using Confidant.Cli.Eval.Metrics;
using Confidant.Detection;
using Confidant.Detection.Taxonomy;

namespace Confidant.Cli.Eval;

/// <summary>
/// Runs the detector over a labelled corpus and counts matches. Messages of one conversation are
/// scanned in turn order through a conversation window, and each part of a finding is credited to
/// the message it lies in, so a value split across turns is scored where it was labelled.
/// </summary>
internal static class CorpusEvaluator
{
    public static EvaluationResult Evaluate(ISensitiveDataDetector detector, EvalCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(corpus);
        var result = new EvaluationResult { Unsupported = corpus.Unsupported };
        var predictions = new List<LabelledSpan>[corpus.Messages.Count];
        for (var i = 0; i < predictions.Length; i++)
        {
            predictions[i] = [];
        }

        foreach (var group in Groups(corpus.Messages))
        {
            if (group.Count == 1 && corpus.Messages[group[0]].Conversation is null)
            {
                ScanAlone(detector, corpus.Messages[group[0]].Text, predictions[group[0]], result);
            }
            else
            {
                ScanConversation(detector, corpus, group, predictions, result);
            }
        }

        for (var i = 0; i < corpus.Messages.Count; i++)
        {
            var scored = Scored(predictions[i], corpus.ScoredClasses, result);
            var message = i;
            SpanMatcher.Match(corpus.Messages[i].Gold, scored, result.Tally, (span, missed) => result.Errors.Add((message, span, missed)));
        }

        result.MessageCount = corpus.Messages.Count;
        result.ClassesWithoutGold = [.. DataClasses.All
            .Select(c => c.Name)
            .Where(name => corpus.ScoredClasses is null || corpus.ScoredClasses.Contains(name))
            .Where(name => !result.Tally.ByClass.TryGetValue(name, out var counts) || counts.Gold == 0)];
        return result;
    }

    /// <summary>Message indexes grouped by conversation (turn order), each lone message a group of its own, in file order.</summary>
    private static List<List<int>> Groups(List<EvalMessage> messages)
    {
        var groups = new List<List<int>>();
        var byConversation = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < messages.Count; i++)
        {
            var conversation = messages[i].Conversation;
            if (conversation is null)
            {
                groups.Add([i]);
            }
            else if (byConversation.TryGetValue(conversation, out var group))
            {
                group.Add(i);
            }
            else
            {
                group = [i];
                byConversation.Add(conversation, group);
                groups.Add(group);
            }
        }

        foreach (var group in byConversation.Values)
        {
            // Stable: equal turns keep file order.
            var ordered = group.OrderBy(i => messages[i].Turn).ToList();
            group.Clear();
            group.AddRange(ordered);
        }

        return groups;
    }

    private static void ScanAlone(ISensitiveDataDetector detector, string text, List<LabelledSpan> into, EvaluationResult result)
    {
        try
        {
            foreach (var finding in detector.Detect(text).Findings)
            {
                into.Add(new LabelledSpan(finding.Start, finding.End, finding.Class.Name));
            }
        }
        catch (InputTooLargeException)
        {
            result.FailedMessages++;
        }
    }

    private static void ScanConversation(ISensitiveDataDetector detector, EvalCorpus corpus, List<int> group,
        List<LabelledSpan>[] predictions, EvaluationResult result)
    {
        var window = detector.StartConversation();
        foreach (var messageIndex in group)
        {
            try
            {
                foreach (var finding in window.Scan(corpus.Messages[messageIndex].Text))
                {
                    foreach (var part in finding.Parts)
                    {
                        // The window numbers messages in the order they were scanned: the group order.
                        Add(predictions[group[part.MessageIndex]], new LabelledSpan(part.Start, part.End, finding.Class.Name));
                    }
                }
            }
            catch (InputTooLargeException)
            {
                result.FailedMessages++;
            }
        }
    }

    /// <summary>
    /// Adds a prediction, merging it with an overlapping one of the same class: a later turn can
    /// report again, longer, a value an earlier turn already reported in part.
    /// </summary>
    private static void Add(List<LabelledSpan> spans, LabelledSpan span)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var existing = spans[i];
            if (existing.Label == span.Label && existing.Overlap(span) > 0)
            {
                spans[i] = new LabelledSpan(Math.Min(existing.Start, span.Start), Math.Max(existing.End, span.End), span.Label);
                return;
            }
        }

        spans.Add(span);
    }

    private static List<LabelledSpan> Scored(List<LabelledSpan> predicted, IReadOnlySet<string>? scoredClasses, EvaluationResult result)
    {
        if (scoredClasses is null)
        {
            return predicted;
        }

        var kept = new List<LabelledSpan>(predicted.Count);
        foreach (var span in predicted)
        {
            if (scoredClasses.Contains(span.Label))
            {
                kept.Add(span);
            }
            else
            {
                result.IgnoredPredictions[span.Label] = result.IgnoredPredictions.TryGetValue(span.Label, out var n) ? n + 1 : 1;
            }
        }

        return kept;
    }
}
