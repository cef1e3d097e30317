using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Messaging;

/// <summary>Registers the security-message senders.</summary>
public static class SecurityMessagingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ISecurityMessageSender"/> and its transports: the development outbox (the
    /// default for both channels), SMTP over TLS and Twilio. Options are validated at start-up; the
    /// caller binds the configuration section <see cref="SecurityMessagingOptions.SectionName"/>
    /// (<c>services.AddOptions&lt;SecurityMessagingOptions&gt;().BindConfiguration(SecurityMessagingOptions.SectionName)</c>)
    /// or passes <paramref name="configure"/>. A hosted service warns at every start while a channel
    /// uses the outbox.
    /// </summary>
    public static IServiceCollection AddConfidantSecurityMessaging(this IServiceCollection services, Action<SecurityMessagingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptionsWithValidateOnStart<SecurityMessagingOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SecurityMessagingOptions>, SecurityMessagingOptionsValidator>());
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(TwilioSmsTransport.HttpClientName)
            .ConfigureHttpClient((provider, client) =>
                client.Timeout = provider.GetRequiredService<IOptions<SecurityMessagingOptions>>().Value.Sms.Twilio.Timeout);
        services.TryAddSingleton<DevelopmentOutboxTransport>();
        services.TryAddSingleton<SmtpMessageTransport>();
        services.TryAddSingleton<TwilioSmsTransport>();
        services.TryAddSingleton<ISecurityMessageSender, SecurityMessageSender>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, DevelopmentOutboxNotice>());
        return services;
    }
}
