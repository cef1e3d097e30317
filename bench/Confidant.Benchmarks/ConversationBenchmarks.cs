using BenchmarkDotNet.Attributes;
using Confidant.Detection;

namespace Confidant.Benchmarks;

/// <summary>A conversation window over a six-message conversation; figures are per conversation.</summary>
[MemoryDiagnoser]
public class ConversationBenchmarks
{
    private SensitiveDataDetector _detector = null!;
    private string[] _messages = [];

    [GlobalSetup]
    public void Setup()
    {
        _detector = new SensitiveDataDetector();
        _messages = BenchmarkData.Conversation();
    }

    [Benchmark(Description = "Conversation window, 6 messages")]
    public int ScanConversation()
    {
        var window = _detector.StartConversation();
        var found = 0;
        foreach (var message in _messages)
        {
            found += window.Scan(message).Count;
        }

        return found;
    }
}
