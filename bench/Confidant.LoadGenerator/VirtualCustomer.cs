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

    public long Sent { get; private set; }

    public long Errors { get; private set; }

    public async Task RunAsync(LoadClock clock, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        using var handler = new SocketsHttpHandler { CookieContainer = cookies, SslOptions = { RemoteCertificateValidationCallback = Validate } };
        using var http = new HttpClient(handler) { BaseAddress = _options.Url };
        var buffer = new byte[64 * 1024];
        var socket = await OpenConversationAsync(http, cookies, cancellationToken).ConfigureAwait(false);
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
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
                socket.Dispose();
                socket = await OpenConversationAsync(http, cookies, cancellationToken).ConfigureAwait(false);
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

            var elapsed = Stopwatch.GetTimestamp() - before;
            if (clock.Measuring)
            {
                Sent++;
                // A timer may wake a little before the due time; never record a negative latency.
                Latencies.RecordValue(Math.Max(0, elapsed) * 1_000_000 / Stopwatch.Frequency);
                if (Encoding.UTF8.GetString(buffer, 0, Math.Min(length, 64)).Contains("\"error\"", StringComparison.Ordinal))
                {
                    Errors++;
                }
            }
        }

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
        socket.Dispose();
    }

    private async Task<ClientWebSocket> OpenConversationAsync(HttpClient http, CookieContainer cookies, CancellationToken cancellationToken)
    {
        var started = await http.PostAsync(new Uri("/api/conversations", UriKind.Relative), null, cancellationToken).ConfigureAwait(false);
        started.EnsureSuccessStatusCode();
        var conversation = (await started.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false)).GetProperty("conversationId").GetGuid();
        var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        socket.Options.RemoteCertificateValidationCallback = Validate;
        var ws = new UriBuilder(_options.Url) { Scheme = "wss", Path = $"/api/conversations/{conversation}/live" }.Uri;
        await socket.ConnectAsync(ws, cancellationToken).ConfigureAwait(false);
        return socket;
    }

    /// <summary>The server's certificate is self-signed: accept it by its SHA-256 fingerprint when given, else only because the target is loopback.</summary>
    private bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        _options.CertificateFingerprint is null
            || (certificate is not null && Convert.ToHexString(certificate.GetCertHash(System.Security.Cryptography.HashAlgorithmName.SHA256)) == _options.CertificateFingerprint);
}
