namespace Confidant.Detection.Tests.Credentials;

public class ApiKeyTests
{
    private const string ApiKey = "API_KEY";
    private const string Jwt =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

    private static readonly string GitHub = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
    private static readonly string Stripe = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc";
    private static readonly string Slack = "xoxb-" + "123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx";
    private static readonly string Google = "AIza" + "SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q";
    private static readonly string OpenAi = "sk-proj-" + "Ab12Cd34Ef56Gh78Ij90Kl12Mn34";

    public static TheoryData<string> KnownKeys => new()
    {
        "AKIAIOSFODNN7EXAMPLE", GitHub, Stripe, Slack, Google, OpenAi, Jwt,
        "github_pat_" + "11ABCDEFG0" + new string('x', 40) + "1234567890ABCDEFGHIJ1234567890AB",
    };

    [Theory]
    [MemberData(nameof(KnownKeys))]
    public void Scan_KnownKeyFormat_IsFound(string key) =>
        Assert.Equal([key], Detectors.Values($"here it is {key} thanks", ApiKey));

    [Fact]
    public void Scan_SlackWebhookUrl_IsFoundWithScheme()
    {
        var url = "https://hooks.slack.com/services/" + "T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX";
        Assert.Equal([url], Detectors.Values($"post to {url} please", ApiKey));
    }

    [Fact]
    public void Scan_StripePublishableKey_IsNotFound() =>
        Assert.Empty(Detectors.Values("pk_live_" + "4eC39HqLyjWDarjtT1zdp7dc", ApiKey));

    [Theory]
    [InlineData("the api key is q8Zr2LmX0vT4bN7cW1yK5pD3", "q8Zr2LmX0vT4bN7cW1yK5pD3")]
    [InlineData("Authorization: Bearer q8Zr2LmX0vT4bN7cW1yK5pD3", "q8Zr2LmX0vT4bN7cW1yK5pD3")]
    [InlineData("aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")]
    [InlineData("token: 550e8400-e29b-41d4-a716-446655440000", "550e8400-e29b-41d4-a716-446655440000")]
    public void Scan_SecretWithContext_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, ApiKey));

    [Fact]
    public void Scan_VeryRandomLongRunWithoutContext_IsFound() =>
        Assert.Equal(["Xq7Lm2Zr9Tb4Nc8Wy1Kp5Dv3Hs6Jf0Ga"], Detectors.Values("use Xq7Lm2Zr9Tb4Nc8Wy1Kp5Dv3Hs6Jf0Ga here", ApiKey));

    [Theory]
    [InlineData("commit 3f2a9c1e7b4d8f0a6e5c2b1d9f8e7a6c5b4d3e2f fixed it")]
    [InlineData("request id 550e8400-e29b-41d4-a716-446655440000")]
    [InlineData("SGVsbG8gd29ybGQsIHRoaXMgaXMgYSB0ZXN0IDEyMyBvZiBiYXNlNjQ=")]
    [InlineData("internationalization2024 is a long word")]
    [InlineData("see https://example.com/docs/v2/getting-started/installation2024 for more")]
    [InlineData("the task-force-alpha-bravo-charlie-2024 met")]
    [InlineData("pk_test_4eC39HqLyjWDarjtT1zdp7dc")]
    [InlineData("AKIAIOSFODNN7EXAMPLEXYZ")]
    [InlineData("order 12345678901234567890123")]
    public void Scan_NotASecret_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, ApiKey));

    [Fact]
    public void Scan_HundredThousandAs_IsLinearAndQuiet()
    {
        var text = new string('A', 100_000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Empty(Detectors.Find(text));
        Assert.True(watch.ElapsedMilliseconds < 2000);
    }

    [Fact]
    public void Scan_RepeatedPrefixes_IsLinear()
    {
        var text = string.Concat(Enumerable.Repeat("sk-AKIAeyJghp_ ", 10_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Empty(Detectors.Values(text, ApiKey));
        Assert.True(watch.ElapsedMilliseconds < 2000);
    }

    [Fact]
    public void Scan_LongMixedRun_IsBoundedAndLinear()
    {
        var text = string.Concat(Enumerable.Repeat("a1", 60_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Detectors.Find(text);
        Assert.True(watch.ElapsedMilliseconds < 3000);
    }

    [Theory]
    [InlineData("SendGrid key configured on the store: 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. Can you check?",
        "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")]
    public void Scan_SendGridKey_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "API_KEY"));

    [Theory]
    [InlineData("see SG.short.key for details")]
    [InlineData("the SG.ED75cNRqsKz5b70CO8W7RQ section of the manual")]
    public void Scan_SendGridPrefixWithoutAKey_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, "API_KEY"));
}
