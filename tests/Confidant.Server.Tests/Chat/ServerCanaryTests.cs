using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using System.Text.Json;
using Confidant.Server.Chat;
using Confidant.Testing.Canaries;
using Xunit.Abstractions;

namespace Confidant.Server.Tests.Chat;

/// <summary>
/// The privacy promise through the whole server: planted values of every class, sent over the JSON
/// API and the WebSocket, are nowhere in the data folder (database, WAL, keys, certificate), the
/// captured logs or the metrics afterwards.
/// </summary>
public sealed class ServerCanaryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task PlantedValues_SentOverRestAndWebSocket_AreNowhereInTheDataFolderLogsOrMetrics()
    {
        var planted = CanaryValues.Generate(perClass: 15);
        var metrics = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name.StartsWith("Confidant", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(metrics, instrument, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(metrics, instrument, tags));
        listener.Start();

        var host = new ChatHost();
        var folder = host.DataFolder;
        var (accepted, blocked) = (0, 0);
        try
        {
            using var browser = host.Browser();
            var restConversation = await ChatHost.StartAsync(browser);
            var socketTests = new ChatWebSocketTests(new ChatHostFixtureOver(host));
            var (socketConversation, cookie) = await socketTests.StartAsync();
            using var socket = await socketTests.ConnectAsync(socketConversation, cookie);
            for (var i = 0; i < planted.Count; i++)
            {
                ChatTurn turn;
                if (i % 2 == 0)
                {
                    turn = await ChatHost.SendAsync(browser, restConversation, planted[i].Message);
                }
                else
                {
                    var json = await ChatWebSocketTests.SendAsync(socket, JsonSerializer.Serialize(new SendMessageRequest(planted[i].Message), JsonSerializerOptions.Web));
                    turn = JsonSerializer.Deserialize<ChatTurn>(json, JsonSerializerOptions.Web)!;
                }

                accepted += turn.Message is not null ? 1 : 0;
                blocked += turn.Blocked is not null ? 1 : 0;
            }

            await browser.GetFromJsonAsync<List<ChatMessageView>>($"/api/conversations/{restConversation}/messages");
        }
        finally
        {
            host.DisposeKeepingFolder();
        }

        listener.Dispose();
        await File.WriteAllLinesAsync(Path.Combine(folder, "captured.log"), host.Logs.GetSnapshot().Select(r => $"{r.Level} {r.Category} {r.Id} {r.Message} {r.Exception}"));
        await File.WriteAllLinesAsync(Path.Combine(folder, "metrics.txt"), metrics);
        try
        {
            var scanner = new CanaryScanner(planted.Select(p => p.Value));
            var hits = scanner.Scan([folder]);
            output.WriteLine($"{planted.Count} planted messages: {accepted} accepted, {blocked} blocked; {metrics.Count} measurements; files: {string.Join(", ", Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(Path.GetFileName))}");

            Assert.Equal(planted.Count, accepted + blocked);
            Assert.True(blocked >= planted.Count / 13, "CVV and password messages should be blocked");
            Assert.True(scanner.Unreadable.Count == 0, "could not read: " + string.Join(", ", scanner.Unreadable));
            Assert.True(File.Exists(Path.Combine(folder, "confidant.db")));
            Assert.Contains(metrics, m => m.Contains("confidant.chat.findings", StringComparison.Ordinal));
            var control = Path.Combine(folder, "control.bin");
            await File.WriteAllTextAsync(control, $"x {planted[0].Value} y");
            Assert.Single(scanner.Scan([control]));
            File.Delete(control);
            Assert.True(hits.Count == 0, "planted values found: " + string.Join("; ", hits.Take(20).Select(h => $"{Path.GetFileName(h.File)}: {planted.First(p => p.Value == h.Value).DataClass}")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Record(List<string> metrics, Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var line = instrument.Name + " " + string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}"));
        lock (metrics)
        {
            metrics.Add(line);
        }
    }

    /// <summary>Lends an existing host to the WebSocket helpers.</summary>
    private sealed class ChatHostFixtureOver(ChatHost host) : ChatHostFixture(host);
}
