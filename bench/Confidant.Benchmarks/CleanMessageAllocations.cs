using System.Globalization;
using Confidant.Detection;
using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;

namespace Confidant.Benchmarks;

/// <summary>
/// <c>--allocations</c>: which corpus messages the detector finds nothing in and still allocates
/// for, once warm, and in which recognizer. A scan that finds nothing should allocate nothing;
/// this lists the exceptions by message number (never the text) so they can be tracked down.
/// </summary>
public static class CleanMessageAllocations
{
    public static void Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var detector = new SensitiveDataDetector();
        IRecognizer[] recognizers = [.. RecognizerCatalog.CreateBuiltIn(new DetectionOptions())];
        var context = new ScanContext();
        var messages = BenchmarkData.AllMessages();

        // Enough rounds for the runtime to recompile the hot methods with full optimisation
        // (unoptimised code may box), then a pause for the background compiler to finish.
        for (var round = 0; round < 60; round++)
        {
            foreach (var message in messages)
            {
                detector.Detect(message);
            }
        }

        Thread.Sleep(500);
        int clean = 0, allocating = 0;
        for (var m = 0; m < messages.Count; m++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var result = detector.Detect(messages[m]);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (result.HasFindings)
            {
                continue;
            }

            clean++;
            if (allocated == 0)
            {
                continue;
            }

            allocating++;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"message {m + 1} ({messages[m].Length} chars): {allocated} B; {string.Join(", ", AllocatingSteps(messages[m], recognizers, context))}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{allocating} of {clean} messages with no finding allocated ({BenchmarkData.Source})"));
    }

    /// <summary>The recognizers that allocated while scanning <paramref name="message"/>, with their bytes.</summary>
    private static List<string> AllocatingSteps(string message, IRecognizer[] recognizers, ScanContext context)
    {
        var steps = new List<string>();
        var before = GC.GetAllocatedBytesForCurrentThread();
        context.Reset(message, WordLexicon.Default);
        if (GC.GetAllocatedBytesForCurrentThread() - before is > 0 and var reset)
        {
            steps.Add(string.Create(CultureInfo.InvariantCulture, $"normalise and tokenise {reset} B"));
        }

        foreach (var recognizer in recognizers)
        {
            before = GC.GetAllocatedBytesForCurrentThread();
            recognizer.Recognize(context);
            if (GC.GetAllocatedBytesForCurrentThread() - before is > 0 and var bytes)
            {
                steps.Add(string.Create(CultureInfo.InvariantCulture, $"{recognizer.Id} {bytes} B"));
            }
        }

        context.Clear();
        return steps;
    }
}
