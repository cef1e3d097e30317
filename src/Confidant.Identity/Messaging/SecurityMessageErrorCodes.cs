namespace Confidant.Identity.Messaging;

/// <summary>
/// Stable codes of <see cref="SecurityMessageException"/> (CONF-MSG-001..019). Callers and tests
/// branch on these, not on the English text.
/// </summary>
public static class SecurityMessageErrorCodes
{
    /// <summary>The relay or provider could not be reached, or the connection broke.</summary>
    public const string Unavailable = "CONF-MSG-001";

    /// <summary>
    /// TLS could not be established: the server offers no STARTTLS, the handshake failed, the
    /// certificate is not trusted or not the pinned one. Nothing was sent in plaintext.
    /// </summary>
    public const string TlsFailed = "CONF-MSG-002";

    /// <summary>The relay or provider refused the configured credentials.</summary>
    public const string AuthenticationFailed = "CONF-MSG-003";

    /// <summary>The relay or provider refused the message or its recipient.</summary>
    public const string Rejected = "CONF-MSG-004";

    /// <summary>The relay or provider did not answer within the configured timeout.</summary>
    public const string TimedOut = "CONF-MSG-005";

    /// <summary>The development outbox file could not be written.</summary>
    public const string OutboxWriteFailed = "CONF-MSG-006";
}
