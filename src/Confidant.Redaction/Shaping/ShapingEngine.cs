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

    /// <summary>
    /// Shapes the text for a sink whose actions contain neither Drop nor Block, except for its
    /// tokens: the result is the text cut where tokens go (one more piece than tokens), so that
    /// everything that can fail (masks, hashes, pseudonyms) is done before the vault is written to,
    /// and only <see cref="Assemble"/> is left for after.
    /// </summary>
    /// <param name="pseudonyms">The message's pseudonym scope (committed or rolled back by the caller).</param>
    /// <param name="placeholders">Pseudonyms already looked up for this message (filled in here), shared by its sinks.</param>
    /// <param name="tokenSpans">The index of the span each token goes in for, in text order.</param>
    public string[] Render(ReadOnlySpan<char> text, List<DetectedSpan> spans, RedactionAction[] actions, PseudonymScope pseudonyms, string?[] placeholders, out int[] tokenSpans)
    {
        var count = 0;
        foreach (var action in actions)
        {
            count += action == RedactionAction.Tokenize ? 1 : 0;
        }

        var pieces = new string[count + 1];
        tokenSpans = new int[count];
        var piece = 0;
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
                        builder.Append(placeholders[i] ??= pseudonyms.Table.GetOrAdd(span.Class, value, pseudonyms));
                        break;
                    case RedactionAction.Tokenize:
                        pieces[piece] = builder.ToString();
                        tokenSpans[piece++] = i;
                        builder.Clear();
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
            pieces[piece] = builder.ToString();
            return pieces;
        }
        finally
        {
            builder.Dispose();
        }
    }

    /// <summary>
    /// Puts the tokens into a text from <see cref="Render"/>. Runs after the vault has been written
    /// to, so it must not fail: it only concatenates strings that exist (a missing token, which
    /// tokenization never leaves, would read as empty rather than throw).
    /// </summary>
    public static string Assemble(string[] pieces, int[] tokenSpans, string?[]? tokens)
    {
        if (tokenSpans.Length == 0)
        {
            return pieces[0];
        }

        var parts = new string?[(pieces.Length * 2) - 1];
        for (var k = 0; k < tokenSpans.Length; k++)
        {
            parts[2 * k] = pieces[k];
            parts[(2 * k) + 1] = tokens?[tokenSpans[k]];
        }

        parts[^1] = pieces[^1];
        return string.Concat(parts);
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
