using Confidant.Detection;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Pseudonyms;
using Confidant.Redaction.Shaping;
using Confidant.Redaction.Text;
using Confidant.Redaction.Tokenization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace Confidant.Redaction.Tests.Support;

/// <summary>
/// The library as a host would use it: <c>AddConfidantRedaction</c> in a service provider, the
/// start-up validation run, and every log record captured.
/// </summary>
internal sealed class Harness : IDisposable
{
    /// <summary>A valid hash key (32 bytes, base64).</summary>
    public const string HashKey = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private readonly ServiceProvider _provider;

    private Harness(ServiceProvider provider, InMemoryValueTokenizer? tokenizer)
    {
        _provider = provider;
        Tokenizer = tokenizer;
        Processor = provider.GetRequiredService<IMessageProcessor>();
        Shaper = provider.GetRequiredService<IMessageShaper>();
        Reidentifier = provider.GetRequiredService<IReplyReidentifier>();
        Policy = provider.GetRequiredService<PrivacyPolicy>();
        Detector = provider.GetRequiredService<ISensitiveDataDetector>();
        Logs = provider.GetFakeLogCollector();
    }

    public IMessageProcessor Processor { get; }

    public IMessageShaper Shaper { get; }

    public IReplyReidentifier Reidentifier { get; }

    public PrivacyPolicy Policy { get; }

    public ISensitiveDataDetector Detector { get; }

    public FakeLogCollector Logs { get; }

    public InMemoryValueTokenizer? Tokenizer { get; }

    /// <summary>Builds the services and runs start-up validation (which throws <see cref="OptionsValidationException"/> for a bad policy).</summary>
    public static Harness Create(
        Action<PrivacyOptions>? configure = null,
        IDictionary<string, string?>? configuration = null,
        IValueTokenizer? tokenizer = null,
        bool registerTokenizer = true,
        ISensitiveDataDetector? detector = null,
        Action<DetectionOptions>? detection = null)
    {
        var services = new ServiceCollection();
        services.AddFakeLogging(o => o.CollectRecordsForDisabledLogLevels = true);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace));
        if (configuration is not null)
        {
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        }

        InMemoryValueTokenizer? inMemory = null;
        if (registerTokenizer)
        {
            if (tokenizer is null)
            {
                inMemory = new InMemoryValueTokenizer();
                tokenizer = inMemory;
            }

            services.AddSingleton(tokenizer);
        }

        if (detector is not null)
        {
            services.AddSingleton(detector);
        }

        if (detection is not null)
        {
            services.AddConfidantDetection(detection);
        }

        services.AddConfidantRedaction(configure);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
            return new Harness(provider, inMemory);
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    /// <summary>The codes a start-up failure reports.</summary>
    public static IReadOnlyList<string> StartupErrors(Action<PrivacyOptions>? configure = null, IDictionary<string, string?>? configuration = null, bool registerTokenizer = true)
    {
        var e = Assert.Throws<OptionsValidationException>(() => Create(configure, configuration, registerTokenizer: registerTokenizer).Dispose());
        return [.. e.Failures];
    }

    public static ConversationContext NewConversation(string subject = "subject-1") =>
        new("tenant-1", subject, new PseudonymTable());

    public async Task<MessageOutcome> ProcessAsync(string text, ConversationContext context)
    {
        using var raw = RawText.Copy(text);
        return await Processor.ProcessAsync(raw, context);
    }

    public async Task<AcceptedMessage> AcceptAsync(string text, ConversationContext context) =>
        Assert.IsType<AcceptedMessage>(await ProcessAsync(text, context));

    /// <summary>Every captured log record, message and structured state, as one text.</summary>
    public string LogText() =>
        string.Join("\n", Logs.GetSnapshot().Select(r =>
            $"{r.Id} {r.Level} {r.Message} {string.Join(";", r.StructuredState?.Select(kv => $"{kv.Key}={kv.Value}") ?? [])} {r.Exception}"));

    public void Dispose() => _provider.Dispose();
}
