using System.Diagnostics;
using System.Globalization;
using Confidant.Detection;
using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;

namespace Confidant.Benchmarks;

/// <summary>
/// <c>--recognizers</c>: where the long-document time goes; <c>--recognizers --messages</c>: the
/// same for the chat-size corpus messages of the mixed benchmark. Scans the texts the way
/// <see cref="SensitiveDataDetector.Detect"/> does (normalise and tokenise once, then each
/// recognizer) and prints each step's mean time and candidates, slowest first. A Stopwatch
/// loop for finding what to work on; the official figures come from BenchmarkDotNet.
/// </summary>
public static class RecognizerTimes
{
    public static void Run(TextWriter output, bool messages = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (messages)
        {
            var corpus = BenchmarkData.MixedCorpusMessages();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Data: {BenchmarkData.Source}; {corpus.Length} corpus messages; times are per message (ns)"));
            Profile(output, corpus, iterations: 20, unit: 1e6 / corpus.Length, unitName: "ns");
        }
        else
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Data: {BenchmarkData.Source}; {BenchmarkData.LongDocumentUtf8Bytes / 1e6:0.00} MB, mean of 30 scans"));
            Profile(output, [BenchmarkData.LongDocument()], iterations: 30, unit: 1, unitName: "ms");
        }
    }

    /// <summary>Times each step over <paramref name="texts"/>; a time in ms per pass over the texts is printed times <paramref name="unit"/>.</summary>
    private static void Profile(TextWriter output, string[] texts, int iterations, double unit, string unitName)
    {
        var options = new DetectionOptions();
        IRecognizer[] recognizers = [.. RecognizerCatalog.CreateBuiltIn(options)];
        var context = new ScanContext();
        var times = new double[recognizers.Length];
        var candidates = new int[recognizers.Length];
        var reset = 0.0;

        // The first rounds are not counted: the runtime recompiles hot methods with full
        // optimisation only after some dozens of calls (tiered compilation), and with 30 scans
        // a round the first two still ran partly unoptimised code.
        const int WarmUpRounds = 4;
        for (var round = 0; round <= WarmUpRounds; round++)
        {
            Array.Clear(times);
            Array.Clear(candidates);
            reset = 0;
            for (var i = 0; i < iterations * texts.Length; i++)
            {
                var started = Stopwatch.GetTimestamp();
                context.Reset(texts[i % texts.Length], WordLexicon.Default);
                reset += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                for (var r = 0; r < recognizers.Length; r++)
                {
                    var before = context.CandidateCount;
                    started = Stopwatch.GetTimestamp();
                    recognizers[r].Recognize(context);
                    times[r] += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    candidates[r] += context.CandidateCount - before;
                }

                context.Clear();
            }
        }

        // Times are per pass over the texts; candidates are per pass too.
        var total = (reset + times.Sum()) / iterations;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{reset / iterations * unit,8:0.000} {unitName} {100 * reset / iterations / total,5:0.0}%            normalise and tokenise"));
        foreach (var r in Enumerable.Range(0, recognizers.Length).OrderByDescending(r => times[r]))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{times[r] / iterations * unit,8:0.000} {unitName} {100 * times[r] / iterations / total,5:0.0}% {candidates[r] / iterations,7} {recognizers[r].Id}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total * unit,8:0.000} {unitName} in all (before thresholds and overlap resolution)"));
    }
}
