using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Confidant.Detection;

/// <summary>Registers the detector.</summary>
public static class DetectionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ISensitiveDataDetector"/> as a singleton. Options are validated when the host
    /// starts: a bad pattern, an unknown validator or class, or an out-of-range value stops start-up.
    /// </summary>
    public static IServiceCollection AddConfidantDetection(this IServiceCollection services, Action<DetectionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptionsWithValidateOnStart<DetectionOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DetectionOptions>, DetectionOptionsValidator>());
        services.TryAddSingleton<ISensitiveDataDetector>(sp => new SensitiveDataDetector(sp.GetRequiredService<IOptions<DetectionOptions>>().Value));
        return services;
    }
}
