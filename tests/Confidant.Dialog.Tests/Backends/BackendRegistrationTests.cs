using Confidant.Dialog.Backends;
using Confidant.Dialog.Backends.Banking;
using Confidant.Dialog.Backends.Healthcare;
using Confidant.Dialog.Backends.Http;
using Confidant.Dialog.Backends.Retail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Confidant.Dialog.Tests.Backends;

public sealed class BackendRegistrationTests
{
    private static void Connector(BackendConnectorOptions o)
    {
        o.BaseAddress = new Uri("https://bank.example/confidant");
        o.KeyId = "k1";
        o.Secret = Convert.ToBase64String(new byte[32]);
    }

    [Fact]
    public void DemoBackends_ServeEveryBot()
    {
        using var provider = new ServiceCollection().AddConfidantDemoBackends().BuildServiceProvider();

        Assert.IsType<DemoBankingBackend>(provider.GetRequiredService<IBankingBackend>());
        Assert.IsType<DemoRetailBackend>(provider.GetRequiredService<IRetailBackend>());
        Assert.IsType<DemoHealthcareBackend>(provider.GetRequiredService<IHealthcareBackend>());
    }

    [Fact]
    public void HttpConnector_ReplacesItsBotsDemo_WhicheverIsRegisteredFirst()
    {
        using var before = new ServiceCollection().AddConfidantHttpBankingBackend(Connector).AddConfidantDemoBackends().BuildServiceProvider();
        using var after = new ServiceCollection().AddConfidantDemoBackends().AddConfidantHttpBankingBackend(Connector).BuildServiceProvider();

        Assert.IsType<HttpBankingBackend>(before.GetRequiredService<IBankingBackend>());
        Assert.IsType<HttpBankingBackend>(after.GetRequiredService<IBankingBackend>());
        Assert.IsType<DemoRetailBackend>(after.GetRequiredService<IRetailBackend>());
        Assert.IsType<DemoHealthcareBackend>(after.GetRequiredService<IHealthcareBackend>());
    }

    [Fact]
    public void HttpBackendsFromConfiguration_ConnectOnlyTheBotsWithASection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Confidant:Backends:Retail:BaseAddress"] = "https://shop.example/confidant/",
            ["Confidant:Backends:Retail:KeyId"] = "shop-1",
            ["Confidant:Backends:Retail:Secret"] = Convert.ToBase64String(new byte[32]),
            ["Confidant:Backends:Retail:Timeout"] = "00:00:05",
            ["Confidant:Backends:Retail:AttemptTimeout"] = "00:00:02",
            ["Confidant:Backends:Retail:RetryDelay"] = "00:00:00.250",
        }).Build();

        using var provider = new ServiceCollection().AddConfidantDemoBackends().AddConfidantHttpBackends(configuration).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<DemoBankingBackend>(provider.GetRequiredService<IBankingBackend>());
        Assert.IsType<HttpRetailBackend>(provider.GetRequiredService<IRetailBackend>());
        Assert.IsType<DemoHealthcareBackend>(provider.GetRequiredService<IHealthcareBackend>());
        var options = provider.GetRequiredService<IOptionsMonitor<BackendConnectorOptions>>().Get(BackendConnectorNames.Retail);
        Assert.Equal(new Uri("https://shop.example/confidant/"), options.BaseAddress);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Timeout);
    }

    [Fact]
    public void RegisteringAConnectorTwice_AddsOneSetOfHandlers()
    {
        var services = new ServiceCollection().AddConfidantHttpBankingBackend(Connector).AddConfidantHttpBankingBackend(o => o.KeyId = "k2");
        using var provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.IsKeyedService && Equals(d.ServiceKey, BackendConnectorNames.Banking) && d.ServiceType == typeof(ConnectorClient));
        Assert.Equal("k2", provider.GetRequiredService<IOptionsMonitor<BackendConnectorOptions>>().Get(BackendConnectorNames.Banking).KeyId);
    }
}
