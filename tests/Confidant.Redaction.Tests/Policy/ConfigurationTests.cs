using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Tests.Support;

namespace Confidant.Redaction.Tests.Policy;

/// <summary>The policy as an operator writes it in configuration, with its mistakes.</summary>
public class ConfigurationTests
{
    private const string Root = "Confidant:Privacy";

    [Fact]
    public async Task Configuration_SectionIsBound_SinksAndActionsApply()
    {
        using var harness = Harness.Create(configuration: new Dictionary<string, string?>
        {
            [$"{Root}:Sinks:crm:Kind"] = "Connector",
            [$"{Root}:Sinks:ehr:BusinessAssociateAgreement"] = "true",
            [$"{Root}:Classes:EMAIL:Sinks:crm"] = "Allow",
            [$"{Root}:Classes:PERSON_NAME:Action"] = "Redact",
            [$"{Root}:CardMask"] = "FirstSixLastFour",
            [$"{Root}:Profiles:0"] = "PciDss",
            [$"{Root}:Profiles:1"] = "Hipaa",
        });
        Assert.Equal(["bot", "transcript", "logs", "analytics", "agent", "echo", "crm", "ehr"], harness.Policy.Sinks.Select(s => s.Name));
        Assert.True(harness.Policy.TryGetSink("ehr", out var ehr) && ehr.HasBusinessAssociateAgreement && ehr.Kind == SinkKind.Connector);
        Assert.Equal(CardMaskStyle.FirstSixLastFour, harness.Policy.CardMask);
        Assert.Equal([PrivacyProfile.PciDss, PrivacyProfile.Hipaa], harness.Policy.Profiles.Order());

        var accepted = await harness.AcceptAsync("my name is Maria Gonzalez, email me at jane.doe@example.com", Harness.NewConversation());
        Assert.Equal("my name is [NAME], email me at jane.doe@example.com", accepted.View("crm").Text);
        Assert.Equal("my name is [NAME], email me at [EMAIL ADDRESS]", accepted.View("ehr").Text);
    }

    [Fact]
    public void Configuration_CodeRunsAfterTheSection()
    {
        using var harness = Harness.Create(
            o => o.Classes["EMAIL"] = new ClassPolicyOptions { Action = "Block" },
            new Dictionary<string, string?> { [$"{Root}:Classes:EMAIL:Action"] = "Redact" });
        Assert.Equal(RedactionAction.Block, harness.Policy.Decide(DataClasses.Email, Sink.Bot));
    }

    [Theory]
    [InlineData("Classes:CREDIT_SCORE:Action", "Redact", "CONF-POL-001", "Classes:CREDIT_SCORE")]
    [InlineData("Classes:EMAIL:Action", "Scramble", "CONF-POL-002", "Classes:EMAIL:Action")]
    [InlineData("Classes:EMAIL:Action", "Redact,Allow", "CONF-POL-002", "Classes:EMAIL:Action")]
    [InlineData("Classes:EMAIL:Action", "2", "CONF-POL-002", "Classes:EMAIL:Action")]
    [InlineData("Classes:EMAIL:Sinks:billing", "Redact", "CONF-POL-003", "Classes:EMAIL:Sinks:billing")]
    [InlineData("Classes:EMAIL:Sinks:agent", "Obscure", "CONF-POL-002", "Classes:EMAIL:Sinks:agent")]
    [InlineData("Profiles:0", "Sox", "CONF-POL-004", "Profiles:0")]
    [InlineData("CardMask", "FirstEight", "CONF-POL-005", "CardMask")]
    [InlineData("Sinks:crm:Kind", "Fax", "CONF-POL-006", "Sinks:crm:Kind")]
    [InlineData("Sinks:CRM System:Kind", "Connector", "CONF-POL-007", "Sinks:CRM System")]
    [InlineData("Sinks:logs:Kind", "Connector", "CONF-POL-008", "Sinks:logs:Kind")]
    [InlineData("Classes:EMAIL:Retention", "a month", "CONF-POL-009", "Classes:EMAIL:Retention")]
    [InlineData("DefaultRetention", "-1.00:00:00", "CONF-POL-009", "DefaultRetention")]
    [InlineData("Classes:EMAIL:Action", "Hash", "CONF-POL-020", "Hashing:Key")]
    [InlineData("UnknownPlaceholders", "Guess", "CONF-POL-021", "UnknownPlaceholders")]
    public void Configuration_Mistake_StopsStartUpWithCodeAndEntry(string key, string value, string code, string entry)
    {
        var errors = Harness.StartupErrors(configuration: new Dictionary<string, string?> { [$"{Root}:{key}"] = value });
        var error = Assert.Single(errors);
        Assert.StartsWith($"{code} at {Root}:{entry}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_ShortHashKey_IsRejected()
    {
        var errors = Harness.StartupErrors(o =>
        {
            o.Hashing.Key = Convert.ToBase64String(new byte[16]);
            o.Classes["EMAIL"] = new ClassPolicyOptions { Action = "Hash" };
        });
        Assert.StartsWith("CONF-POL-020", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_SeveralMistakes_AreAllReported()
    {
        var errors = Harness.StartupErrors(configuration: new Dictionary<string, string?>
        {
            [$"{Root}:Classes:NOPE:Action"] = "Redact",
            [$"{Root}:Classes:EMAIL:Action"] = "Nope",
            [$"{Root}:Profiles:0"] = "Nope",
        });
        Assert.Equal(["CONF-POL-001", "CONF-POL-002", "CONF-POL-004"], errors.Select(e => e[..12]).Order());
    }

    [Fact]
    public void Tokenize_WithoutAVault_StopsStartUp()
    {
        var errors = Harness.StartupErrors(registerTokenizer: false);
        Assert.StartsWith("CONF-POL-022", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Tokenize_NotUsed_NeedsNoVault()
    {
        using var harness = Harness.Create(o => o.Classes["CARD_NUMBER"] = new ClassPolicyOptions { Action = "Redact" }, registerTokenizer: false);
        Assert.Equal(RedactionAction.Redact, harness.Policy.Decide(DataClasses.CardNumber, Sink.Bot));
    }

    [Fact]
    public void CustomClass_DeclaredByADetectorRule_CanBeNamed()
    {
        using var harness = Harness.Create(
            o =>
            {
                o.Hashing.Key = Harness.HashKey;
                o.Classes["ACME_MEMBER_ID"] = new ClassPolicyOptions { Action = "Hash" };
            },
            detection: d => d.CustomRecognizers.Add(new Detection.CustomRecognizerOptions { Id = "acme.member", DataClass = "ACME_MEMBER_ID", Pattern = @"\bACM-\d{6}\b" }));
        Assert.Equal(RedactionAction.Hash, harness.Policy.Decide(DataClass.Custom("ACME_MEMBER_ID", "custom", SensitivityTier.Confidential), Sink.Bot));
    }

    [Fact]
    public void PrivacyPolicyCreate_InvalidOptions_ThrowsWithErrors()
    {
        var options = new PrivacyOptions();
        options.Classes["NOPE"] = new ClassPolicyOptions();
        var e = Assert.Throws<PolicyConfigurationException>(() => PrivacyPolicy.Create(options));
        Assert.Equal("CONF-POL-001", Assert.Single(e.Errors).Code);
    }

    [Fact]
    public void ClassNotInThePolicy_GetsTierDefaults()
    {
        var policy = PrivacyPolicy.Create(new PrivacyOptions());
        var custom = DataClass.Custom("LOYALTY_NUMBER", "custom", SensitivityTier.Restricted);
        Assert.Equal(RedactionAction.Redact, policy.Decide(custom, Sink.Logs));
        Assert.Equal(RedactionAction.Pseudonymize, policy.Decide(custom, Sink.Bot));
    }
}
