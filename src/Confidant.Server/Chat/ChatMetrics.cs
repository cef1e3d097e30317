using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Confidant.Server.Chat;

/// <summary>
/// The chat's OpenTelemetry instruments (meter <c>Confidant.Chat</c>): messages by outcome,
/// findings by data class and action, pipeline latency. Labels are classes, actions and
/// outcomes: never a value, an id or a tenant's customer.
/// </summary>
internal sealed class ChatMetrics
{
    public const string MeterName = "Confidant.Chat";

    private readonly Counter<long> _messages;
    private readonly Counter<long> _findings;
    private readonly Histogram<double> _latency;

    public ChatMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _messages = meter.CreateCounter<long>("confidant.chat.messages", "{message}", "Customer messages by outcome (accepted, blocked, failed).");
        _findings = meter.CreateCounter<long>("confidant.chat.findings", "{value}", "Sensitive values found, by data class and the action taken for the transcript.");
        _latency = meter.CreateHistogram<double>("confidant.chat.pipeline.duration", "ms", "Time from receiving a message to its reply being ready.");
    }

    public void Message(string outcome) => _messages.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void Finding(string dataClass, string action, int count) =>
        _findings.Add(count, new KeyValuePair<string, object?>("class", dataClass), new KeyValuePair<string, object?>("action", action));

    public void Latency(long startTimestamp) => _latency.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds);
}
