using System.Text;
using Confidant.Identity.Tests.Harness;
using Confidant.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Confidant.Identity.Tests.Factors;

/// <summary>TOTP through the replay-protected provider, against the RFC 6238 appendix B vectors (SHA-1 seed).</summary>
public sealed class TotpTests
{
    private static readonly string Rfc6238Seed = Base32Encoding.ToString(Encoding.ASCII.GetBytes("12345678901234567890"));

    // RFC 6238 appendix B, SHA-1 column (8 digits); a 6-digit code is the last six of them.
    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public async Task The_provider_accepts_the_RFC_6238_code_for_its_time_and_refuses_the_neighbouring_codes(long unixSeconds, string eightDigits)
    {
        await using var harness = await IdentityHarness.CreateAsync(new StorageOptions { Provider = StorageProvider.Sqlite }, DateTimeOffset.FromUnixTimeSeconds(unixSeconds));
        using var scope = harness.Services.CreateScope();
        var (users, user) = await UserWithSeedAsync(scope.ServiceProvider);
        var code = eightDigits[^6..];

        Assert.False(await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, Mutate(code)));
        Assert.True(await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code));
        Assert.False(await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code)); // replay
    }

    [Fact]
    public async Task One_step_of_drift_either_way_is_accepted_and_two_are_not()
    {
        var start = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        await using var harness = await IdentityHarness.CreateAsync(new StorageOptions { Provider = StorageProvider.Sqlite }, start);
        using var scope = harness.Services.CreateScope();
        var (users, user) = await UserWithSeedAsync(scope.ServiceProvider);
        var totp = new Totp(Encoding.ASCII.GetBytes("12345678901234567890"));

        Assert.False(await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, totp.ComputeTotp(start.AddSeconds(-60).UtcDateTime)));
        Assert.False(await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, totp.ComputeTotp(start.AddSeconds(90).UtcDateTime)));
        Assert.True(await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, totp.ComputeTotp(start.AddSeconds(-30).UtcDateTime)));

        // Once a later step was used, an earlier step's code is a replay even inside the window.
        Assert.True(await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, totp.ComputeTotp(start.AddSeconds(30).UtcDateTime)));
        Assert.False(await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, totp.ComputeTotp(start.UtcDateTime)));
    }

    [Fact]
    public async Task The_authenticator_key_is_not_stored_in_clear()
    {
        await using var harness = await IdentityHarness.CreateAsync(new StorageOptions { Provider = StorageProvider.Sqlite });
        using (var scope = harness.Services.CreateScope())
        {
            var (users, user) = await UserWithSeedAsync(scope.ServiceProvider);
            Assert.Equal(Rfc6238Seed, await users.GetAuthenticatorKeyAsync(user));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(harness.Folder, "confidant.db*"))
        {
            Assert.DoesNotContain(Rfc6238Seed, Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file)), StringComparison.Ordinal);
        }
    }

    internal static async Task<(UserManager<ConfidantUser> Users, ConfidantUser User)> UserWithSeedAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<ConfidantUser>>();
        var user = new ConfidantUser { Id = Guid.NewGuid(), UserName = "totp@example.com", Email = "totp@example.com" };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        var store = (IUserAuthenticatorKeyStore<ConfidantUser>)services.GetRequiredService<IUserStore<ConfidantUser>>();
        await store.SetAuthenticatorKeyAsync(user, Rfc6238Seed, CancellationToken.None);
        Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
        return (users, user);
    }

    private static string Mutate(string code) => code[..5] + (char)('0' + ((code[5] - '0' + 1) % 10));
}
