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

// One histogram over all customers.
LongHistogram Merged(Func<VirtualCustomer, LongHistogram> of)
{
    var merged = new LongHistogram(TimeStamp.Seconds(60), 3);
    foreach (var customer in customers)
    {
        merged.Add(of(customer));
    }

    return merged;
}

// "name p50 … ms, p99 … ms, max … ms" for the percentiles given.
string Summary(string name, LongHistogram histogram, params double[] percentiles) =>
    name + string.Concat(percentiles.Select(p => FormattableString.Invariant($" p{p} {histogram.GetValueAtPercentile(p) / 1000.0:0.00} ms,")))
    + FormattableString.Invariant($" max {histogram.GetMaxValue() / 1000.0:0.00} ms");

var histogram = Merged(c => c.Latencies);

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
// Where the latency went: how late messages were sent and their round trips, and each step of
// starting the next conversation (close the old WebSocket, POST, open the new one).
var sentLate = Merged(c => c.SentLate);
Console.WriteLine($"{report.label}: of the latency, "
    + (sentLate.TotalCount > 0 ? Summary("sent late", sentLate, 99, 99.9) + ", " : "")
    + Summary("round trip", Merged(c => c.RoundTrips), 99, 99.9));
var starting = Merged(c => c.Starting);
if (starting.TotalCount > 0)
{
    Console.WriteLine($"{report.label}: {starting.TotalCount} new conversations while measuring; "
        + string.Join(", ", Summary("close", Merged(c => c.Closing), 50, 99), Summary("start", starting, 50, 99), Summary("connect", Merged(c => c.Connecting), 50, 99)));
}

if (options.JsonOut is { } path)
{
    await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report));
}

return failures == 0 ? 0 : 1;
