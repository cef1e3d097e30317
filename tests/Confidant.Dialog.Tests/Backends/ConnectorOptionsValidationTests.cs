using Confidant.Dialog.Backends;
using Confidant.Dialog.Backends.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Confidant.Dialog.Tests.Backends;

public sealed class ConnectorOptionsValidationTests
{
    private static void Valid(BackendConnectorOptions o)
    {
        o.BaseAddress = new Uri("https://bank.example/confidant/");
        o.KeyId = "confidant-2026-01";
        o.Secret = Convert.ToBase64String(new byte[32]);
    }

    private static OptionsValidationException StartWith(Action<BackendConnectorOptions> change)
    {
        var services = new ServiceCollection();
        services.AddConfidantHttpBankingBackend(o =>
        {
            Valid(o);
            change(o);
        });
        using var provider = services.BuildServiceProvider();
        return Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public void HealthcareConnector_WithoutABusinessAssociateAgreement_StopsStartUp()
    {
        var services = new ServiceCollection();
        services.AddConfidantHttpHealthcareBackend(Valid);
        using var provider = services.BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var failure = Assert.Single(ex.Failures);
        Assert.Contains("Confidant:Backends:Healthcare:BusinessAssociateAgreement", failure, StringComparison.Ordinal);

        var agreed = new ServiceCollection();
        agreed.AddConfidantHttpHealthcareBackend(o =>
        {
            Valid(o);
            o.BusinessAssociateAgreement = true;
        });
        using var ok = agreed.BuildServiceProvider();
        ok.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void HttpBaseAddress_StopsStartUp_WithAMessageNamingTheSetting()
    {
        var ex = StartWith(o => o.BaseAddress = new Uri("http://bank.example/confidant/"));

        var failure = Assert.Single(ex.Failures);
        Assert.Contains("Confidant:Backends:Banking:BaseAddress", failure, StringComparison.Ordinal);
        Assert.Contains("http://", failure, StringComparison.Ordinal);
        Assert.Contains("https://", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BaseAddress")]
    [InlineData("KeyId")]
    [InlineData("Secret")]
    [InlineData("ShortSecret")]
    [InlineData("NotBase64Secret")]
    [InlineData("AttemptTimeout")]
    [InlineData("RetryBudget")]
    [InlineData("MaxRetryAttempts")]
    [InlineData("QueryInAddress")]
    public void UnsafeOrMissingSetting_StopsStartUp(string setting)
    {
        var ex = StartWith(o =>
        {
            switch (setting)
            {
                case "BaseAddress": o.BaseAddress = null; break;
                case "KeyId": o.KeyId = "key id with spaces"; break;
                case "Secret": o.Secret = ""; break;
                case "ShortSecret": o.Secret = Convert.ToBase64String(new byte[16]); break;
                case "NotBase64Secret": o.Secret = "not base64!"; break;
                case "AttemptTimeout": o.AttemptTimeout = o.Timeout + TimeSpan.FromSeconds(1); break;
                case "RetryBudget": o.RetryDelay = TimeSpan.FromSeconds(10); break;
                case "MaxRetryAttempts": o.MaxRetryAttempts = 11; break;
                case "QueryInAddress": o.BaseAddress = new Uri("https://bank.example/?token=x"); break;
            }
        });

        Assert.Single(ex.Failures);
        Assert.StartsWith("Confidant:Backends:Banking:", ex.Failures.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void SafeSettings_PassValidation()
    {
        var services = new ServiceCollection();
        services.AddConfidantHttpBankingBackend(Valid);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal("confidant-2026-01", provider.GetRequiredService<IOptionsMonitor<BackendConnectorOptions>>().Get(BackendConnectorNames.Banking).KeyId);
    }
}
