using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Security;
using System.Net.WebSockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using HdrHistogram;

namespace Confidant.LoadGenerator;

/// <summary>
/// One customer: starts a conversation over HTTPS, opens the live-chat WebSocket and sends
/// messages one after another, each waiting for its turn to come back, recording the latency.
/// </summary>
internal sealed class VirtualCustomer
{
    private readonly LoadOptions _options;
    private readonly IReadOnlyList<string> _messages;
    private readonly Random _random;

    public VirtualCustomer(LoadOptions options, IReadOnlyList<string> messages, int seed)
    {
        _options = options;
        _messages = messages;
        _random = new Random(seed);
    }

    public LongHistogram Latencies { get; } = new(TimeStamp.Seconds(60), 3);

    /// <summary>
    /// How long each step of starting the next conversation took, in microseconds, while measuring:
    /// closing the old WebSocket, the POST that starts the new conversation, and opening its
    /// WebSocket (a new TCP and TLS connection). A message due meanwhile waits for all three.
    /// </summary>
    public LongHistogram Closing { get; } = new(TimeStamp.Seconds(60), 3);

    /// <inheritdoc cref="Closing"/>
    public LongHistogram Starting { get; } = new(TimeStamp.Seconds(60), 3);

    /// <inheritdoc cref="Closing"/>
    public LongHistogram Connecting { get; } = new(TimeStamp.Seconds(60), 3);

    /// <summary>
    /// Of each message's latency while measuring (open loop): how late it was sent (its customer was
    /// still waiting for an earlier answer, or for a new conversation), and how long from sending it
    /// to its answer, in microseconds.
    /// </summary>
    public LongHistogram SentLate { get; } = new(TimeStamp.Seconds(60), 3);

    /// <inheritdoc cref="SentLate"/>
    public LongHistogram RoundTrips { get; } = new(TimeStamp.Seconds(60), 3);

    public long Sent { get; private set; }

    public long Errors { get; private set; }

    public async Task RunAsync(LoadClock clock, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        using var handler = new SocketsHttpHandler { CookieContainer = cookies, SslOptions = { RemoteCertificateValidationCallback = Validate } };
        using var http = new HttpClient(handler) { BaseAddress = _options.Url };
        var buffer = new byte[64 * 1024];
        var socket = await OpenConversationAsync(http, cookies, false, cancellationToken).ConfigureAwait(false);
        var inConversation = 0;
        var measuredYet = false;
        var interval = _options.Rate > 0 ? TimeSpan.FromSeconds((double)_options.Conversations / _options.Rate) : TimeSpan.Zero;

        // Spread the conversations' schedules over one interval so they do not all send at once.
        var due = Stopwatch.GetTimestamp() + (long)(interval.TotalSeconds * Stopwatch.Frequency * _random.NextDouble());
        while (!cancellationToken.IsCancellationRequested && clock.TryTakeMessage())
        {
            if (inConversation++ == _options.MessagesPerConversation)
            {
                // The chat is over; the customer comes back with a new one.
                var closing = Stopwatch.GetTimestamp();
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
                socket.Dispose();
                if (clock.Measuring)
                {
                    Closing.RecordValue(Microseconds(closing));
                }

                socket = await OpenConversationAsync(http, cookies, clock.Measuring, cancellationToken).ConfigureAwait(false);
                inConversation = 1;
            }

            var payload = JsonSerializer.SerializeToUtf8Bytes(new { text = _messages[_random.Next(_messages.Count)] });
            long before;
            if (interval > TimeSpan.Zero)
            {
                if (!measuredYet && clock.Measuring)
                {
                    // The warm-up (JIT, cold caches) may have left this customer behind its schedule:
                    // the measured window starts from a clean schedule, not with the warm-up's backlog.
                    measuredYet = true;
                    due = Math.Max(due, Stopwatch.GetTimestamp());
                }

                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                }

                before = due; // latency from when the message was due, not from when it could be sent
                due += (long)(interval.TotalSeconds * Stopwatch.Frequency);
            }
            else
            {
                before = Stopwatch.GetTimestamp();
            }

            // Only a message scheduled inside the measured window counts: one scheduled in the
            // warm-up (with the warm-up's backlog in its due time) and answered after the window
            // opened would bring that backlog into the figures.
            var scheduledInWindow = clock.Measuring && (interval == TimeSpan.Zero || measuredYet);
            var sending = Stopwatch.GetTimestamp();
            await socket.SendAsync(payload, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                length += result.Count;
            }
            while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                Errors++;
                return;
            }

            var answered = Stopwatch.GetTimestamp();
            if (clock.Measuring)
            {
                Sent++; // the throughput: every answer in the window
                if (Encoding.UTF8.GetString(buffer, 0, Math.Min(length, 64)).Contains("\"error\"", StringComparison.Ordinal))
                {
                    Errors++;
                }
            }

            if (scheduledInWindow && clock.Measuring)
            {
                // A timer may wake a little before the due time; never record a negative latency.
                Latencies.RecordValue(Microseconds(before, answered));
                RoundTrips.RecordValue(Microseconds(sending, answered));
                if (interval > TimeSpan.Zero)
                {
                    SentLate.RecordValue(Microseconds(before, sending));
                }
            }
        }

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
        socket.Dispose();
    }

    private async Task<ClientWebSocket> OpenConversationAsync(HttpClient http, CookieContainer cookies, bool measure, CancellationToken cancellationToken)
    {
        var starting = Stopwatch.GetTimestamp();
        var started = await http.PostAsync(new Uri("/api/conversations", UriKind.Relative), null, cancellationToken).ConfigureAwait(false);
        started.EnsureSuccessStatusCode();
        var conversation = (await started.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false)).GetProperty("conversationId").GetGuid();
        var connecting = Stopwatch.GetTimestamp();
        if (measure)
        {
            Starting.RecordValue(Microseconds(starting));
        }

        var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        socket.Options.RemoteCertificateValidationCallback = Validate;
        var ws = new UriBuilder(_options.Url) { Scheme = "wss", Path = $"/api/conversations/{conversation}/live" }.Uri;
        await socket.ConnectAsync(ws, cancellationToken).ConfigureAwait(false);
        if (measure)
        {
            Connecting.RecordValue(Microseconds(connecting));
        }

        return socket;
    }

    private static long Microseconds(long since) => Microseconds(since, Stopwatch.GetTimestamp());

    private static long Microseconds(long from, long to) => Math.Max(0, to - from) * 1_000_000 / Stopwatch.Frequency;

    /// <summary>The server's certificate is self-signed: accept it by its SHA-256 fingerprint when given, else only because the target is loopback.</summary>
    private bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        _options.CertificateFingerprint is null
            || (certificate is not null && Convert.ToHexString(certificate.GetCertHash(System.Security.Cryptography.HashAlgorithmName.SHA256)) == _options.CertificateFingerprint);
}
