using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Messaging;

/// <summary>
/// Says at every start, as a warning, that security messages go to the development outbox and where;
/// in the Production environment a second warning says what that means for customers. The outbox is
/// not refused in production (a trial install may want it), but it is never silent.
/// </summary>
internal sealed class DevelopmentOutboxNotice(IOptions<SecurityMessagingOptions> options, ILogger<DevelopmentOutboxNotice> logger, IHostEnvironment? environment = null)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var value = options.Value;
        if (!value.UsesOutbox)
        {
            return Task.CompletedTask;
        }

        var channels = (value.Email.Provider, value.Sms.Provider) switch
        {
            (EmailProvider.Outbox, SmsProvider.Outbox) => "e-mail and SMS",
            (EmailProvider.Outbox, _) => "e-mail",
            _ => "SMS",
        };
        var path = Path.GetFullPath(value.OutboxPath);
        Log.OutboxInUse(logger, channels, path);
        if (environment?.IsProduction() == true)
        {
            Log.OutboxInProduction(logger, channels, path);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
