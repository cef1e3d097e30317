namespace Confidant.Identity.Messaging;

/// <summary>
/// How the SMTP connection is encrypted. There is deliberately no plaintext member and no
/// "when available": every byte travels over TLS, or the message is not sent.
/// </summary>
public enum SmtpSecurity
{
    /// <summary>Connect in clear, then STARTTLS before anything else (submission, port 587). A server that does not offer STARTTLS is refused.</summary>
    StartTls,

    /// <summary>TLS from the first byte (implicit TLS, port 465).</summary>
    SslOnConnect,
}
