namespace Confidant.Identity.Messaging;

/// <summary>The SMTP relay (section <c>Confidant:Identity:Messaging:Email:Smtp</c>).</summary>
public sealed class SmtpTransportOptions
{
    /// <summary>The relay's host name; the server certificate must be valid for it unless <see cref="ServerCertificateSha256"/> pins one.</summary>
    public string? Host { get; set; }

    /// <summary>The port: 587 for <see cref="SmtpSecurity.StartTls"/> (default), 465 for <see cref="SmtpSecurity.SslOnConnect"/>.</summary>
    public int Port { get; set; } = 587;

    /// <summary>How the connection is encrypted; never plaintext.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>The user name to authenticate with, after TLS is up; unset for a relay that needs none.</summary>
    public string? UserName { get; set; }

    /// <summary>The password for <see cref="UserName"/>. A secret: keep it out of appsettings.json (environment or secret store).</summary>
    public string? Password { get; set; }

    /// <summary>The sender address (<c>security@example.com</c>).</summary>
    public string? From { get; set; }

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "Confidant";

    /// <summary>How long one send (connect, TLS, authenticate, send, quit) may take; 1 second to 5 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Pins the relay's certificate: the SHA-256 hash of the DER certificate as 64 hexadecimal digits
    /// (colons and spaces allowed, as <c>openssl x509 -fingerprint -sha256</c> prints it). When set,
    /// only that certificate is accepted and the system trust store is not consulted, which suits a
    /// private relay with a self-signed certificate and tests. Unset (default): system validation.
    /// </summary>
    public string? ServerCertificateSha256 { get; set; }
}
