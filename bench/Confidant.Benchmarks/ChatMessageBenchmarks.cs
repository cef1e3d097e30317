using BenchmarkDotNet.Attributes;
using Confidant.Detection;

namespace Confidant.Benchmarks;

/// <summary>Detect over chat-size messages; figures are per message (OperationsPerInvoke).</summary>
[MemoryDiagnoser]
public class ChatMessageBenchmarks
{
    private SensitiveDataDetector _detector = null!;
    private string[] _benign = [];
    private string[] _withFindings = [];
    private string[] _mixed = [];

    [GlobalSetup]
    public void Setup()
    {
        _detector = new SensitiveDataDetector();
        _benign = BenchmarkData.BenignMessages();
        _withFindings = BenchmarkData.MessagesWithFindings();
        _mixed = BenchmarkData.MixedCorpusMessages();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkData.MessagesPerSet, Description = "Detect, benign message")]
    public int DetectBenign()
    {
        var found = 0;
        foreach (var message in _benign)
        {
            found += _detector.Detect(message).Findings.Count;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkData.MessagesPerSet, Description = "Detect, message with findings")]
    public int DetectWithFindings()
    {
        var found = 0;
        foreach (var message in _withFindings)
        {
            found += _detector.Detect(message).Findings.Count;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkData.MixedMessages, Description = "Detect, corpus message (mixed)")]
    public int DetectCorpusMix()
    {
        var found = 0;
        foreach (var message in _mixed)
        {
            found += _detector.Detect(message).Findings.Count;
        }

        return found;
    }
}
