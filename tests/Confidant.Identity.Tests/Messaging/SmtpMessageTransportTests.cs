using System.Net;
using System.Net.Sockets;
using System.Text;
using Confidant.Identity.Messaging;
using MimeKit;

namespace Confidant.Identity.Tests.Messaging;

public sealed class SmtpMessageTransportTests : IDisposable
{
    private readonly System.Security.Cryptography.X509Certificates.X509Certificate2 _certificate = TestCertificates.CreateLocalhost();

    public void Dispose() => _certificate.Dispose();

    private string Pin => TestCertificates.Sha256Thumbprint(_certificate);

    [Fact]
    public async Task Send_StartTlsWithPinnedCertificate_DeliversTheMessage_AuthenticatingOnlyOverTls()
    {
        await using var server = new SmtpTestServer(_certificate, credentials: (MessagingHarness.SmtpUser, MessagingHarness.SmtpPassword));
        await using var harness = MessagingHarness.Create(MessagingHarness.Smtp(server, Pin));

        await harness.Sender.SendAsync(new SecurityMessage(SecurityChannel.Email, "ada@example.com", "Your Confidant sign-in code",
            "Your code is 482913.\nIt expires in 10 minutes.", SecurityMessageKind.SignInCode));

        var mail = Assert.Single(server.Mail);
        Assert.Equal("security@confidant.example", mail.From);
        Assert.Equal(["ada@example.com"], mail.Recipients);
        Assert.Equal(MessagingHarness.SmtpUser, mail.AuthenticatedUser);
        using var mime = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(mail.Data)));
        Assert.Equal("Your Confidant sign-in code", mime.Subject);
        Assert.Equal("ada@example.com", Assert.Single(mime.To.Mailboxes).Address);
        Assert.Equal("Confidant", Assert.Single(mime.From.Mailboxes).Name);
        Assert.Equal("auto-generated", mime.Headers["Auto-Submitted"]);
        Assert.Equal("text/plain", mime.Body!.ContentType.MimeType);
        Assert.Equal("Your code is 482913.\nIt expires in 10 minutes.", mime.TextBody!.ReplaceLineEndings("\n").TrimEnd('\n'));

        // Everything after STARTTLS, credentials included, went over TLS.
        var commands = server.Commands;
        var startTls = commands.ToList().FindIndex(c => c.Verb == "STARTTLS");
        Assert.True(startTls >= 0);
        Assert.All(commands.Skip(startTls + 1), c => Assert.True(c.OverTls, $"{c.Verb} was sent in clear"));
        Assert.Contains(commands, c => c.Verb == "AUTH");
    }

    [Fact]
    public async Task Send_SslOnConnect_DeliversTheMessage()
    {
        await using var server = new SmtpTestServer(_certificate, SmtpTestServerTls.Implicit);
        await using var harness = MessagingHarness.Create(MessagingHarness.Smtp(server, Pin, SmtpSecurity.SslOnConnect, credentials: false));

        await harness.Sender.SendAsync(Messages.SignInEmail("ada@example.com", "Your code is 482913."));

        Assert.Equal(["ada@example.com"], Assert.Single(server.Mail).Recipients);
        Assert.All(server.Commands, c => Assert.True(c.OverTls));
    }

    [Fact]
    public async Task Send_ServerWithoutStartTls_IsRefused_AndNothingIsSentInPlaintext()
    {
        await using var server = new SmtpTestServer(_certificate, SmtpTestServerTls.None, credentials: (MessagingHarness.SmtpUser, MessagingHarness.SmtpPassword));
        await using var harness = MessagingHarness.Create(MessagingHarness.Smtp(server, Pin));

        var e = await Assert.ThrowsAsync<SecurityMessageException>(() => harness.Sender.SendAsync(Messages.SignInEmail("ada@example.com", "Your code is 482913.")));

        Assert.Equal(SecurityMessageErrorCodes.TlsFailed, e.Code);
        Assert.Equal("Smtp", e.Provider);
        Assert.Contains("does not offer STARTTLS", e.Message, StringComparison.Ordinal);
        await server.IdleAsync();
        Assert.Empty(server.Mail);
        Assert.DoesNotContain(server.Commands, c => c.Verb is "AUTH" or "MAIL" or "RCPT" or "DATA");
    }

    [Fact]
    public async Task Send_PinnedThumbprintDoesNotMatch_IsRefused_AndTheWarningNamesThePresentedCertificate()
    {
        await using var server = new SmtpTestServer(_certificate, credentials: (MessagingHarness.SmtpUser, MessagingHarness.SmtpPassword));
        var wrongPin = string.Concat(Enumerable.Repeat("AB", 32));
        await using var harness = MessagingHarness.Create(MessagingHarness.Smtp(server, wrongPin));

        var e = await Assert.ThrowsAsync<SecurityMessageException>(() => harness.Sender.SendAsync(Messages.SignInEmail("ada@example.com", "Your code is 482913.")));

        Assert.Equal(SecurityMessageErrorCodes.TlsFailed, e.Code);
        Assert.Contains("not the pinned one", e.Message, StringComparison.Ordinal);
        await server.IdleAsync();
        Assert.Empty(server.Mail);
        Assert.DoesNotContain(server.Commands, c => c.Verb is "AUTH" or "MAIL");
        var warning = Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 5104);
        Assert.Contains(Pin.Replace(":", string.Empty, StringComparison.Ordinal), warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NoPin_SelfSignedCertificate_IsRefusedBySystemValidation()
    {
        await using var server = new SmtpTestServer(_certificate);
        await using var harness = MessagingHarness.Create(o =>
        {
            MessagingHarness.Smtp(server, Pin, credentials: false)(o);
            o.Email.Smtp.ServerCertificateSha256 = null;
            o.Email.Smtp.Host = "localhost";
        });

        var e = await Assert.ThrowsAsync<SecurityMessageException>(() => harness.Sender.SendAsync(Messages.SignInEmail("ada@example.com", "Your code is 482913.")));

        Assert.Equal(SecurityMessageErrorCodes.TlsFailed, e.Code);
        Assert.Contains("not trusted", e.Message, StringComparison.Ordinal);
        await server.IdleAsync();
        Assert.Empty(server.Mail);
    }

    [Fact]
    public async Task Send_WrongPassword_IsAnAuthenticationFailure()
    {
        await using var server = new SmtpTestServer(_certificate, credentials: (MessagingHarness.SmtpUser, "another password"));
        await using var harness = MessagingHarness.Create(MessagingHarness.Smtp(server, Pin));

        var e = await Assert.ThrowsAsync<SecurityMessageException>(() => harness.Sender.SendAsync(Messages.SignInEmail("ada@example.com", "Your code is 482913.")));

        Assert.Equal(SecurityMessageErrorCodes.AuthenticationFailed, e.Code);
        Assert.DoesNotContain(MessagingHarness.SmtpPassword, e.ToString(), StringComparison.Ordinal);
        Assert.Empty(server.Mail);
    }

    [Fact]
    public async Task Send_RecipientRejected_IsRejected_WithoutTheAddressOrTheRepliedText()
    {
        await using var server = new SmtpTestServer(_certificate) { RejectRecipients = true };
        await using var harness = MessagingHarness.Create(MessagingHarness.Smtp(server, Pin, credentials: false));

        var e = await Assert.ThrowsAsync<SecurityMessageException>(() => harness.Sender.SendAsync(Messages.SignInEmail("ada.lovelace@example.com", "Your code is 482913.")));

        Assert.Equal(SecurityMessageErrorCodes.Rejected, e.Code);
        Assert.Contains("refused the recipient", e.Message, StringComparison.Ordinal);
        Assert.Contains("SMTP 550", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ada.lovelace", e.ToString(), StringComparison.Ordinal);
        Assert.Null(e.InnerException);
    }

    [Fact]
    public async Task Send_NothingListening_IsUnavailable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var harness = MessagingHarness.Create(o =>
        {
            o.Email.Provider = EmailProvider.Smtp;
            o.Email.Smtp.Host = "127.0.0.1";
            o.Email.Smtp.Port = port;
            o.Email.Smtp.From = "security@confidant.example";
            o.Email.Smtp.ServerCertificateSha256 = Pin;
        });

        var e = await Assert.ThrowsAsync<SecurityMessageException>(() => harness.Sender.SendAsync(Messages.SignInEmail("ada@example.com", "Your code is 482913.")));

        Assert.Equal(SecurityMessageErrorCodes.Unavailable, e.Code);
    }

    [Fact]
    public async Task Send_ServerNeverGreets_TimesOut()
    {
        await using var server = new SmtpTestServer(_certificate) { Silent = true };
        await using var harness = MessagingHarness.Create(o =>
        {
            MessagingHarness.Smtp(server, Pin, credentials: false)(o);
            o.Email.Smtp.Timeout = TimeSpan.FromSeconds(1);
        });

        var e = await Assert.ThrowsAsync<SecurityMessageException>(() => harness.Sender.SendAsync(Messages.SignInEmail("ada@example.com", "Your code is 482913.")));

        Assert.Equal(SecurityMessageErrorCodes.TimedOut, e.Code);
    }

    [Fact]
    public async Task Send_CallerCancels_IsCancellation_NotAFailure()
    {
        await using var server = new SmtpTestServer(_certificate) { Silent = true };
        await using var harness = MessagingHarness.Create(MessagingHarness.Smtp(server, Pin, credentials: false));
        using var cancel = new CancellationTokenSource();

        var send = harness.Sender.SendAsync(Messages.SignInEmail("ada@example.com", "Your code is 482913."), cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
    }
}
