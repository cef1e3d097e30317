using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Tests.Support;

namespace Confidant.Redaction.Tests.Policy;

/// <summary>The default table of docs/redaction.md, under all three profiles.</summary>
public class DefaultActionTests
{
    // Columns: bot, transcript, logs, analytics, crm (no agreement), ehr (agreement), agent, echo.
    [Theory]
    [InlineData("PASSWORD", "Block Block Block Block Block Block Block Block")]
    [InlineData("CARD_CVV", "Block Block Block Block Block Block Block Block")]
    [InlineData("CARD_NUMBER", "Tokenize Mask Redact Redact Tokenize Tokenize Mask Mask")]
    [InlineData("SYMPTOM", "Pseudonymize Redact Redact Redact Redact Pseudonymize Allow Allow")]
    [InlineData("NPI", "Pseudonymize Redact Redact Redact Redact Pseudonymize Allow Allow")]
    [InlineData("US_SSN", "Pseudonymize Mask Redact Redact Redact Redact Mask Mask")]
    [InlineData("EMAIL", "Pseudonymize Mask Redact Redact Redact Redact Allow Allow")]
    [InlineData("POSTCODE", "Allow Allow Redact Allow Allow Allow Allow Allow")]
    public void Defaults_MatchTheDocumentedTable(string className, string expected)
    {
        using var harness = Harness.Create(o =>
        {
            o.Sinks["crm"] = new SinkOptions();
            o.Sinks["ehr"] = new SinkOptions { BusinessAssociateAgreement = true };
        });
        Assert.True(DataClasses.TryGet(className, out var dataClass));
        var actual = string.Join(' ', new[] { "bot", "transcript", "logs", "analytics", "crm", "ehr", "agent", "echo" }
            .Select(name => harness.Policy.TryGetSink(name, out var sink) ? harness.Policy.Decide(dataClass, sink).ToString() : "?"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Defaults_WithoutPci_CardNumberIsPseudonymizedForTheBot()
    {
        using var harness = Harness.Create(o => o.Profiles = ["Gdpr"], registerTokenizer: false);
        Assert.Equal(RedactionAction.Pseudonymize, harness.Policy.Decide(DataClasses.CardNumber, Sink.Bot));
        Assert.Equal(RedactionAction.Block, harness.Policy.Decide(DataClasses.CardSecurityCode, Sink.Bot));
    }

    [Fact]
    public void EmptyEntriesInConfiguration_AreIgnored()
    {
        var options = new PrivacyOptions();
        options.Classes["EMAIL"] = null!;
        options.Sinks["crm"] = null!;
        var policy = PrivacyPolicy.Create(options);
        Assert.Equal(RedactionAction.Pseudonymize, policy.Decide(DataClasses.Email, Sink.Bot));
    }
}
