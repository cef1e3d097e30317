using System.Diagnostics;
using System.Globalization;
using Confidant.Detection;

namespace Confidant.Benchmarks;

/// <summary>
/// <c>--long</c>: the 1 MB document scanned in batches of ten, after fifteen batches of warm-up;
/// prints the best and the median batch, per scan. Made for comparing two checkouts on a shared
/// machine: run it from each, one after the other, several times, and compare the medians.
/// </summary>
public static class LongDocumentTimes
{
    public static void Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        const int WarmUpBatches = 15, Batches = 25, ScansPerBatch = 10;
        var detector = new SensitiveDataDetector();
        var document = BenchmarkData.LongDocument();
        var times = new List<double>(Batches);
        for (var batch = 0; batch < WarmUpBatches + Batches; batch++)
        {
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < ScansPerBatch; i++)
            {
                detector.Detect(document);
            }

            if (batch >= WarmUpBatches)
            {
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds / ScansPerBatch);
            }
        }

        times.Sort();
        var megabytes = BenchmarkData.LongDocumentUtf8Bytes / 1e6;
        var median = times[times.Count / 2];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"long document ({megabytes:0.00} MB, {BenchmarkData.Source}): median {median:0.00} ms ({megabytes * 1000 / median:0.0} MB/s), best {times[0]:0.00} ms"));
    }
}
