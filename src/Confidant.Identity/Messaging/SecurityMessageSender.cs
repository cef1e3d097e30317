using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Messaging;

/// <summary>
/// The facade: checks a message, routes it by channel to the configured transport and logs the
/// outcome with a masked recipient.
/// </summary>
internal sealed class SecurityMessageSender : ISecurityMessageSender
{
    private readonly ISecurityMessageTransport _email;
    private readonly ISecurityMessageTransport _sms;
    private readonly ILogger _logger;

    public SecurityMessageSender(IOptions<SecurityMessagingOptions> options, IServiceProvider services, ILogger<SecurityMessageSender> logger)
    {
        var value = options.Value;
        _email = value.Email.Provider == EmailProvider.Smtp
            ? services.GetRequiredService<SmtpMessageTransport>()
            : services.GetRequiredService<DevelopmentOutboxTransport>();
        _sms = value.Sms.Provider == SmsProvider.Twilio
            ? services.GetRequiredService<TwilioSmsTransport>()
            : services.GetRequiredService<DevelopmentOutboxTransport>();
        _logger = logger;
    }

    public async Task SendAsync(SecurityMessage message, CancellationToken cancellationToken = default)
    {
        Check(message);
        cancellationToken.ThrowIfCancellationRequested();
        var transport = message.Channel == SecurityChannel.Email ? _email : _sms;
        var masked = RecipientMask.Mask(message.Channel, message.Recipient);
        try
        {
            await transport.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (SecurityMessageException e)
        {
            Log.MessageFailed(_logger, message.Kind, message.Channel, masked, transport.Name, e.Code, e);
            throw;
        }

        Log.MessageSent(_logger, message.Kind, message.Channel, masked, transport.Name);
    }

    /// <summary>The checks every transport relies on; the exception texts never quote the recipient or the body.</summary>
    internal static void Check(SecurityMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Enum.IsDefined(message.Channel))
        {
            throw new ArgumentException("The channel must be Email or Sms.", nameof(message));
        }

        if (!Enum.IsDefined(message.Kind))
        {
            throw new ArgumentException("The message kind is not one of SecurityMessageKind.", nameof(message));
        }

        if (!SecurityChannels.IsValidRecipient(message.Channel, message.Recipient))
        {
            throw new ArgumentException(message.Channel == SecurityChannel.Email
                ? "The recipient must be a bare e-mail address (local@domain)."
                : "The recipient must be an E.164 phone number (a plus sign and 7 to 15 digits).", nameof(message));
        }

        if (string.IsNullOrWhiteSpace(message.Body))
        {
            throw new ArgumentException("The body must not be empty.", nameof(message));
        }

        if (message.Subject is null || message.Subject.Any(char.IsControl))
        {
            throw new ArgumentException("The subject must be given (may be empty for SMS) and hold no control characters.", nameof(message));
        }

        if (message.Channel == SecurityChannel.Email && string.IsNullOrWhiteSpace(message.Subject))
        {
            throw new ArgumentException("An e-mail needs a subject.", nameof(message));
        }

        if (message.Channel == SecurityChannel.Sms && message.Body.Length > SecurityChannels.MaxSmsBodyLength)
        {
            throw new ArgumentException($"An SMS body may hold at most {SecurityChannels.MaxSmsBodyLength} characters; this one holds {message.Body.Length}.", nameof(message));
        }
    }
}
