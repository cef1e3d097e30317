using System.Text;
using Confidant.Identity.Tests.Harness;
using Confidant.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Identity.Tests.Factors;

/// <summary>Recovery codes: kept hashed, each works once, case and separators do not matter.</summary>
public sealed class RecoveryCodeTests
{
    [Fact]
    public async Task Codes_are_single_use_and_only_their_hashes_are_stored()
    {
        await using var harness = await IdentityHarness.CreateAsync(new StorageOptions { Provider = StorageProvider.Sqlite });
        List<string> codes;
        using (var scope = harness.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>();
            var user = new ConfidantUser { Id = Guid.NewGuid(), UserName = "r@example.com", Email = "r@example.com" };
            Assert.True((await users.CreateAsync(user)).Succeeded);
            codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
            Assert.Equal(10, codes.Distinct().Count());
            Assert.Equal(10, await users.CountRecoveryCodesAsync(user));

            Assert.True((await users.RedeemTwoFactorRecoveryCodeAsync(user, " " + codes[3].ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal) + " ")).Succeeded);
            Assert.False((await users.RedeemTwoFactorRecoveryCodeAsync(user, codes[3])).Succeeded);
            Assert.False((await users.RedeemTwoFactorRecoveryCodeAsync(user, "NOT-A-CODE")).Succeeded);
            Assert.Equal(9, await users.CountRecoveryCodesAsync(user));

            // New codes replace the old ones.
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
            Assert.False((await users.RedeemTwoFactorRecoveryCodeAsync(user, codes[4])).Succeeded);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var database = string.Concat(await Task.WhenAll(Directory.EnumerateFiles(harness.Folder, "confidant.db*").Select(async f => Encoding.Latin1.GetString(await File.ReadAllBytesAsync(f)))));
        foreach (var code in codes)
        {
            Assert.DoesNotContain(code, database, StringComparison.OrdinalIgnoreCase);
        }
    }
}
