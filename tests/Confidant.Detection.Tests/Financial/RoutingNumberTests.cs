using Confidant.Detection.Engine;

namespace Confidant.Detection.Tests.Financial;

public class RoutingNumberTests
{
    private const string Routing = "ROUTING_NUMBER";

    [Theory]
    [InlineData("routing number 021000021", "021000021")]
    [InlineData("ABA: 011000015", "011000015")]
    [InlineData("RTN 026009593", "026009593")]
    [InlineData("transit no. 322271627", "322271627")]
    [InlineData("021000021 is my routing number", "021000021")]
    [InlineData("routing 3222-7162-7", "3222-7162-7")]
    public void Scan_ChecksumValidNumberWithRoutingWord_IsFound(string text, string expected)
    {
        Assert.Equal([expected], Detectors.Values(text, Routing));
        var finding = Assert.Single(Detectors.Default.Detect(text).Findings);
        Assert.Equal(Scores.ValidatedWithContext, finding.Score);
    }

    [Fact]
    public void Scan_DashedRoutingLayoutWithoutWord_IsFound()
    {
        Assert.Equal(["3222-7162-7"], Detectors.Values("use 3222-7162-7 for the wire", Routing));
    }

    [Theory]
    [InlineData("the number is 021000021")]       // valid checksum but no routing word
    [InlineData("routing number 021000022")]      // checksum fails
    [InlineData("routing number 123456789")]
    [InlineData("routing 0210000210")]            // ten digits
    [InlineData("routing 021-000-021-5")]
    [InlineData("order 3222-7162-7")]             // the dashed layout near a harmless word
    public void Scan_NumberThatIsNotARoutingNumber_IsNotFound(string text)
    {
        Assert.Empty(Detectors.Values(text, Routing));
    }

    [Fact]
    public void Scan_RoutingThenAccountNumber_AreToldApart()
    {
        // 011000015 passes the routing checksum too: the nearest word decides.
        var findings = Detectors.Find("routing 021000021 account 011000015");
        Assert.Equal([("ROUTING_NUMBER", "021000021"), ("BANK_ACCOUNT", "011000015")], findings);
    }

    [Fact]
    public void Scan_RoutingAndAccountList_TakesTheFirstAsRouting()
    {
        var findings = Detectors.Find("routing and account numbers: 021000021 and 12345678");
        Assert.Equal([("ROUTING_NUMBER", "021000021"), ("BANK_ACCOUNT", "12345678")], findings);
    }

    [Fact]
    public void Scan_SsnShapedNumber_IsNotARoutingNumber()
    {
        Assert.Empty(Detectors.Values("routing 021-00-0021", Routing));
    }

    [Fact]
    public void Scan_FullWidthRoutingNumber_IsFound()
    {
        const string number = "０２１００００２１";
        Assert.Equal([number], Detectors.Values($"routing {number}", Routing));
    }
}
