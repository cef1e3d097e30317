using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Shaping;
using Confidant.Redaction.Tests.Support;

namespace Confidant.Redaction.Tests.Policy;

public class ProfileTests
{
    [Fact]
    public void Defaults_AllThreeProfilesAreInForce()
    {
        using var harness = Harness.Create();
        Assert.Equal([PrivacyProfile.PciDss, PrivacyProfile.Hipaa, PrivacyProfile.Gdpr], harness.Policy.Profiles.Order());
    }

    [Fact]
    public async Task Pci_CardNumber_IsTokenizedForTheBot()
    {
        using var harness = Harness.Create();
        var accepted = await harness.AcceptAsync("my card number is 4111 1111 1111 1111", Harness.NewConversation());
        var token = Assert.Single(accepted.Tokens);
        Assert.Equal("my card number is " + token.Token, accepted.View(Sink.Bot).Text);
        Assert.StartsWith("tok_card_", token.Token, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pci_SecurityCode_BlocksTheMessageWithCodeAndReason()
    {
        using var harness = Harness.Create();
        var context = Harness.NewConversation();
        var blocked = Assert.IsType<BlockedMessage>(await harness.ProcessAsync("card number 4111 1111 1111 1111 and the cvv is 737", context));
        Assert.Equal(["CONF-RED-101"], blocked.Codes);
        Assert.Contains("a card security code", blocked.CustomerMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("737", blocked.CustomerMessage, StringComparison.Ordinal);
        Assert.Equal(0, harness.Tokenizer!.Calls); // nothing of a blocked message reaches the vault
        Assert.Equal(0, context.Pseudonyms.Count);
    }

    [Fact]
    public async Task Baseline_Password_BlocksTheMessage()
    {
        using var harness = Harness.Create(o => o.Profiles = []);
        var blocked = Assert.IsType<BlockedMessage>(await harness.ProcessAsync("my password is Tr0ub4dor&3", Harness.NewConversation()));
        var reason = Assert.Single(blocked.Reasons);
        Assert.Equal("CONF-RED-102", reason.Code);
        Assert.Contains("a password", reason.CustomerMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("Tr0ub4dor", blocked.CustomerMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Block_TwoClasses_NamesBoth()
    {
        using var harness = Harness.Create();
        var blocked = Assert.IsType<BlockedMessage>(await harness.ProcessAsync("the cvv is 737 and my password is Tr0ub4dor&3", Harness.NewConversation()));
        Assert.Equal(["CONF-RED-101", "CONF-RED-102"], blocked.Codes.Order());
        Assert.Contains("a card security code and a password", blocked.CustomerMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hipaa_HealthToConnectorWithoutAgreement_IsRedacted_WithAgreement_Pseudonymized()
    {
        using var harness = Harness.Create(o =>
        {
            o.Sinks["crm"] = new SinkOptions();
            o.Sinks["ehr"] = new SinkOptions { BusinessAssociateAgreement = true };
        });
        var accepted = await harness.AcceptAsync("I have chest pain", Harness.NewConversation());
        Assert.Equal("I have [SYMPTOM]", accepted.View("crm").Text);
        Assert.Equal("I have <SYMPTOM_1>", accepted.View("ehr").Text);
        Assert.Equal("I have [SYMPTOM]", accepted.View(Sink.Logs).Text);
        Assert.Equal("I have [SYMPTOM]", accepted.View(Sink.Analytics).Text);
    }

    [Fact]
    public void Pci_CardNumberAllowedInLogs_IsRejected()
    {
        var errors = Harness.StartupErrors(o => Sinks(o, "CARD_NUMBER")["logs"] = "Allow");

        // GDPR's minimisation rule objects too; each profile reports its own code.
        var error = Assert.Single(errors, e => e.StartsWith("CONF-POL-010", StringComparison.Ordinal));
        Assert.StartsWith("CONF-POL-010 at Confidant:Privacy:Classes:CARD_NUMBER:Sinks:logs", error, StringComparison.Ordinal);
        Assert.Contains("PCI DSS", error, StringComparison.Ordinal);
        Assert.Single(errors, e => e.StartsWith("CONF-POL-015 at Confidant:Privacy:Classes:CARD_NUMBER:Sinks:logs", StringComparison.Ordinal));
    }

    [Fact]
    public void Pci_SecurityCodeRedactedInsteadOfBlocked_IsRejectedForEverySink()
    {
        var errors = Harness.StartupErrors(o => o.Classes["CARD_CVV"] = new ClassPolicyOptions { Action = "Redact" });
        Assert.Equal(Sink.BuiltIn.Count, errors.Count);
        Assert.All(errors, e => Assert.StartsWith("CONF-POL-011 at Confidant:Privacy:Classes:CARD_CVV:Action", e, StringComparison.Ordinal));
    }

    [Fact]
    public void Hipaa_HealthAllowedToConnectorWithoutAgreement_IsRejected()
    {
        var errors = Harness.StartupErrors(o =>
        {
            o.Sinks["crm"] = new SinkOptions();
            Sinks(o, "MEDICATION")["crm"] = "Pseudonymize";
        });
        Assert.StartsWith("CONF-POL-013 at Confidant:Privacy:Classes:MEDICATION:Sinks:crm", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Hipaa_HealthAllowedToConnectorWithAgreement_IsAccepted()
    {
        using var harness = Harness.Create(o =>
        {
            o.Sinks["ehr"] = new SinkOptions { BusinessAssociateAgreement = true };
            Sinks(o, "MEDICATION")["ehr"] = "Allow";
        });
        Assert.True(harness.Policy.TryGetSink("ehr", out var ehr));
        Assert.Equal(RedactionAction.Allow, harness.Policy.Decide(DataClasses.Medication, ehr));
    }

    [Fact]
    public void Hipaa_HealthInAnalytics_IsRejected()
    {
        var errors = Harness.StartupErrors(o =>
        {
            o.Hashing.Key = Harness.HashKey;
            Sinks(o, "SYMPTOM")["analytics"] = "Hash";
        });
        Assert.StartsWith("CONF-POL-014", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Gdpr_EmailMaskedInAnalytics_IsRejected()
    {
        var errors = Harness.StartupErrors(o => Sinks(o, "EMAIL")["analytics"] = "Mask");
        Assert.StartsWith("CONF-POL-015 at Confidant:Privacy:Classes:EMAIL:Sinks:analytics", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Gdpr_RetentionLongerThanTheProfile_IsRejected()
    {
        var errors = Harness.StartupErrors(o => o.Classes["EMAIL"] = new ClassPolicyOptions { Retention = "400.00:00:00" });
        var error = Assert.Single(errors);
        Assert.StartsWith("CONF-POL-017 at Confidant:Privacy:Classes:EMAIL:Retention", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Gdpr_RetentionShorter_IsReadByStorage()
    {
        using var harness = Harness.Create(o => o.Classes["EMAIL"] = new ClassPolicyOptions { Retention = "30.00:00:00" });
        Assert.Equal(TimeSpan.FromDays(30), harness.Policy.RetentionFor(DataClasses.Email));
        Assert.Equal(TimeSpan.FromDays(90), harness.Policy.RetentionFor(DataClasses.CardNumber));
        Assert.Equal(TimeSpan.Zero, harness.Policy.RetentionFor(DataClasses.CardSecurityCode));
        Assert.Equal(TimeSpan.FromDays(30), harness.Policy.RetentionFor([DataClasses.Postcode, DataClasses.Email]));
    }

    [Fact]
    public async Task Retention_OfAMessage_IsTheShortestOfItsClasses()
    {
        using var harness = Harness.Create(o => o.Classes["PHONE"] = new ClassPolicyOptions { Retention = "7.00:00:00" });
        var accepted = await harness.AcceptAsync("email me at jane.doe@example.com or call me at (415) 555-2671", Harness.NewConversation());
        Assert.Equal(TimeSpan.FromDays(7), accepted.Retention);
        var clean = await harness.AcceptAsync("what are your opening hours?", Harness.NewConversation());
        Assert.Equal(TimeSpan.FromDays(365), clean.Retention);
    }

    [Fact]
    public void WithoutGdpr_LongerRetention_IsAccepted()
    {
        using var harness = Harness.Create(o =>
        {
            o.Profiles = ["PciDss", "Hipaa"];
            o.Classes["EMAIL"] = new ClassPolicyOptions { Retention = "400.00:00:00" };
        });
        Assert.Equal(TimeSpan.FromDays(400), harness.Policy.RetentionFor(DataClasses.Email));
    }

    [Fact]
    public void WithoutPci_CardNumberAllowedToAgent_IsAccepted()
    {
        using var harness = Harness.Create(o =>
        {
            o.Profiles = ["Hipaa", "Gdpr"];
            Sinks(o, "CARD_NUMBER")["agent"] = "Allow";
        });
        Assert.Equal(RedactionAction.Allow, harness.Policy.Decide(DataClasses.CardNumber, Sink.HumanAgent));
        Assert.Equal(RedactionAction.Pseudonymize, harness.Policy.Decide(DataClasses.CardNumber, Sink.Bot));
    }

    [Fact]
    public void Tightening_IsAccepted()
    {
        using var harness = Harness.Create(o =>
        {
            o.Classes["CARD_NUMBER"] = new ClassPolicyOptions { Action = "Redact" };
            o.Classes["EMAIL"] = new ClassPolicyOptions { Action = "Block" };
            Sinks(o, "SYMPTOM")["agent"] = "Drop";
        });
        Assert.All(harness.Policy.Sinks, s => Assert.Equal(RedactionAction.Redact, harness.Policy.Decide(DataClasses.CardNumber, s)));
        Assert.Equal(RedactionAction.Block, harness.Policy.Decide(DataClasses.Email, Sink.Echo));
        Assert.Equal(RedactionAction.Drop, harness.Policy.Decide(DataClasses.Symptom, Sink.HumanAgent));
    }

    [Theory]
    [InlineData("PASSWORD", "Allow")]
    [InlineData("PIN", "Mask")]
    [InlineData("API_KEY", "Hash")]
    [InlineData("ONE_TIME_CODE", "Tokenize")]
    [InlineData("PRIVATE_KEY", "Pseudonymize")]
    public void Baseline_CredentialsLetOut_IsRejectedEvenWithoutProfiles(string className, string action)
    {
        var errors = Harness.StartupErrors(o =>
        {
            o.Profiles = [];
            o.Hashing.Key = Harness.HashKey;
            Sinks(o, className)["bot"] = action;
        });
        Assert.StartsWith($"CONF-POL-016 at Confidant:Privacy:Classes:{className}:Sinks:bot", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drop_ForOneSink_OthersStillGetTheMessage()
    {
        using var harness = Harness.Create(o => Sinks(o, "EMAIL")["analytics"] = "Drop");
        var accepted = await harness.AcceptAsync("email me at jane.doe@example.com", Harness.NewConversation());
        Assert.True(accepted.View(Sink.Analytics).IsDropped);
        Assert.Null(accepted.View(Sink.Analytics).Text);
        Assert.Equal("email me at <EMAIL_1>", accepted.View(Sink.Bot).Text);
    }

    private static IDictionary<string, string> Sinks(PrivacyOptions options, string className)
    {
        if (!options.Classes.TryGetValue(className, out var classOptions))
        {
            classOptions = new ClassPolicyOptions();
            options.Classes[className] = classOptions;
        }

        return classOptions.Sinks;
    }
}
