namespace Confidant.Identity.Messaging;

/// <summary>One way of delivering a security message; <see cref="SecurityMessageSender"/> picks one per channel.</summary>
internal interface ISecurityMessageTransport
{
    /// <summary>The provider's name, as configured and as logged: <c>Smtp</c>, <c>Twilio</c>, <c>Outbox</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Delivers a message that <see cref="SecurityMessageSender"/> has checked. Throws
    /// <see cref="SecurityMessageException"/> on failure, or <see cref="OperationCanceledException"/>
    /// when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    Task SendAsync(SecurityMessage message, CancellationToken cancellationToken);
}
