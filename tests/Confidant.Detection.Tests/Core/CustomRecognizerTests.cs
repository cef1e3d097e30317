using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Confidant.Detection.Tests.Core;

public class CustomRecognizerTests
{
    private static SensitiveDataDetector WithMemberIds(bool requireContext = false)
    {
        var options = new DetectionOptions();
        options.CustomRecognizers.Add(new CustomRecognizerOptions
        {
            Id = "acme.member-id",
            DataClass = "ACME_MEMBER_ID",
            Pattern = @"\bACM-\d{6}\b",
            ContextWords = { "member", "socio" },
            RequireContext = requireContext,
        });
        return new SensitiveDataDetector(options);
    }

    [Fact]
    public void Detect_CustomPattern_ReportsItsNewClass()
    {
        var found = Detectors.Find("ticket for ACM-123456 please", WithMemberIds());
        Assert.Contains(("ACME_MEMBER_ID", "ACM-123456"), found);
    }

    [Fact]
    public void Detect_CustomPatternWithContextWord_ScoresHigherThanWithout()
    {
        var detector = WithMemberIds();
        var bare = detector.Detect("ACM-123456").Findings.Single(f => f.Class.Name == "ACME_MEMBER_ID");
        var withContext = detector.Detect("mi número de socio es ACM-123456").Findings.Single(f => f.Class.Name == "ACME_MEMBER_ID");
        Assert.True(withContext.Score > bare.Score);
        Assert.Contains("socio", withContext.Explanation.ContextWords);
    }

    [Fact]
    public void Detect_CustomPatternRequiringContext_IgnoresBareMatches()
    {
        Assert.DoesNotContain(Detectors.Find("ACM-123456", WithMemberIds(requireContext: true)), f => f.Class == "ACME_MEMBER_ID");
    }

    [Fact]
    public void Detect_CustomPatternWithLuhnValidator_RejectsInvalidNumbers()
    {
        var options = new DetectionOptions();
        options.CustomRecognizers.Add(new CustomRecognizerOptions
        {
            Id = "acme.loyalty", DataClass = "LOYALTY_CARD", Pattern = @"\b\d{10}\b", Validator = "luhn", Score = 0.5,
        });
        var detector = new SensitiveDataDetector(options);
        Assert.Contains(("LOYALTY_CARD", "1234567897"), Detectors.Find("loyalty 1234567897", detector));
        Assert.DoesNotContain(Detectors.Find("loyalty 1234567890", detector), f => f.Class == "LOYALTY_CARD");
    }

    [Fact]
    public void Detect_DenyListTerm_IsReportedOnWordBoundariesOnly()
    {
        var options = new DetectionOptions();
        options.DenyList.Add(new DenyListEntry { Term = "Project Nightjar", DataClass = "CODE_NAME" });
        var detector = new SensitiveDataDetector(options);
        Assert.Contains(("CODE_NAME", "project nightjar"), Detectors.Find("about project nightjar today", detector));
        Assert.DoesNotContain(Detectors.Find("about project nightjars", detector), f => f.Class == "CODE_NAME");
    }

    [Fact]
    public void Detect_AllowListedValue_IsNotReported()
    {
        var options = new DetectionOptions();
        options.CustomRecognizers.Add(new CustomRecognizerOptions { Id = "t", DataClass = "TEST_ID", Pattern = @"\bT-\d{4}\b" });
        options.AllowList.Add("t 1234");
        var detector = new SensitiveDataDetector(options);
        Assert.Equal(["T-9999"], Detectors.Values("T-1234 and T-9999", "TEST_ID", detector));
    }

    [Fact]
    public void AddConfidantDetection_InvalidPattern_FailsValidationWithAClearMessage()
    {
        using var provider = new ServiceCollection()
            .AddConfidantDetection(o => o.CustomRecognizers.Add(new CustomRecognizerOptions { Id = "bad", DataClass = "X", Pattern = "(unclosed" }))
            .BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DetectionOptions>>().Value);
        Assert.Contains("CONF-DET-002", error.Message, StringComparison.Ordinal);
        Assert.Contains("'bad'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddConfidantDetection_UnknownValidatorAndClass_FailValidation()
    {
        using var provider = new ServiceCollection()
            .AddConfidantDetection(o =>
            {
                o.CustomRecognizers.Add(new CustomRecognizerOptions { Id = "v", DataClass = "X", Pattern = "x", Validator = "nope" });
                o.Thresholds["NOT_A_CLASS"] = 0.5;
                o.PhoneRegions.Add("XX");
            })
            .BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DetectionOptions>>().Value);
        Assert.Contains("CONF-DET-003", error.Message, StringComparison.Ordinal);
        Assert.Contains("NOT_A_CLASS", error.Message, StringComparison.Ordinal);
        Assert.Contains("'XX'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddConfidantDetection_ValidOptions_ResolvesOneSharedDetector()
    {
        using var provider = new ServiceCollection().AddConfidantDetection().BuildServiceProvider();
        var first = provider.GetRequiredService<ISensitiveDataDetector>();
        Assert.Same(first, provider.GetRequiredService<ISensitiveDataDetector>());
    }

    [Fact]
    public void Detect_BuiltInRecognizersOff_ReportsOnlyConfiguredRules()
    {
        var options = new DetectionOptions { UseBuiltInRecognizers = false };
        options.CustomRecognizers.Add(new CustomRecognizerOptions { Id = "t", DataClass = "TEST_ID", Pattern = @"\bT-\d{4}\b" });
        var found = Detectors.Find("T-1234, card 4111 1111 1111 1111, jane@example.com", new SensitiveDataDetector(options));
        Assert.Equal([("TEST_ID", "T-1234")], found);
    }
}
