using Microsoft.Extensions.Options;

namespace Confidant.Identity.Messaging;

/// <summary>
/// The embedded default for both channels: appends each message to the development outbox file
/// (<see cref="SecurityMessagingOptions.OutboxPath"/>) instead of sending it.
/// <see cref="DevelopmentOutboxNotice"/> warns about it at every start.
/// </summary>
internal sealed class DevelopmentOutboxTransport(IOptions<SecurityMessagingOptions> options, TimeProvider timeProvider) : ISecurityMessageTransport
{
    public const string ProviderName = "Outbox";

    public string Name => ProviderName;

    public async Task SendAsync(SecurityMessage message, CancellationToken cancellationToken)
    {
        var entry = new DevelopmentOutboxEntry(timeProvider.GetUtcNow(), message.Channel, message.Kind, message.Recipient, message.Subject, message.Body);
        try
        {
            await DevelopmentOutbox.AppendAsync(options.Value.OutboxPath, entry, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SecurityMessageException(SecurityMessageErrorCodes.OutboxWriteFailed, message.Channel, ProviderName,
                "the development outbox file could not be written.", e);
        }
    }
}
