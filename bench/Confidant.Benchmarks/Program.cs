using BenchmarkDotNet.Running;
using Confidant.Benchmarks;

if (args.Contains("--recognizers"))
{
    RecognizerTimes.Run(Console.Out, messages: args.Contains("--messages"));
    return;
}

if (args.Contains("--long"))
{
    LongDocumentTimes.Run(Console.Out);
    return;
}

if (args.Contains("--allocations"))
{
    CleanMessageAllocations.Run(Console.Out);
    return;
}

if (args.Length > 0 && args[0] == "--compare")
{
    BuildComparison.Run(Console.Out, args[1..]);
    return;
}

if (args.Contains("--quick"))
{
    QuickRun.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkData).Assembly).Run(args);
