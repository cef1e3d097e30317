namespace Confidant.Cli.Eval.Metrics;

/// <summary>Counts per class over a whole corpus; the micro average sums the counts of every class.</summary>
internal sealed class EvaluationTally
{
    private readonly SortedDictionary<string, ClassCounts> _byClass = new(StringComparer.Ordinal);

    /// <summary>Counts per class name, in name order.</summary>
    public IReadOnlyDictionary<string, ClassCounts> ByClass => _byClass;

    /// <summary>The counts of every class added together (micro average).</summary>
    public ClassCounts Micro
    {
        get
        {
            var total = new ClassCounts();
            foreach (var counts in _byClass.Values)
            {
                total.Add(counts);
            }

            return total;
        }
    }

    /// <summary>The counts of <paramref name="label"/>, created on first use.</summary>
    public ClassCounts For(string label)
    {
        if (!_byClass.TryGetValue(label, out var counts))
        {
            counts = new ClassCounts();
            _byClass.Add(label, counts);
        }

        return counts;
    }
}
