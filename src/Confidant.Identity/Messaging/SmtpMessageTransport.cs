using System.Globalization;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace Confidant.Identity.Messaging;

/// <summary>
/// Sends e-mail through an SMTP relay with MailKit, over TLS only: STARTTLS is required (a server
/// that does not offer it is refused before anything else is said) or TLS starts on connect.
/// Credentials are sent only after TLS is up. The certificate is checked by the system trust store,
/// or pinned by its SHA-256 thumbprint. One connection per message: security messages are few.
/// </summary>
internal sealed class SmtpMessageTransport(IOptions<SecurityMessagingOptions> options, ILogger<SmtpMessageTransport> logger) : ISecurityMessageTransport
{
    public const string ProviderName = "Smtp";

    public string Name => ProviderName;

    public async Task SendAsync(SecurityMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Email.Smtp;
        var host = smtp.Host!;
        var pin = CertificatePin.Parse(smtp.ServerCertificateSha256);
        using var mime = BuildMessage(smtp, message);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(smtp.Timeout);

        using var client = new SmtpClient
        {
            Timeout = (int)smtp.Timeout.TotalMilliseconds,
        };
        if (pin is not null)
        {
            // A pinned certificate stands for itself: no chain, no revocation lookup.
            client.CheckCertificateRevocation = false;
            client.ServerCertificateValidationCallback = (_, certificate, _, _) => CheckPin(host, certificate, pin);
        }

        var stage = "connect";
        try
        {
            var socketOptions = smtp.Security == SmtpSecurity.SslOnConnect ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            try
            {
                await client.ConnectAsync(host, smtp.Port, socketOptions, timeout.Token).ConfigureAwait(false);
            }
            catch (NotSupportedException)
            {
                throw Fail(SecurityMessageErrorCodes.TlsFailed, message,
                    $"the relay {host}:{smtp.Port} does not offer STARTTLS; the message is not sent in plaintext.");
            }

            if (!client.IsSecure)
            {
                throw Fail(SecurityMessageErrorCodes.TlsFailed, message, $"the connection to {host}:{smtp.Port} is not encrypted; the message is not sent.");
            }

            Log.SmtpConnected(logger, host, smtp.Port, client.SslProtocol);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                stage = "authenticate";
                try
                {
                    await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, timeout.Token).ConfigureAwait(false);
                }
                catch (NotSupportedException)
                {
                    throw Fail(SecurityMessageErrorCodes.AuthenticationFailed, message, $"the relay {host} offers no authentication, but a user name is configured.");
                }
            }

            stage = "send";
            await client.SendAsync(mime, timeout.Token).ConfigureAwait(false);
            stage = "quit";
            try
            {
                await client.DisconnectAsync(quit: true, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or SmtpCommandException or OperationCanceledException or TimeoutException)
            {
                // The relay has accepted the message; failing now would make the caller send the code twice.
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
            // Either the whole-send deadline (cancellation) or MailKit's per-read timeout, whichever fires first.
            throw Fail(SecurityMessageErrorCodes.TimedOut, message,
                $"the relay {host}:{smtp.Port} did not finish within {smtp.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s ({stage}).");
        }
        catch (SslHandshakeException e)
        {
            throw Fail(SecurityMessageErrorCodes.TlsFailed, message, pin is null
                ? $"the TLS handshake with {host}:{smtp.Port} failed; its certificate is not trusted by this system or not valid for that host name."
                : $"the TLS handshake with {host}:{smtp.Port} failed; its certificate is not the pinned one.", e);
        }
        catch (MailKit.Security.AuthenticationException)
        {
            // The server's reply text is not kept: some relays quote the user name in it.
            throw Fail(SecurityMessageErrorCodes.AuthenticationFailed, message, $"the relay {host} refused the configured user name and password.");
        }
        catch (SmtpCommandException e)
        {
            // The reply text may quote the recipient (550 5.1.1 <...>: unknown user): only its codes are kept.
            var what = e.ErrorCode switch
            {
                SmtpErrorCode.RecipientNotAccepted => "the recipient",
                SmtpErrorCode.SenderNotAccepted => "the sender address",
                _ => "the message",
            };
            throw Fail(SecurityMessageErrorCodes.Rejected, message,
                $"the relay {host} refused {what} at the {stage} stage (SMTP {((int)e.StatusCode).ToString(CultureInfo.InvariantCulture)}).");
        }
        catch (SmtpProtocolException)
        {
            throw Fail(SecurityMessageErrorCodes.Unavailable, message, $"the relay {host}:{smtp.Port} broke the SMTP protocol at the {stage} stage.");
        }
        catch (Exception e) when (e is IOException or SocketException or ServiceNotConnectedException)
        {
            throw Fail(SecurityMessageErrorCodes.Unavailable, message, $"the relay {host}:{smtp.Port} could not be reached or closed the connection ({stage}).", e);
        }
        catch (Exception e) when (e is not SecurityMessageException)
        {
            // Callers handle one exception type. The unexpected one is named by its type only: its text is not vetted.
            throw Fail(SecurityMessageErrorCodes.Unavailable, message, $"sending failed unexpectedly at the {stage} stage ({e.GetType().Name}).");
        }
    }

    internal static MimeMessage BuildMessage(SmtpTransportOptions smtp, SecurityMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(smtp.FromName, smtp.From!));
        mime.To.Add(new MailboxAddress(string.Empty, message.Recipient));
        mime.Subject = message.Subject;
        // RFC 3834: an automatic message; vacation responders and the like do not answer it.
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        mime.Body = new TextPart(TextFormat.Plain) { Text = message.Body };
        return mime;
    }

    private bool CheckPin(string host, X509Certificate? certificate, byte[] pin)
    {
        if (CertificatePin.Matches(certificate, pin))
        {
            return true;
        }

        Log.SmtpPinMismatch(logger, host, certificate is null ? "(none)" : Convert.ToHexString(CertificatePin.Thumbprint(certificate)));
        return false;
    }

    private static SecurityMessageException Fail(string code, SecurityMessage message, string reason, Exception? inner = null) =>
        new(code, message.Channel, ProviderName, reason, inner);
}
