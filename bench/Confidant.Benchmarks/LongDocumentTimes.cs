using System.Diagnostics;
using System.Globalization;
using Confidant.Detection;

namespace Confidant.Benchmarks;

/// <summary>
/// <c>--long</c>: the 1 MB document scanned in batches of ten, after fifteen batches of warm-up;
/// prints the best and the median batch, per scan, then what the measured scans allocated and the
/// garbage collections they caused. Made for comparing two checkouts on a shared
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
        int gen0 = 0, gen1 = 0, gen2 = 0;
        var paused = TimeSpan.Zero;
        long allocated = 0;
        for (var batch = 0; batch < WarmUpBatches + Batches; batch++)
        {
            if (batch == WarmUpBatches)
            {
                (gen0, gen1, gen2, paused, allocated) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetAllocatedBytesForCurrentThread());
            }

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

        const int Scans = Batches * ScansPerBatch;
        var collections = string.Create(CultureInfo.InvariantCulture,
            $"per scan: {(GC.GetAllocatedBytesForCurrentThread() - allocated) / Scans / 1e6:0.00} MB allocated; in {Scans} scans {GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(1) - gen1} gen1 and {GC.CollectionCount(2) - gen2} gen2 collections, {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / Scans:0.00} ms paused per scan");
        times.Sort();
        var megabytes = BenchmarkData.LongDocumentUtf8Bytes / 1e6;
        var median = times[times.Count / 2];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"long document ({megabytes:0.00} MB, {BenchmarkData.Source}): median {median:0.00} ms ({megabytes * 1000 / median:0.0} MB/s), best {times[0]:0.00} ms"));
        output.WriteLine(collections);
    }
}
