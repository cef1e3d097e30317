using System.Diagnostics;
using System.Globalization;
using Confidant.Detection;

namespace Confidant.Benchmarks;

/// <summary>
/// <c>--quick</c>: a plain Stopwatch loop printing messages/s and MB/s in a few seconds, as a smoke
/// check. It has no warm-up statistics or outlier handling: the official figures come from
/// BenchmarkDotNet.
/// </summary>
public static class QuickRun
{
    public static void Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var detector = new SensitiveDataDetector();
        output.WriteLine($"Data: {BenchmarkData.Source}");
        Messages(output, detector, "benign messages", BenchmarkData.BenignMessages());
        Messages(output, detector, "messages with findings", BenchmarkData.MessagesWithFindings());
        Messages(output, detector, "corpus messages (mixed, file order)", BenchmarkData.MixedCorpusMessages());

        var document = BenchmarkData.LongDocument();
        var megabytes = BenchmarkData.LongDocumentUtf8Bytes / 1e6;
        var warmUpDocument = Stopwatch.StartNew();
        while (warmUpDocument.Elapsed < TimeSpan.FromSeconds(3))
        {
            detector.Detect(document);
        }

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var runs = 0;
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(2) || runs < 3)
        {
            detector.Detect(document);
            runs++;
        }

        stopwatch.Stop();

        // CPU time as well as wall time: on a shared machine the wall time also counts the time
        // the scan waited for a core. The process's CPU time includes the GC and JIT threads, so
        // it errs on the slow side.
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"long document ({megabytes:0.00} MB): {runs * megabytes / stopwatch.Elapsed.TotalSeconds:0.0} MB/s ({stopwatch.Elapsed.TotalMilliseconds / runs:0.00} ms per scan); by CPU time {runs * megabytes / cpu.TotalSeconds:0.0} MB/s ({cpu.TotalMilliseconds / runs:0.00} ms per scan)"));
        output.WriteLine("Smoke check only: run without --quick for BenchmarkDotNet figures.");
    }

    private static void Messages(TextWriter output, SensitiveDataDetector detector, string label, string[] messages)
    {
        // Warm up long enough for tiered compilation to finish optimising the hot paths: timed
        // straight after one pass, the first seconds still run partly unoptimised code.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(3))
        {
            foreach (var message in messages)
            {
                detector.Detect(message);
            }
        }

        var bytes = messages.Sum(m => (long)System.Text.Encoding.UTF8.GetByteCount(m));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        long scanned = 0;
        long scannedBytes = 0;
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(2))
        {
            foreach (var message in messages)
            {
                detector.Detect(message);
            }

            scanned += messages.Length;
            scannedBytes += bytes;
        }

        stopwatch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var seconds = stopwatch.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {scanned / seconds:N0} messages/s, {scannedBytes / 1e6 / seconds:0.0} MB/s, {1e9 * seconds / scanned:0} ns and {(double)allocated / scanned:0} B allocated per message"));
    }
}
