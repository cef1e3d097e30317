using BenchmarkDotNet.Configs;

namespace Confidant.Benchmarks;

/// <summary>Adds the MB/s column to the long-text benchmarks.</summary>
public class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn());
}
