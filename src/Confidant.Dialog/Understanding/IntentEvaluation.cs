using System.Globalization;
using System.Text;

namespace Confidant.Dialog.Understanding;

/// <summary>
/// How well an <see cref="IntentRecognizer"/> does on a labelled set: accuracy, precision and
/// recall per intent (with <see cref="NoneLabel"/> as a label of its own) and every mistake. Sets
/// are TSV files, one <c>utterance&lt;TAB&gt;intent</c> per line, <c>none</c> for out of scope,
/// <c>#</c> starting a comment line.
/// </summary>
public sealed class IntentEvaluation
{
    /// <summary>The label of an out-of-scope utterance, and of the recognizer's fallback.</summary>
    public const string NoneLabel = "none";

    /// <summary>The largest evaluation file read, in bytes.</summary>
    public const int MaxFileBytes = 4 << 20;

    private IntentEvaluation(int total, int correct, IReadOnlyList<IntentScore> perIntent, IReadOnlyList<IntentConfusion> confusions)
    {
        Total = total;
        Correct = correct;
        PerIntent = perIntent;
        Confusions = confusions;
    }

    /// <summary>Utterances evaluated.</summary>
    public int Total { get; }

    /// <summary>Utterances the recognizer got right (a fallback is right for a <c>none</c> label).</summary>
    public int Correct { get; }

    /// <summary><see cref="Correct"/> over <see cref="Total"/>; 0 for an empty set.</summary>
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    /// <summary>One score per intent of the recognizer, in its order, then <see cref="NoneLabel"/>.</summary>
    public IReadOnlyList<IntentScore> PerIntent { get; }

    /// <summary>The utterances the recognizer got wrong, in set order.</summary>
    public IReadOnlyList<IntentConfusion> Confusions { get; }

    /// <summary>Reads a labelled set from a TSV file.</summary>
    /// <param name="path">The file; errors name it as given.</param>
    /// <returns>The utterances, in file order.</returns>
    /// <exception cref="IntentFileException">The file cannot be read or a line is malformed.</exception>
    public static IReadOnlyList<LabelledUtterance> LoadTsv(string path)
    {
        return ParseTsv(IntentFile.ReadText(path, MaxFileBytes), path);
    }

    /// <summary>Reads a labelled set from TSV text.</summary>
    /// <param name="tsv">The text.</param>
    /// <param name="sourceName">How errors name the source, usually its path.</param>
    /// <returns>The utterances, in order.</returns>
    /// <exception cref="IntentFileException">A line is not <c>utterance&lt;TAB&gt;intent</c>, or repeats an earlier utterance.</exception>
    public static IReadOnlyList<LabelledUtterance> ParseTsv(string tsv, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        ArgumentNullException.ThrowIfNull(sourceName);
        var items = new List<LabelledUtterance>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (lineNumber == 1)
            {
                line = line.TrimStart('\uFEFF');
            }

            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var tab = line.LastIndexOf('\t');
            if (tab < 0)
            {
                throw new IntentFileException(IntentErrorCodes.InvalidEvaluationLine, sourceName, lineNumber, null, "expected utterance<TAB>intent");
            }

            var text = line[..tab].Trim();
            var label = line[(tab + 1)..].Trim();
            if (text.Length == 0)
            {
                throw new IntentFileException(IntentErrorCodes.InvalidEvaluationLine, sourceName, lineNumber, "utterance", "is empty");
            }

            if (label.Length == 0)
            {
                throw new IntentFileException(IntentErrorCodes.InvalidEvaluationLine, sourceName, lineNumber, "intent", "is empty");
            }

            if (seen.TryGetValue(text, out var first))
            {
                throw new IntentFileException(IntentErrorCodes.InvalidEvaluationLine, sourceName, lineNumber, "utterance", $"repeats line {first}");
            }

            seen.Add(text, lineNumber);
            items.Add(new LabelledUtterance(text, label == NoneLabel ? null : label, lineNumber));
        }

        return items;
    }

    /// <summary>Runs the recognizer over a labelled set.</summary>
    /// <param name="recognizer">The recognizer.</param>
    /// <param name="utterances">The labelled set.</param>
    /// <param name="sourceName">How errors name the set, usually its path.</param>
    /// <returns>The figures and the mistakes.</returns>
    /// <exception cref="IntentFileException">An utterance is labelled with an intent the recognizer does not have.</exception>
    public static IntentEvaluation Run(IntentRecognizer recognizer, IEnumerable<LabelledUtterance> utterances, string sourceName = "evaluation set")
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(utterances);
        var labels = recognizer.Intents.Select(i => i.Id).Append(NoneLabel).ToList();
        var index = labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        var support = new int[labels.Count];
        var predicted = new int[labels.Count];
        var correct = new int[labels.Count];
        var confusions = new List<IntentConfusion>();
        var total = 0;
        foreach (var utterance in utterances)
        {
            var expected = utterance.IntentId ?? NoneLabel;
            if (!index.TryGetValue(expected, out var e))
            {
                throw new IntentFileException(IntentErrorCodes.UnknownIntent, sourceName, utterance.Line, "intent",
                    $"'{expected}' is not an intent of the recognizer (nor '{NoneLabel}')");
            }

            var match = recognizer.Recognize(utterance.Text);
            var actual = match.IntentId ?? NoneLabel;
            var a = index[actual];
            total++;
            support[e]++;
            predicted[a]++;
            if (e == a)
            {
                correct[e]++;
            }
            else
            {
                confusions.Add(new IntentConfusion(utterance, expected, actual, match.Confidence));
            }
        }

        var scores = labels.Select((label, i) => new IntentScore(label, support[i], predicted[i], correct[i])).ToList();
        return new IntentEvaluation(total, correct.Sum(), scores, confusions);
    }

    /// <summary>A plain-text report: accuracy, a table per intent, the most frequent confusions and every mistake.</summary>
    public string ToReport()
    {
        var culture = CultureInfo.InvariantCulture;
        var report = new StringBuilder();
        report.AppendLine(culture, $"accuracy {Accuracy:0.000} ({Correct}/{Total})");
        var width = Math.Max(8, PerIntent.Max(s => s.IntentId.Length));
        report.AppendLine(culture, $"{"intent".PadRight(width)}  support  precision  recall     f1");
        foreach (var score in PerIntent)
        {
            report.AppendLine(culture, $"{score.IntentId.PadRight(width)}  {score.Support,7}  {score.Precision,9:0.000}  {score.Recall,6:0.000}  {score.F1,5:0.000}");
        }

        if (Confusions.Count > 0)
        {
            report.AppendLine("confusions (expected -> answered: count)");
            foreach (var pair in Confusions.GroupBy(c => (c.Expected, c.Actual)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Expected, StringComparer.Ordinal).ThenBy(g => g.Key.Actual, StringComparer.Ordinal))
            {
                report.AppendLine(culture, $"  {pair.Key.Expected} -> {pair.Key.Actual}: {pair.Count()}");
            }

            report.AppendLine("mistakes");
            foreach (var confusion in Confusions)
            {
                report.AppendLine(culture, $"  line {confusion.Utterance.Line}: \"{confusion.Utterance.Text}\" expected {confusion.Expected}, answered {confusion.Actual} ({confusion.Confidence:0.00})");
            }
        }

        return report.ToString();
    }
}
