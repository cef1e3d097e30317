using System.Collections.Concurrent;
using Confidant.Detection;
using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Pseudonyms;
using Confidant.Redaction.Shaping.Masking;
using Confidant.Redaction.Text;

namespace Confidant.Redaction.Shaping;

/// <summary>Applies the policy's actions to the values of a message, for one sink at a time.</summary>
internal sealed class ShapingEngine(PrivacyPolicy policy)
{
    private const int StackNormalizeLimit = 256;
    private readonly ConcurrentDictionary<string, string> _labels = new(StringComparer.Ordinal);

    public PrivacyPolicy Policy { get; } = policy;

    /// <summary>The findings as spans, checked against the message length, sorted, without overlaps.</summary>
    public static List<DetectedSpan> SpansOf(IReadOnlyList<Finding> findings, int textLength)
    {
        var spans = new List<DetectedSpan>(findings.Count);
        foreach (var finding in findings)
        {
            spans.Add(new DetectedSpan(finding.Class, finding.Start, finding.End));
        }

        return Normalize(spans, textLength);
    }

    public static List<DetectedSpan> Normalize(List<DetectedSpan> spans, int textLength)
    {
        foreach (var span in spans)
        {
            if (span.Start < 0 || span.End > textLength || span.End <= span.Start)
            {
                // Findings that do not fit the text belong to another text: shaping with them could leak.
                throw new InvalidOperationException("A finding lies outside the message; the detection result does not belong to this text.");
            }
        }

        spans.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = new List<DetectedSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (kept.Count > 0 && span.Start < kept[^1].End)
            {
                // Overlap: widen the kept span so no part of either value escapes; the earlier class wins.
                var last = kept[^1];
                kept[^1] = last with { End = Math.Max(last.End, span.End) };
                continue;
            }

            kept.Add(span);
        }

        return kept;
    }

    /// <summary>The action of every span for one sink.</summary>
    public RedactionAction[] Decide(List<DetectedSpan> spans, int sinkIndex)
    {
        var actions = new RedactionAction[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            actions[i] = Policy.RowFor(spans[i].Class)[sinkIndex];
        }

        return actions;
    }

    /// <summary>Shapes the text for a sink whose actions contain neither Drop nor Block.</summary>
    /// <param name="placeholders">Pseudonyms already looked up for this message (filled in here), shared by its sinks.</param>
    public string Render(ReadOnlySpan<char> text, List<DetectedSpan> spans, RedactionAction[] actions, PseudonymTable pseudonyms, string?[]? tokens, string?[] placeholders)
    {
        var builder = new CharBuilder(text.Length + (spans.Count * 16));
        try
        {
            var position = 0;
            for (var i = 0; i < spans.Count; i++)
            {
                var span = spans[i];
                builder.Append(text[position..span.Start]);
                var value = text[span.Start..span.End];
                switch (actions[i])
                {
                    case RedactionAction.Allow:
                        builder.Append(value);
                        break;
                    case RedactionAction.Mask:
                        var mask = MaskRedactors.For(span.Class, Policy.CardMask);
                        mask.Redact(value, builder.AppendSpan(mask.GetRedactedLength(value)));
                        break;
                    case RedactionAction.Redact:
                        builder.Append(Label(span.Class));
                        break;
                    case RedactionAction.Pseudonymize:
                        builder.Append(placeholders[i] ??= pseudonyms.GetOrAdd(span.Class, value));
                        break;
                    case RedactionAction.Tokenize:
                        builder.Append(tokens?[i] ?? throw new InvalidOperationException("A value to tokenize has no token."));
                        break;
                    case RedactionAction.Hash:
                        AppendHash(ref builder, span.Class, value);
                        break;
                    default:
                        throw new InvalidOperationException($"Action {actions[i]} does not produce text.");
                }

                position = span.End;
            }

            builder.Append(text[position..]);
            return builder.ToString();
        }
        finally
        {
            builder.Dispose();
        }
    }

    /// <summary>The label of the redact action: <c>[CARD NUMBER]</c>.</summary>
    public string Label(DataClass dataClass) =>
        _labels.GetOrAdd(dataClass.Name, static (_, c) => "[" + c.DisplayName.ToUpperInvariant() + "]", dataClass);

    /// <summary>Per class and action: how many values, ordered by class name.</summary>
    public static IReadOnlyList<ClassActionCount> Summarize(List<DetectedSpan> spans, RedactionAction[] actions)
    {
        if (spans.Count == 0)
        {
            return [];
        }

        // A message holds a handful of values: a linear scan beats a dictionary.
        var counts = new List<ClassActionCount>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var j = counts.Count - 1;
            while (j >= 0 && !(counts[j].Class == spans[i].Class && counts[j].Action == actions[i]))
            {
                j--;
            }

            if (j < 0)
            {
                counts.Add(new ClassActionCount(spans[i].Class, actions[i], 1));
            }
            else
            {
                counts[j] = counts[j] with { Count = counts[j].Count + 1 };
            }
        }

        counts.Sort(static (a, b) =>
        {
            var byName = string.CompareOrdinal(a.Class.Name, b.Class.Name);
            return byName != 0 ? byName : a.Action.CompareTo(b.Action);
        });
        return counts;
    }

    private void AppendHash(ref CharBuilder builder, DataClass dataClass, ReadOnlySpan<char> value)
    {
        var hasher = Policy.Hasher ?? throw new InvalidOperationException("The Hash action has no key.");
        var normalized = value.Length <= StackNormalizeLimit ? stackalloc char[value.Length] : new char[value.Length];
        try
        {
            var n = ValueNormalizer.NormalizeForHash(value, normalized);
            var input = n == 0 ? value : normalized[..n];
            builder.Append('<');
            builder.Append(dataClass.Name);
            builder.Append('#');
            var room = builder.AppendSpan(hasher.GetRedactedLength(input));
            var written = hasher.Redact(input, room);
            builder.Shrink(room.Length - written);
            builder.Append('>');
        }
        finally
        {
            normalized.Clear();
        }
    }
}
