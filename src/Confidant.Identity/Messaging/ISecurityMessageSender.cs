namespace Confidant.Identity.Messaging;

/// <summary>
/// Sends one-time codes and security notices; routes each message by its channel to the configured
/// transport (<c>Confidant:Identity:Messaging:Email:Provider</c> and <c>Sms:Provider</c>).
/// </summary>
public interface ISecurityMessageSender
{
    /// <summary>Sends <paramref name="message"/> through the transport configured for its channel.</summary>
    /// <exception cref="ArgumentException">The recipient, subject or body is not valid for the channel.</exception>
    /// <exception cref="SecurityMessageException">The transport could not deliver the message to its relay or provider.</exception>
    Task SendAsync(SecurityMessage message, CancellationToken cancellationToken = default);
}
