using System.Globalization;

namespace Confidant.Cli.Eval.Presidio;

/// <summary>Writes a <see cref="PresidioCasesResult"/> as markdown: a table per entity and the failing cases.</summary>
internal static class PresidioCasesReportWriter
{
    public static void WriteMarkdown(TextWriter output, PresidioCasesResult result, bool listFailures = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine("# Presidio recognizer test vectors");
        output.WriteLine();
        output.WriteLine("| Presidio entity | Confidant class | Cases | Passed | Failed | Positive passed | Negative passed | Pass rate |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var outcome in result.Entities.Values)
        {
            output.WriteLine(string.Create(culture, $"| {outcome.EntityType} | {outcome.ClassName} | {outcome.Cases} | {outcome.Passed} | {outcome.Failed} | {outcome.PositivePassed}/{outcome.PositiveCases} | {outcome.NegativePassed}/{outcome.NegativeCases} | {outcome.PassRate:P1} |"));
        }

        var total = result.Entities.Values.Sum(o => o.Cases);
        var passed = result.Entities.Values.Sum(o => o.Passed);
        output.WriteLine(string.Create(culture, $"| **All supported** | | {total} | {passed} | {total - passed} | | | {(total == 0 ? 1 : (double)passed / total):P1} |"));
        output.WriteLine();
        if (result.Unsupported.Count > 0)
        {
            output.WriteLine("Not run (no Confidant class): " + string.Join(", ", result.Unsupported.Select(kv => $"{kv.Key} ({kv.Value})")));
            output.WriteLine();
        }

        if (!listFailures)
        {
            return;
        }

        foreach (var outcome in result.Entities.Values.Where(o => o.Failed > 0))
        {
            output.WriteLine(string.Create(culture, $"## {outcome.EntityType}: failing cases (line numbers in {PresidioCaseReader.FileName})"));
            output.WriteLine();
            foreach (var line in outcome.FailedLines)
            {
                var presidioCase = result.CasesByLine[line];
                var kind = presidioCase.IsPositive ? "expected" : "not expected";

                // The texts are Presidio's public test vectors, not user data, so they may be printed.
                output.WriteLine(string.Create(culture, $"- line {line} ({kind}): `{presidioCase.Text.Replace('`', '\'').Replace('\n', ' ')}`"));
            }

            output.WriteLine();
        }
    }
}
