namespace Confidant.Detection.Tests.Credentials;

public class PrivateKeyTests
{
    private const string Body =
        "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n" +
        "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n" +
        "LxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo\n" +
        "9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvre==";

    [Theory]
    [InlineData("RSA PRIVATE KEY")]
    [InlineData("PRIVATE KEY")]
    [InlineData("EC PRIVATE KEY")]
    [InlineData("OPENSSH PRIVATE KEY")]
    [InlineData("ENCRYPTED PRIVATE KEY")]
    [InlineData("PGP PRIVATE KEY BLOCK")]
    public void Scan_PemBlock_IsFoundWhole(string label)
    {
        var block = $"-----BEGIN {label}-----\n{Body}\n-----END {label}-----";
        Assert.Equal([block], Detectors.Values($"here is my key:\n{block}\nthanks!", "PRIVATE_KEY"));
    }

    [Fact]
    public void Scan_PemOnOneLine_IsFoundWhole()
    {
        var block = "-----BEGIN PRIVATE KEY----- " + Body.Replace('\n', ' ') + " -----END PRIVATE KEY-----";
        Assert.Equal([block], Detectors.Values(block + " ok", "PRIVATE_KEY"));
    }

    [Fact]
    public void Scan_TruncatedPem_IsFoundThroughItsBody()
    {
        var block = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F17F5316E2BAC89\n\n" + Body;
        Assert.Equal([block], Detectors.Values(block + "\nthanks for looking at it", "PRIVATE_KEY"));
    }

    [Fact]
    public void Scan_SecretAfterAKeyBlock_IsFoundAndTheBlockLinesAreNot()
    {
        var block = $"-----BEGIN RSA PRIVATE KEY-----\n{Body}\n-----END RSA PRIVATE KEY-----";
        var text = $"here is my key:\n{block}\nand the api token is Xq7vR2mK9pL4sT8wZ3nB6yC1dF5gH0jA";
        Assert.Equal(
            [("PRIVATE_KEY", block), ("API_KEY", "Xq7vR2mK9pL4sT8wZ3nB6yC1dF5gH0jA")],
            Detectors.Find(text));
    }

    [Fact]
    public void Scan_KeyBlockLinesWithPrivateKeysDisabled_AreStillJudgedAsSecrets()
    {
        // The API key recognizer passes over a block's lines only because the block is reported
        // instead; with private keys turned off, its random lines are secrets again.
        var options = new DetectionOptions();
        options.DisabledClasses.Add("PRIVATE_KEY");
        var detector = new SensitiveDataDetector(options);
        var text = $"-----BEGIN RSA PRIVATE KEY-----\n{Body}\n-----END RSA PRIVATE KEY-----";
        Assert.NotEmpty(Detectors.Values(text, "API_KEY", detector));
        Assert.Empty(Detectors.Values(text, "API_KEY"));
    }

    [Theory]
    [InlineData("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----")]
    [InlineData("-----BEGIN CERTIFICATE-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END CERTIFICATE-----")]
    [InlineData("a private key starts with -----BEGIN but this does not")]
    public void Scan_NotAPrivateKey_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, "PRIVATE_KEY"));

    [Fact]
    public void Scan_ManyBeginMarkers_IsLinear()
    {
        var text = string.Concat(Enumerable.Repeat("-----BEGIN RSA PRIVATE KEY-----", 5_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Detectors.Find(text);
        Assert.True(watch.ElapsedMilliseconds < 3000);
    }
}
