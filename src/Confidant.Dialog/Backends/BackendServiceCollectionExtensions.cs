using Confidant.Dialog.Backends.Banking;
using Confidant.Dialog.Backends.Healthcare;
using Confidant.Dialog.Backends.Http;
using Confidant.Dialog.Backends.Retail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Confidant.Dialog.Backends;

/// <summary>
/// Registers the backends of the three bots. Each bot has its own choice: the demo backend, or an
/// HTTP connector to the real one. <see cref="AddConfidantDemoBackends"/> adds the demo backends with
/// <c>TryAdd</c>; an <c>AddConfidantHttp…Backend</c> call replaces its bot's backend whichever comes
/// first. So <c>AddConfidantDemoBackends().AddConfidantHttpBackends(configuration)</c> gives a real
/// connector to every bot that has a configuration section and the demo to the others.
/// </summary>
public static class BackendServiceCollectionExtensions
{
    private const int MaxResponseBytes = 1 << 20;

    /// <summary>
    /// Adds the demo backends (synthetic data in memory, every customer-visible text marked "Demo") for
    /// every bot that has no backend yet.
    /// </summary>
    public static IServiceCollection AddConfidantDemoBackends(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IBankingBackend, DemoBankingBackend>();
        services.TryAddSingleton<IRetailBackend, DemoRetailBackend>();
        services.TryAddSingleton<IHealthcareBackend, DemoHealthcareBackend>();
        return services;
    }

    /// <summary>
    /// Adds an HTTP connector for every bot whose section exists under <c>Confidant:Backends</c>
    /// (<c>Banking</c>, <c>Retail</c>, <c>Healthcare</c>; the keys are those of
    /// <see cref="BackendConnectorOptions"/>). Bots without a section are left as they are.
    /// </summary>
    public static IServiceCollection AddConfidantHttpBackends(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var backends = configuration.GetSection(BackendConnectorOptions.SectionName);
        if (backends.GetSection("Banking") is { } banking && banking.Exists())
        {
            AddConnector<IBankingBackend>(services, BackendConnectorNames.Banking, "banking", o => o.Bind(banking), c => new HttpBankingBackend(c));
        }

        if (backends.GetSection("Retail") is { } retail && retail.Exists())
        {
            AddConnector<IRetailBackend>(services, BackendConnectorNames.Retail, "retail", o => o.Bind(retail), c => new HttpRetailBackend(c));
        }

        if (backends.GetSection("Healthcare") is { } healthcare && healthcare.Exists())
        {
            AddConnector<IHealthcareBackend>(services, BackendConnectorNames.Healthcare, "healthcare", o => o.Bind(healthcare), c => new HttpHealthcareBackend(c));
        }

        return services;
    }

    /// <summary>Makes the banking bot's backend the HTTP connector configured by <paramref name="configure"/>.</summary>
    public static IServiceCollection AddConfidantHttpBankingBackend(this IServiceCollection services, Action<BackendConnectorOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AddConnector<IBankingBackend>(services, BackendConnectorNames.Banking, "banking", o => o.Configure(configure), c => new HttpBankingBackend(c));
    }

    /// <summary>Makes the retail bot's backend the HTTP connector configured by <paramref name="configure"/>.</summary>
    public static IServiceCollection AddConfidantHttpRetailBackend(this IServiceCollection services, Action<BackendConnectorOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AddConnector<IRetailBackend>(services, BackendConnectorNames.Retail, "retail", o => o.Configure(configure), c => new HttpRetailBackend(c));
    }

    /// <summary>Makes the healthcare bot's backend the HTTP connector configured by <paramref name="configure"/>.</summary>
    public static IServiceCollection AddConfidantHttpHealthcareBackend(this IServiceCollection services, Action<BackendConnectorOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AddConnector<IHealthcareBackend>(services, BackendConnectorNames.Healthcare, "healthcare", o => o.Configure(configure), c => new HttpHealthcareBackend(c));
    }

    /// <summary>
    /// Named options validated at start-up, a named <see cref="HttpClient"/> whose handlers are, from
    /// the outside in: the standard resilience pipeline (total timeout, retry only when safe to repeat,
    /// circuit breaker, attempt timeout), the request signer (so each attempt is signed afresh), and a
    /// primary handler that follows no redirect and keeps no cookies. Calling it twice for one bot adds
    /// the configuration, not a second set of handlers.
    /// </summary>
    private static IServiceCollection AddConnector<TBackend>(
        IServiceCollection services,
        string name,
        string connector,
        Action<OptionsBuilder<BackendConnectorOptions>> configure,
        Func<ConnectorClient, TBackend> create)
        where TBackend : class
    {
        ArgumentNullException.ThrowIfNull(services);
        configure(services.AddOptions<BackendConnectorOptions>(name).ValidateOnStart());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BackendConnectorOptions>, BackendConnectorOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();

        if (!services.Any(d => d.IsKeyedService && d.ServiceType == typeof(ConnectorClient) && Equals(d.ServiceKey, name)))
        {
            services.AddKeyedSingleton(name, (sp, _) => new ConnectorClient(
                connector, name, sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<ILogger<ConnectorClient>>()));

            var client = services.AddHttpClient(name, (sp, http) =>
            {
                var options = sp.GetRequiredService<IOptionsMonitor<BackendConnectorOptions>>().Get(name);
                var address = options.BaseAddress!;
                http.BaseAddress = address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
                http.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline times the call
                http.MaxResponseContentBufferSize = MaxResponseBytes;
            });
            client.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
            // The factory's default loggers write the request URI, whose path holds the customer
            // reference and ids; failures are logged by ConnectorClient instead, without the path.
            client.RemoveAllLoggers();
            client.AddStandardResilienceHandler().Configure((resilience, sp) =>
            {
                // Invalid connector options are reported once, by their own validation at start-up;
                // the pipeline keeps its defaults meanwhile instead of repeating the same failure.
                if (TryGetValid(sp, name) is { } valid)
                {
                    ConnectorResilience.Configure(resilience, valid);
                }
            });
            client.AddHttpMessageHandler(sp => new RequestSigningHandler(
                name, sp.GetRequiredService<IOptionsMonitor<BackendConnectorOptions>>(), sp.GetRequiredService<TimeProvider>()));
        }

        services.Replace(ServiceDescriptor.Singleton<TBackend>(sp => create(sp.GetRequiredKeyedService<ConnectorClient>(name))));
        return services;
    }

    private static BackendConnectorOptions? TryGetValid(IServiceProvider services, string name)
    {
        try
        {
            return services.GetRequiredService<IOptionsMonitor<BackendConnectorOptions>>().Get(name);
        }
        catch (OptionsValidationException)
        {
            return null;
        }
    }
}
