using System.Diagnostics;
using System.Globalization;
using Confidant.Detection;

namespace Confidant.Benchmarks;

/// <summary>
/// <c>--long</c>: the 1 MB document scanned in batches of ten, after fifteen batches of warm-up;
/// prints the best and the median batch, per scan. Made for comparing two checkouts on a shared
/// machine: run it from each, one after the other, several times, and compare the medians. Batches
/// of <see cref="SensitiveDataDetector.Detect"/> (in windows) alternate with batches of one pass
/// over the whole document, the baseline the windows are measured against in the same run.
/// </summary>
public static class LongDocumentTimes
{
    public static void Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        const int WarmUpBatches = 15, Batches = 25, ScansPerBatch = 10;
        var detector = new SensitiveDataDetector();
        var document = BenchmarkData.LongDocument();
        var ways = new (string Name, Func<string, DetectionResult> Scan)[]
        {
            ("Detect (windows)", detector.Detect),
            ("one pass", detector.DetectInOnePass),
        };
        var times = ways.Select(_ => new List<double>(Batches)).ToArray();
        for (var batch = 0; batch < WarmUpBatches + Batches; batch++)
        {
            for (var way = 0; way < ways.Length; way++)
            {
                var started = Stopwatch.GetTimestamp();
                for (var i = 0; i < ScansPerBatch; i++)
                {
                    ways[way].Scan(document);
                }

                if (batch >= WarmUpBatches)
                {
                    times[way].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds / ScansPerBatch);
                }
            }
        }

        var megabytes = BenchmarkData.LongDocumentUtf8Bytes / 1e6;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"long document: {megabytes:0.00} MB, {BenchmarkData.Source}"));
        var medians = new double[ways.Length];
        for (var way = 0; way < ways.Length; way++)
        {
            times[way].Sort();
            medians[way] = times[way][times[way].Count / 2];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{ways[way].Name,-17} median {medians[way]:0.00} ms ({megabytes * 1000 / medians[way]:0.0} MB/s), best {times[way][0]:0.00} ms"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one pass / windows, medians: {medians[1] / medians[0]:0.00}"));
    }
}
