using System.Diagnostics;
using System.Globalization;
using System.Runtime.Loader;

namespace Confidant.Benchmarks;

/// <summary>
/// <c>--compare DIR_A DIR_B [mixed|benign|findings|long] [seconds]</c>: two builds of
/// Confidant.Detection (each folder holds a Confidant.Detection.dll and its dependencies, such as a
/// copy of <c>src/Confidant.Detection/bin/Release/net10.0</c> from each commit) loaded side by side
/// in one process, each in its own load context, and scanning the same texts in alternating 50 ms
/// slices. On a shared machine whose speed drifts by tens of percent from one minute to the next,
/// the drift falls on both builds alike, and the ratio of paired slices shows a change of a few
/// percent that separate runs cannot.
/// </summary>
public static class BuildComparison
{
    public static void Run(TextWriter output, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count < 2)
        {
            output.WriteLine("usage: --compare DIR_A DIR_B [mixed|benign|findings|long] [seconds]");
            return;
        }

        var mode = args.Count > 2 ? args[2] : "mixed";
        var seconds = args.Count > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 30;
        string[] texts = mode switch
        {
            "benign" => BenchmarkData.BenignMessages(),
            "findings" => BenchmarkData.MessagesWithFindings(),
            "long" => [BenchmarkData.LongDocument()],
            _ => BenchmarkData.MixedCorpusMessages(),
        };

        var detect = new[] { Load(args[0], "a"), Load(args[1], "b") };
        output.WriteLine($"Data: {BenchmarkData.Source}; {texts.Length} text(s), mode {mode}");

        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(6))
        {
            foreach (var d in detect)
            {
                Scan(d, texts);
            }
        }

        var ticks = new long[2];
        var counts = new long[2];
        var slices = new[] { new List<double>(), new List<double>() };
        var total = Stopwatch.StartNew();
        for (var round = 0; total.Elapsed.TotalSeconds < seconds; round++)
        {
            for (var j = 0; j < 2; j++)
            {
                var k = (round + j) % 2; // each build goes first in every other round
                var started = Stopwatch.GetTimestamp();
                var n = 0;
                do
                {
                    Scan(detect[k], texts);
                    n += texts.Length;
                }
                while (Stopwatch.GetElapsedTime(started).TotalMilliseconds < 50);

                var elapsed = Stopwatch.GetTimestamp() - started;
                ticks[k] += elapsed;
                counts[k] += n;
                slices[k].Add(n / ((double)elapsed / Stopwatch.Frequency));
            }
        }

        var unit = mode == "long" ? "documents/s" : "messages/s";
        for (var k = 0; k < 2; k++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(k == 0 ? "A" : "B")} {args[k]}: {counts[k] / ((double)ticks[k] / Stopwatch.Frequency):0.0} {unit} (median slice {Percentile(slices[k], 0.5):0.0})"));
        }

        var ratios = slices[0].Zip(slices[1], (a, b) => b / a).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"B/A: {Percentile(ratios, 0.5):0.000} median of {ratios.Count} paired slices (10th percentile {Percentile(ratios, 0.1):0.000}, 90th {Percentile(ratios, 0.9):0.000})"));
    }

    private static void Scan(Func<string, object> detect, string[] texts)
    {
        foreach (var text in texts)
        {
            detect(text);
        }
    }

    /// <summary>Loads the detector of one build folder in a load context of its own.</summary>
    private static Func<string, object> Load(string folder, string name)
    {
        var directory = Path.GetFullPath(folder);
        var context = new AssemblyLoadContext(name);
        context.Resolving += (c, assembly) =>
        {
            var path = Path.Combine(directory, assembly.Name + ".dll");
            return File.Exists(path) ? c.LoadFromAssemblyPath(path) : null;
        };
        var detection = context.LoadFromAssemblyPath(Path.Combine(directory, "Confidant.Detection.dll"));
        var type = detection.GetType("Confidant.Detection.SensitiveDataDetector", throwOnError: true)!;
        var detector = Activator.CreateInstance(type, [null])!;
        return type.GetMethod("Detect", [typeof(string)])!.CreateDelegate<Func<string, object>>(detector);
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)(p * (sorted.Length - 1))];
    }
}
