using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Confidant.Identity.Tests.Messaging;

/// <summary>How the test server protects its connections.</summary>
internal enum SmtpTestServerTls
{
    /// <summary>Offers STARTTLS after the first EHLO (and AUTH only after TLS).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port-465 style).</summary>
    Implicit,

    /// <summary>Never offers TLS; offers AUTH in clear, which a client must not take.</summary>
    None,
}

/// <summary>A command the server received, and whether TLS was up at the time.</summary>
internal sealed record SmtpTestCommand(string Verb, bool OverTls);

/// <summary>A message the server accepted.</summary>
internal sealed record SmtpTestMail(string From, IReadOnlyList<string> Recipients, string Data, string? AuthenticatedUser);

/// <summary>
/// Just enough ESMTP on 127.0.0.1 for the transport tests: EHLO, STARTTLS (or implicit TLS),
/// AUTH PLAIN, MAIL, RCPT, DATA, RSET, NOOP, QUIT. It records what it receives.
/// </summary>
internal sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly X509Certificate2 _certificate;
    private readonly SmtpTestServerTls _tls;
    private readonly (string User, string Password)? _credentials;
    private readonly List<Task> _sessions = [];
    private readonly List<SmtpTestCommand> _commands = [];
    private readonly List<SmtpTestMail> _mail = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;

    public SmtpTestServer(X509Certificate2 certificate, SmtpTestServerTls tls = SmtpTestServerTls.StartTls, (string User, string Password)? credentials = null)
    {
        _certificate = certificate;
        _tls = tls;
        _credentials = credentials;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptAsync();
    }

    /// <summary>The ephemeral port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Reply to RCPT with a 550 that quotes the address, as real relays do.</summary>
    public bool RejectRecipients { get; init; }

    /// <summary>Accept connections but never send the greeting.</summary>
    public bool Silent { get; init; }

    public IReadOnlyList<SmtpTestCommand> Commands
    {
        get
        {
            lock (_commands)
            {
                return [.. _commands];
            }
        }
    }

    public IReadOnlyList<SmtpTestMail> Mail
    {
        get
        {
            lock (_mail)
            {
                return [.. _mail];
            }
        }
    }

    /// <summary>Waits until every connection so far has closed.</summary>
    public async Task IdleAsync()
    {
        Task[] sessions;
        lock (_sessions)
        {
            sessions = [.. _sessions];
        }

        await Task.WhenAll(sessions).WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
            await IdleAsync();
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (_sessions)
            {
                _sessions.Add(Task.Run(() => SessionAsync(client)));
            }
        }
    }

    private async Task SessionAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                await ConverseAsync(client.GetStream());
            }
            catch (Exception e) when (e is IOException or SocketException or System.Security.Authentication.AuthenticationException or OperationCanceledException or ObjectDisposedException)
            {
                // The client hung up (for instance after refusing the certificate).
            }
        }
    }

    private async Task ConverseAsync(Stream stream)
    {
        var token = _stop.Token;
        if (Silent)
        {
            await Task.Delay(Timeout.Infinite, token);
        }

        var overTls = false;
        if (_tls == SmtpTestServerTls.Implicit)
        {
            stream = await StartTlsAsync(stream, token);
            overTls = true;
        }

        await ReplyAsync(stream, token, "220 localhost ESMTP test server");
        string? from = null;
        string? user = null;
        var recipients = new List<string>();
        while (await ReadLineAsync(stream, token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            lock (_commands)
            {
                _commands.Add(new SmtpTestCommand(verb, overTls));
            }

            switch (verb)
            {
                case "EHLO":
                    var capabilities = new List<string> { "localhost" };
                    if (_tls == SmtpTestServerTls.StartTls && !overTls)
                    {
                        capabilities.Add("STARTTLS");
                    }

                    if (_credentials is not null && (overTls || _tls == SmtpTestServerTls.None))
                    {
                        capabilities.Add("AUTH PLAIN");
                    }

                    await ReplyAsync(stream, token, [.. capabilities.Select((c, i) => (i == capabilities.Count - 1 ? "250 " : "250-") + c)]);
                    break;
                case "STARTTLS" when _tls == SmtpTestServerTls.StartTls && !overTls:
                    await ReplyAsync(stream, token, "220 2.0.0 Ready to start TLS");
                    stream = await StartTlsAsync(stream, token);
                    overTls = true;
                    from = null;
                    recipients.Clear();
                    break;
                case "AUTH":
                    user = await AuthenticateAsync(stream, line, token);
                    break;
                case "MAIL":
                    if (_credentials is not null && user is null)
                    {
                        await ReplyAsync(stream, token, "530 5.7.0 Authentication required");
                        break;
                    }

                    from = Address(line);
                    await ReplyAsync(stream, token, "250 2.1.0 Ok");
                    break;
                case "RCPT":
                    var recipient = Address(line);
                    if (RejectRecipients)
                    {
                        await ReplyAsync(stream, token, $"550 5.1.1 <{recipient}>: Recipient address rejected: User unknown");
                        break;
                    }

                    recipients.Add(recipient);
                    await ReplyAsync(stream, token, "250 2.1.5 Ok");
                    break;
                case "DATA":
                    await ReplyAsync(stream, token, "354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await ReadLineAsync(stream, token) is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith('.') ? dataLine[1..] : dataLine).Append("\r\n");
                    }

                    lock (_mail)
                    {
                        _mail.Add(new SmtpTestMail(from ?? string.Empty, [.. recipients], data.ToString(), user));
                    }

                    await ReplyAsync(stream, token, "250 2.0.0 Ok: queued");
                    break;
                case "RSET":
                    from = null;
                    recipients.Clear();
                    await ReplyAsync(stream, token, "250 2.0.0 Ok");
                    break;
                case "NOOP":
                    await ReplyAsync(stream, token, "250 2.0.0 Ok");
                    break;
                case "QUIT":
                    await ReplyAsync(stream, token, "221 2.0.0 Bye");
                    return;
                default:
                    await ReplyAsync(stream, token, "502 5.5.2 Command not recognised");
                    break;
            }
        }
    }

    private async Task<string?> AuthenticateAsync(Stream stream, string line, CancellationToken token)
    {
        var parts = line.Split(' ');
        if (_credentials is null || parts.Length < 2 || !parts[1].Equals("PLAIN", StringComparison.OrdinalIgnoreCase))
        {
            await ReplyAsync(stream, token, "504 5.5.4 Unrecognized authentication type");
            return null;
        }

        var response = parts.Length > 2 ? parts[2] : null;
        if (response is null)
        {
            await ReplyAsync(stream, token, "334 ");
            response = await ReadLineAsync(stream, token) ?? string.Empty;
        }

        // PLAIN: authorisation id NUL user NUL password.
        var fields = Encoding.UTF8.GetString(Convert.FromBase64String(response)).Split('\0');
        if (fields.Length == 3 && fields[1] == _credentials.Value.User && fields[2] == _credentials.Value.Password)
        {
            await ReplyAsync(stream, token, "235 2.7.0 Authentication successful");
            return fields[1];
        }

        await ReplyAsync(stream, token, $"535 5.7.8 Authentication credentials invalid for {fields.ElementAtOrDefault(1)}");
        return null;
    }

    private async Task<Stream> StartTlsAsync(Stream stream, CancellationToken token)
    {
        var tls = new SslStream(stream, leaveInnerStreamOpen: false);
        await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = _certificate }, token);
        return tls;
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : string.Empty;
    }

    private static async Task ReplyAsync(Stream stream, CancellationToken token, params string[] lines)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\r\n")));
        await stream.WriteAsync(bytes, token);
        await stream.FlushAsync(token);
    }

    /// <summary>Reads one CRLF-terminated line a byte at a time, so nothing past it is consumed before STARTTLS.</summary>
    private static async Task<string?> ReadLineAsync(Stream stream, CancellationToken token)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one, token) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                if (bytes.Count > 0 && bytes[^1] == '\r')
                {
                    bytes.RemoveAt(bytes.Count - 1);
                }

                return Encoding.UTF8.GetString([.. bytes]);
            }

            bytes.Add(one[0]);
            if (bytes.Count > 1_000_000)
            {
                throw new IOException("Line too long.");
            }
        }
    }
}
