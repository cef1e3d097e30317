namespace Confidant.Detection.Tests.Contact;

public class IpAddressRecognizerTests
{
    [Theory]
    [InlineData("the server is 192.168.1.20", "192.168.1.20")]
    [InlineData("ping 8.8.8.8.", "8.8.8.8")]
    [InlineData("block 10.0.0.0/8 at the firewall", "10.0.0.0/8")]
    [InlineData("connect to 203.0.113.7:8080", "203.0.113.7")]
    [InlineData("ipv6 2001:db8:85a3::8a2e:370:7334 works", "2001:db8:85a3::8a2e:370:7334")]
    [InlineData("full 2001:0db8:0000:0000:0000:ff00:0042:8329", "2001:0db8:0000:0000:0000:ff00:0042:8329")]
    [InlineData("loopback ::1 only", "::1")]
    [InlineData("mapped ::ffff:192.0.2.128 here", "::ffff:192.0.2.128")]
    [InlineData("link fe80::1ff:fe23:4567:890a%eth0 up", "fe80::1ff:fe23:4567:890a%eth0")]
    [InlineData("route 2001:db8::/32 please", "2001:db8::/32")]
    [InlineData("url http://[2001:db8::1]:8080/", "2001:db8::1")]
    [InlineData("host: 172.16.254.1", "172.16.254.1")]
    public void Scan_IpAddress_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "IP_ADDRESS"));

    [Theory]
    [InlineData("meet at 10:30 or 12:30:45")]
    [InlineData("version 1.2.3.4 is out")]
    [InlineData("running v1.2.3.4")]
    [InlineData("upgrade to v 10.2.0.1")]
    [InlineData("the oid 1.3.6.1.4.1 is registered")]
    [InlineData("256.1.1.1 is not an address")]
    [InlineData("192.168.01.1 has a leading zero")]
    [InlineData("mac 00:1A:2B:3C:4D:5E")]
    [InlineData("use std::vector here")]
    [InlineData("build 10.0.19041.1")]
    [InlineData("the score was 3.5 to 1.2")]
    [InlineData("dates 15.01.2024")]
    public void Scan_NotAnIpAddress_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, "IP_ADDRESS"));

    [Fact]
    public void Scan_IpRange_FindsBothEnds() =>
        Assert.Equal(["10.0.0.1", "10.0.0.9"], Detectors.Values("range 10.0.0.1-10.0.0.9", "IP_ADDRESS"));

    [Fact]
    public void Scan_IpWithContext_ScoresHigher()
    {
        Assert.True(ContactScores.Of("reach 192.168.1.20", "IP_ADDRESS") >= 0.8);
        Assert.True(ContactScores.Of("my ip is 192.168.1.20", "IP_ADDRESS") >= 0.95);
    }

    [Fact]
    public void Scan_IpWithFullWidthDigits_IsFound() =>
        Assert.Equal(["１９２.１６８.１.２０"], Detectors.Values("ip １９２.１６８.１.２０", "IP_ADDRESS"));

    [Fact]
    public void Scan_ManyColons_StaysLinearAndFindsNothing()
    {
        var text = string.Concat(Enumerable.Repeat("1:", 50_000));
        Assert.Empty(Detectors.Values(text, "IP_ADDRESS"));
    }
}
