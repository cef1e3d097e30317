using System.Security.Authentication;
using Microsoft.Extensions.Logging;

namespace Confidant.Identity.Messaging;

/// <summary>
/// Log messages of the security-message senders, with stable event ids (5100-5119). Arguments are
/// channels, kinds, providers, codes and masked recipients; never a body (it holds the code) and
/// never a full address or phone number.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(5100, LogLevel.Information, "Sent a {Kind} security message by {Channel} to {Recipient} through {Provider}")]
    public static partial void MessageSent(ILogger logger, SecurityMessageKind kind, SecurityChannel channel, string recipient, string provider);

    [LoggerMessage(5101, LogLevel.Warning, "A {Kind} security message by {Channel} to {Recipient} could not be sent through {Provider} ({Code})")]
    public static partial void MessageFailed(ILogger logger, SecurityMessageKind kind, SecurityChannel channel, string recipient, string provider, string code, Exception exception);

    [LoggerMessage(5102, LogLevel.Warning, "Security messages by {Channels} go to the development outbox {Path}, not to customers; set Confidant:Identity:Messaging:Email:Provider and Sms:Provider to send them")]
    public static partial void OutboxInUse(ILogger logger, string channels, string path);

    [LoggerMessage(5103, LogLevel.Warning, "The host environment is Production, yet security messages by {Channels} go to the development outbox {Path}: customers receive no sign-in codes or notices, and the codes can be read in that file")]
    public static partial void OutboxInProduction(ILogger logger, string channels, string path);

    [LoggerMessage(5104, LogLevel.Warning, "The SMTP relay {Host} presented a certificate with SHA-256 {Thumbprint}, not the pinned one; the connection is refused")]
    public static partial void SmtpPinMismatch(ILogger logger, string host, string thumbprint);

    [LoggerMessage(5105, LogLevel.Debug, "Connected to the SMTP relay {Host}:{Port} over {TlsProtocol}")]
    public static partial void SmtpConnected(ILogger logger, string host, int port, SslProtocols tlsProtocol);
}
