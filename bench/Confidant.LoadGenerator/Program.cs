using System.Globalization;
using System.Text.Json;
using Confidant.Benchmarks;
using Confidant.LoadGenerator;
using HdrHistogram;

// confidant load generator: many concurrent conversations over TLS against a server on loopback.
//   dotnet run -c Release --project bench/Confidant.LoadGenerator -- --url https://127.0.0.1:5443 --conversations 200 --duration 30
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
    await LoopbackGuard.EnsureLoopbackAsync(options.Url);
}
catch (Exception ex) when (ex is ArgumentException or FormatException or System.Net.Sockets.SocketException)
{
    Console.Error.WriteLine($"load: {ex.Message}");
    return 2;
}

// Two in three messages are everyday chat, one in three carries sensitive values (some of which are blocked).
var (benign, sensitive) = SyntheticMessages.Generate(200, seed: 7);
var messages = benign.Concat(benign).Concat(sensitive).ToList();
var clock = new LoadClock(options);
var customers = Enumerable.Range(0, options.Conversations).Select(i => new VirtualCustomer(options, messages, seed: i)).ToList();
using var stop = new CancellationTokenSource(options.Warmup + options.Duration + TimeSpan.FromSeconds(30));
var failures = 0;
await Task.WhenAll(customers.Select(async c =>
{
    try
    {
        await c.RunAsync(clock, stop.Token);
    }
    catch (Exception ex) when (ex is HttpRequestException or System.Net.WebSockets.WebSocketException or OperationCanceledException or IOException)
    {
        Interlocked.Increment(ref failures);
        Console.Error.WriteLine($"load: a conversation failed: {ex.GetType().Name}: {ex.Message}");
    }
}));

var histogram = new LongHistogram(TimeStamp.Seconds(60), 3);
foreach (var customer in customers)
{
    histogram.Add(customer.Latencies);
}

var sent = customers.Sum(c => c.Sent);
var seconds = clock.MeasuredTime.TotalSeconds;
double Ms(double percentile) => histogram.GetValueAtPercentile(percentile) / 1000.0;
var report = new
{
    label = options.Label,
    conversations = options.Conversations,
    seconds = Math.Round(seconds, 2),
    messages = sent,
    messagesPerSecond = Math.Round(sent / seconds, 1),
    p50Ms = Ms(50),
    p90Ms = Ms(90),
    p99Ms = Ms(99),
    p999Ms = Ms(99.9),
    maxMs = histogram.GetMaxValue() / 1000.0,
    errors = customers.Sum(c => c.Errors),
    failedConversations = failures,
};
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{report.label}: {report.messages} messages in {report.seconds} s = {report.messagesPerSecond} msg/s over {report.conversations} conversations; latency p50 {report.p50Ms:0.00} ms, p90 {report.p90Ms:0.00} ms, p99 {report.p99Ms:0.00} ms, p99.9 {report.p999Ms:0.00} ms, max {report.maxMs:0.00} ms; {report.errors} error answers, {report.failedConversations} failed conversations"));
// Starting the next conversation, step by step (close the old WebSocket, POST, open the new one).
LongHistogram Merged(Func<VirtualCustomer, LongHistogram> step)
{
    var merged = new LongHistogram(TimeStamp.Seconds(60), 3);
    foreach (var customer in customers)
    {
        merged.Add(step(customer));
    }

    return merged;
}

var steps = new[] { ("close", Merged(c => c.Closing)), ("start", Merged(c => c.Starting)), ("connect", Merged(c => c.Connecting)) };
var parts = new[] { ("sent late", Merged(c => c.SentLate)), ("round trip", Merged(c => c.RoundTrips)) };
Console.WriteLine(FormattableString.Invariant($"{report.label}: of the latency, ") + string.Join(", ", parts.Where(p => p.Item2.TotalCount > 0).Select(p => FormattableString.Invariant(
    $"{p.Item1} p99 {p.Item2.GetValueAtPercentile(99) / 1000.0:0.00} ms, p99.9 {p.Item2.GetValueAtPercentile(99.9) / 1000.0:0.00} ms, max {p.Item2.GetMaxValue() / 1000.0:0.00} ms"))));
if (steps[1].Item2.TotalCount > 0)
{
    var byStep = string.Join(", ", steps.Select(s => FormattableString.Invariant(
        $"{s.Item1} p50 {s.Item2.GetValueAtPercentile(50) / 1000.0:0.00} ms, p99 {s.Item2.GetValueAtPercentile(99) / 1000.0:0.00} ms, max {s.Item2.GetMaxValue() / 1000.0:0.00} ms")));
    Console.WriteLine(FormattableString.Invariant($"{report.label}: {steps[1].Item2.TotalCount} new conversations while measuring; {byStep}"));
}

if (options.JsonOut is { } path)
{
    await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report));
}

return failures == 0 ? 0 : 1;
