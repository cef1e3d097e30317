using Confidant.Redaction.Policy;
using Confidant.Redaction.Pseudonyms;
using Confidant.Redaction.Shaping;
using Confidant.Redaction.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Confidant.Redaction.Tests;

public class RegistrationTests
{
    [Fact]
    public void AddConfidantRedaction_RegistersSingletons()
    {
        var services = new ServiceCollection();
        services.AddSingleton<Confidant.Redaction.Tokenization.IValueTokenizer>(new InMemoryValueTokenizer());
        services.AddConfidantRedaction();
        using var provider = services.BuildServiceProvider();
        Assert.Same(provider.GetRequiredService<IMessageProcessor>(), provider.GetRequiredService<IMessageProcessor>());
        Assert.Same(provider.GetRequiredService<PrivacyPolicy>(), provider.GetRequiredService<PrivacyPolicy>());
        Assert.NotNull(provider.GetRequiredService<IMessageShaper>());
        Assert.NotNull(provider.GetRequiredService<IReplyReidentifier>());
    }

    [Fact]
    public void AddConfidantRedaction_Twice_ValidatesOnce()
    {
        var services = new ServiceCollection();
        services.AddSingleton<Confidant.Redaction.Tokenization.IValueTokenizer>(new InMemoryValueTokenizer());
        services.AddConfidantRedaction(o => o.Classes["NOPE"] = new ClassPolicyOptions());
        services.AddConfidantRedaction();
        using var provider = services.BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Single(e.Failures);
    }
}
