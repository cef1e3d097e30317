using Confidant.Detection;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Pseudonyms;
using Confidant.Redaction.Shaping;
using Confidant.Redaction.Tokenization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Confidant.Redaction;

/// <summary>Registers the privacy policy and shaping.</summary>
public static class RedactionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="PrivacyPolicy"/>, <see cref="IMessageProcessor"/>, <see cref="IMessageShaper"/>
    /// and <see cref="IReplyReidentifier"/> as singletons, with the detector
    /// (<see cref="DetectionServiceCollectionExtensions.AddConfidantDetection"/>) when it is not
    /// registered yet. Options bind from configuration section <c>Confidant:Privacy</c> when an
    /// <see cref="IConfiguration"/> is registered, then <paramref name="configure"/> runs. They are
    /// validated when the host starts: an unknown class, action, sink or profile, a rule that weakens
    /// a regulation profile, a missing hash key or tokenizer stops start-up with CONF-POL-* codes.
    /// Tokenization needs an <see cref="IValueTokenizer"/> (the token vault of Confidant.Protection).
    /// </summary>
    public static IServiceCollection AddConfidantRedaction(this IServiceCollection services, Action<PrivacyOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddConfidantDetection();

        var builder = services.AddOptionsWithValidateOnStart<PrivacyOptions>();
        builder.Configure<IServiceProvider>(static (options, provider) =>
            provider.GetService<IConfiguration>()?.GetSection(PrivacyOptions.SectionName).Bind(options));
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PrivacyOptions>, PrivacyOptionsValidator>());
        services.TryAddSingleton(static provider =>
        {
            var options = provider.GetRequiredService<IOptions<PrivacyOptions>>().Value;
            var custom = PrivacyOptionsValidator.CustomClasses(provider.GetRequiredService<IOptions<DetectionOptions>>().Value);
            var policy = PrivacyPolicy.Create(options, custom);
            var logger = provider.GetService<ILoggerFactory>()?.CreateLogger(typeof(PrivacyPolicy)) ?? NullLogger.Instance;
            var profiles = string.Join(",", policy.Profiles);
            Log.PolicyLoaded(logger, profiles, policy.Sinks.Count);
            return policy;
        });
        services.TryAddSingleton(static provider => new MessageProcessor(
            provider.GetRequiredService<PrivacyPolicy>(),
            provider.GetRequiredService<ISensitiveDataDetector>(),
            provider.GetService<IValueTokenizer>(),
            provider.GetService<ILogger<MessageProcessor>>() ?? NullLogger<MessageProcessor>.Instance));
        services.TryAddSingleton<IMessageProcessor>(static provider => provider.GetRequiredService<MessageProcessor>());
        services.TryAddSingleton<IMessageShaper>(static provider => provider.GetRequiredService<MessageProcessor>());
        services.TryAddSingleton<IReplyReidentifier>(static provider => new ReplyReidentifier(
            provider.GetRequiredService<PrivacyPolicy>(),
            provider.GetService<ILogger<ReplyReidentifier>>() ?? NullLogger<ReplyReidentifier>.Instance));
        return services;
    }
}
