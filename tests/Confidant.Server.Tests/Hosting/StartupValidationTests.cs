using Microsoft.Extensions.Options;

namespace Confidant.Server.Tests.Hosting;

public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Confidant:Server:HttpPort", "5443", "CONF-SRV-010", "HttpPort")]
    [InlineData("Confidant:Server:Certificate:Path", "/nonexistent/server.pfx", "CONF-SRV-011", "/nonexistent/server.pfx")]
    [InlineData("Confidant:Server:AllowedOrigins:0", "*", "CONF-SRV-010", "AllowedOrigins")]
    [InlineData("Confidant:Server:AllowedOrigins:0", "http://shop.example", "CONF-SRV-010", "AllowedOrigins")]
    [InlineData("Confidant:Server:FrameAncestors:0", "https://shop.example/path", "CONF-SRV-010", "FrameAncestors")]
    [InlineData("Confidant:Server:ListenAddress", "everywhere", "CONF-SRV-010", "ListenAddress")]
    [InlineData("Confidant:Server:HstsMaxAge", "1.00:00:00", "CONF-SRV-010", "HstsMaxAge")]
    [InlineData("Confidant:Server:RateLimits:PerClient:Burst", "0", "CONF-SRV-010", "RateLimits:PerClient")]
    public async Task InvalidOption_StopsStartUp_WithAMessageNamingIt(string key, string value, string code, string named)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestServerHost.StartAsync(o =>
        {
            if (key == "Confidant:Server:HttpPort")
            {
                o.Configuration["Confidant:Server:HttpsPort"] = value;
            }

            o.Configuration[key] = value;
        }));

        Assert.Contains(code, error.Message, StringComparison.Ordinal);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchmarkSwitch_OutsideTheBenchmarkEnvironment_StopsStartUp()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestServerHost.StartAsync(o =>
            o.Configuration["Confidant:Chat:BenchmarkWithoutPrivacy"] = "true"));

        Assert.Contains("CONF-SRV-012", error.Message, StringComparison.Ordinal);
        Assert.Contains("Benchmark", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchmarkSwitch_InTheBenchmarkEnvironment_Starts()
    {
        await using var server = await TestServerHost.StartAsync(o =>
        {
            o.EnvironmentName = "Benchmark";
            o.Configuration["Confidant:Chat:BenchmarkWithoutPrivacy"] = "true";
        });
        Assert.NotEqual(0, server.BaseAddress.Port);
    }
}
