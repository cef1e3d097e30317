using System.Diagnostics;

namespace Confidant.LoadGenerator;

/// <summary>The run's bounds: a warm-up (not measured), then the measured duration, and a cap on the number of messages.</summary>
internal sealed class LoadClock(LoadOptions options)
{
    private readonly long _start = Stopwatch.GetTimestamp();
    private long _taken;
    private long _measureStart;
    private long _measureEnd;

    public bool Measuring
    {
        get
        {
            var elapsed = Stopwatch.GetElapsedTime(_start);
            return elapsed >= options.Warmup && elapsed < options.Warmup + options.Duration;
        }
    }

    public TimeSpan MeasuredTime => Stopwatch.GetElapsedTime(_measureStart, _measureEnd == 0 ? Stopwatch.GetTimestamp() : _measureEnd);

    public bool TryTakeMessage()
    {
        var elapsed = Stopwatch.GetElapsedTime(_start);
        if (elapsed >= options.Warmup && Interlocked.Read(ref _measureStart) == 0)
        {
            Interlocked.CompareExchange(ref _measureStart, Stopwatch.GetTimestamp(), 0);
        }

        if (elapsed >= options.Warmup + options.Duration || Interlocked.Increment(ref _taken) > options.MaxMessages)
        {
            Interlocked.CompareExchange(ref _measureEnd, Stopwatch.GetTimestamp(), 0);
            return false;
        }

        return true;
    }
}
