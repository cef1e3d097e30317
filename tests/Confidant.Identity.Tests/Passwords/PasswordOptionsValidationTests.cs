using Confidant.Identity.Passwords;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Tests.Passwords;

public sealed class PasswordOptionsValidationTests
{
    [Fact]
    public void HashingDefaults_AreOwaspMinimum_AndValid()
    {
        var options = new PasswordHashingOptions();

        Assert.Equal((19456, 2, 1), (options.MemoryKiB, options.Iterations, options.Parallelism));
        Assert.True(new PasswordHashingOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(19455, 2, 1, "MemoryKiB")]
    [InlineData(19456, 1, 1, "Iterations")]
    [InlineData(19456, 2, 0, "Parallelism")]
    [InlineData(2 * 1024 * 1024, 2, 1, "MemoryKiB")]
    [InlineData(19456, 65, 1, "Iterations")]
    [InlineData(19456, 2, 17, "Parallelism")]
    public void HashingOptions_OutsideTheBounds_FailNamingTheSetting(int memoryKiB, int iterations, int parallelism, string setting)
    {
        var options = new PasswordHashingOptions { MemoryKiB = memoryKiB, Iterations = iterations, Parallelism = parallelism };

        var result = new PasswordHashingOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.Contains($"Confidant:Identity:PasswordHashing:{setting}", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void HashingOptions_BelowMinimum_MessageGivesTheMinimum()
    {
        var result = new PasswordHashingOptionsValidator().Validate(null, new PasswordHashingOptions { MemoryKiB = 4096 });

        Assert.Contains("19456", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyDefaults_AreEightFifteenAndTwoHundredFiftySix_AndValid()
    {
        var options = new PasswordPolicyOptions();

        Assert.Equal((8, 15, 256), (options.MinimumLength, options.RecommendedLength, options.MaximumLength));
        Assert.True(new PasswordPolicyOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(6, 15, 256)]
    [InlineData(8, 15, 63)]
    [InlineData(8, 15, 5000)]
    [InlineData(100, 100, 64)]
    [InlineData(8, 300, 256)]
    public void PolicyOptions_Unsafe_Fail(int minimum, int recommended, int maximum)
    {
        var options = new PasswordPolicyOptions { MinimumLength = minimum, RecommendedLength = recommended, MaximumLength = maximum };

        Assert.True(new PasswordPolicyOptionsValidator().Validate(null, options).Failed);
    }

    [Fact]
    public void AddConfidantPasswords_WeakCosts_StopStartUpWithAClearMessage()
    {
        var services = new ServiceCollection();
        services.AddConfidantPasswords(options => options.MemoryKiB = 4096);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("MemoryKiB is 4096", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddConfidantPasswords_UnsafePolicy_StopsStartUp()
    {
        var services = new ServiceCollection();
        services.AddConfidantPasswords();
        services.Configure<PasswordPolicyOptions>(options => options.MinimumLength = 4);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("MinimumLength is 4", error.Message, StringComparison.Ordinal);
    }
}
