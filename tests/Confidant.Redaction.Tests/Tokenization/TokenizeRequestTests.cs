using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Policy;
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

    [Theory]
    [InlineData("4111 1111 1111 1111", "4111-1111-1111-1111", true)]
    [InlineData("Jane.Doe@Example.com", "jane.doe@example.com", true)]
    [InlineData("4111 1111 1111 1111", "4111 1111 1111 1112", false)]
    [InlineData("4111 1111", "4111 1111 1111", false)]
    [InlineData("", "--", true)]
    public void ValuesCompare_OnLettersAndDigitsIgnoringCase(string a, string b, bool equal)
    {
        Assert.Equal(equal, ValueNormalizer.EqualNormalized(a, b));
        Assert.Equal(equal, ValueNormalizer.EqualNormalized(b, a));
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
