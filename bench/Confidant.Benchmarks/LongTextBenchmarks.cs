using BenchmarkDotNet.Attributes;
using Confidant.Detection;

namespace Confidant.Benchmarks;

/// <summary>A ~1 MB document scanned at once and through the streaming scanner; the MB/s column gives throughput.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class LongTextBenchmarks
{
    private const int ChunkLength = 64;

    private SensitiveDataDetector _detector = null!;
    private string _document = "";
    private string[] _chunks = [];

    [GlobalSetup]
    public void Setup()
    {
        _detector = new SensitiveDataDetector();
        _document = BenchmarkData.LongDocument();
        _chunks = new string[(_document.Length + ChunkLength - 1) / ChunkLength];
        for (var i = 0; i < _chunks.Length; i++)
        {
            var start = i * ChunkLength;
            _chunks[i] = _document.Substring(start, Math.Min(ChunkLength, _document.Length - start));
        }
    }

    [Benchmark(Description = "Detect, 1 MB document")]
    public int DetectLongDocument() => _detector.Detect(_document).Findings.Count;

    [Benchmark(Description = "Streaming scanner, 1 MB in 64-char chunks")]
    public int StreamLongDocument()
    {
        var scanner = _detector.StartStream();
        var found = 0;
        foreach (var chunk in _chunks)
        {
            foreach (var release in scanner.Write(chunk))
            {
                found += release.Findings.Count;
            }
        }

        return found + scanner.Complete().Findings.Count;
    }
}
