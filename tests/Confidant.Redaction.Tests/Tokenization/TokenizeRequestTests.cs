using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Tests.Support;
using Confidant.Redaction.Text;
using Confidant.Redaction.Tokenization;

namespace Confidant.Redaction.Tests.Tokenization;

public class TokenizeRequestTests
{
    [Fact]
    public void ToString_ShowsNoValue()
    {
        var request = new TokenizeRequest("t", "s", DataClasses.CardNumber, "4111111111111111".AsMemory());
        Assert.DoesNotContain("4111", request.ToString(), StringComparison.Ordinal);
        Assert.Contains("CARD_NUMBER", request.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_TokenizedCard_RequestCarriesTheClassRetention()
    {
        using var harness = Harness.Create();
        await harness.AcceptAsync("my card number is 4111 1111 1111 1111", Harness.NewConversation());
        var request = Assert.Single(harness.Tokenizer!.Requests);
        Assert.Equal("CARD_NUMBER", request.Class);
        Assert.Equal(TimeSpan.FromDays(90), request.Lifetime); // GDPR: restricted classes
        Assert.Equal(harness.Policy.RetentionFor(DataClasses.CardNumber), request.Lifetime);
    }

    [Fact]
    public async Task Process_ConfiguredRetention_IsTheTokenLifetime()
    {
        using var harness = Harness.Create(o => o.Classes["CARD_NUMBER"] = new ClassPolicyOptions { Retention = "30.00:00:00" });
        await harness.AcceptAsync("my card number is 4111 1111 1111 1111", Harness.NewConversation());
        Assert.Equal(TimeSpan.FromDays(30), Assert.Single(harness.Tokenizer!.Requests).Lifetime);
    }

    [Fact]
    public void Lifetime_DefaultsToNull_AndCannotBeNegative()
    {
        Assert.Null(new TokenizeRequest("t", "s", DataClasses.CardNumber, "4111".AsMemory()).Lifetime);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenizeRequest("t", "s", DataClasses.CardNumber, "4111".AsMemory(), TimeSpan.FromSeconds(-1)));
    }

    [Theory]
    [InlineData("CRM")]
    [InlineData("crm system")]
    [InlineData("")]
    public void SinkConnector_InvalidName_Throws(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => Sink.Connector(name));
        Assert.StartsWith("CONF-POL-007", e.Message, StringComparison.Ordinal);
    }
}
