namespace Confidant.Cli.Eval.Metrics;

/// <summary>
/// Precision, recall, F1 and F2. A ratio whose denominator is zero is 0 (no predictions: precision
/// 0; no gold: recall 0), the usual "zero division = 0" convention, so a class the detector never
/// reports cannot look perfect. Classes with no gold spans are listed apart in the report.
/// </summary>
/// <param name="Precision">TP / (TP + FP).</param>
/// <param name="Recall">TP / (TP + FN).</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
/// <param name="F2">F-beta with beta 2: recall weighs four times as much as precision, since a missed value leaks.</param>
internal readonly record struct Scores(double Precision, double Recall, double F1, double F2)
{
    /// <summary>Computes the scores of the given counts.</summary>
    public static Scores From(int truePositives, int falsePositives, int falseNegatives)
    {
        var precision = Ratio(truePositives, truePositives + falsePositives);
        var recall = Ratio(truePositives, truePositives + falseNegatives);
        return new Scores(precision, recall, FBeta(precision, recall, 1), FBeta(precision, recall, 2));
    }

    /// <summary>(1 + beta²) · P · R / (beta² · P + R), or 0 when both are 0.</summary>
    public static double FBeta(double precision, double recall, double beta)
    {
        var b2 = beta * beta;
        var denominator = (b2 * precision) + recall;
        return denominator == 0 ? 0 : (1 + b2) * precision * recall / denominator;
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
