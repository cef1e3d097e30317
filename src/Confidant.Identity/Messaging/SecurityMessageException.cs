namespace Confidant.Identity.Messaging;

/// <summary>
/// A security message could not be sent. The message names the channel, the provider and the reason;
/// it never holds the body (a code) or the full recipient, and neither does any inner exception:
/// replies of a relay or provider, which may quote the recipient, are summarised by their status
/// codes and not attached.
/// </summary>
public sealed class SecurityMessageException : Exception
{
    /// <summary>Creates an exception without details (for serialisers and tests).</summary>
    public SecurityMessageException()
        : this(SecurityMessageErrorCodes.Unavailable, SecurityChannel.Email, "unknown", "the security message could not be sent.")
    {
    }

    /// <summary>Creates an exception with a message and no code (prefer the constructor with a code).</summary>
    public SecurityMessageException(string message)
        : base(message)
    {
        Code = SecurityMessageErrorCodes.Unavailable;
        Provider = "unknown";
    }

    /// <summary>Creates an exception with a message, an inner exception and no code (prefer the constructor with a code).</summary>
    public SecurityMessageException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Code = SecurityMessageErrorCodes.Unavailable;
        Provider = "unknown";
    }

    /// <summary>Creates an exception for a failure of <paramref name="provider"/> on <paramref name="channel"/>.</summary>
    /// <param name="code">One of <see cref="SecurityMessageErrorCodes"/>.</param>
    /// <param name="channel">The channel of the message.</param>
    /// <param name="provider">The transport: <c>Smtp</c>, <c>Twilio</c> or <c>Outbox</c>.</param>
    /// <param name="reason">Why, in a sentence without the body or the recipient.</param>
    /// <param name="innerException">A local or network failure (socket, TLS, file system); never a reply that could quote the message.</param>
    public SecurityMessageException(string code, SecurityChannel channel, string provider, string reason, Exception? innerException = null)
        : base($"{code}: the {(channel == SecurityChannel.Email ? "e-mail" : "SMS")} security message could not be sent through {provider}: {reason}", innerException)
    {
        Code = code;
        Channel = channel;
        Provider = provider;
    }

    /// <summary>The stable error code, one of <see cref="SecurityMessageErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The channel of the message that failed.</summary>
    public SecurityChannel Channel { get; }

    /// <summary>The transport that failed: <c>Smtp</c>, <c>Twilio</c> or <c>Outbox</c>.</summary>
    public string Provider { get; }
}
