using Confidant.Cli.Tests.Users;
using Confidant.Identity.Accounts;
using Confidant.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Cli.Tests.Keys;

/// <summary>
/// <c>keys erase</c> for a signed-in customer also deletes their account: its address and phone are
/// sealed under the tenant's key, which the erasure keeps.
/// </summary>
public sealed class AccountErasureTests : IDisposable
{
    private const string Email = "Erin.Canary-5521@example.com";
    private const string Tenant = "acme";
    private readonly string _data = Directory.CreateTempSubdirectory("confidant-cli-erase-account-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task ErasingASignedInCustomer_DeletesTheirAccount_AndLeavesOthers()
    {
        var erin = await CreateAccountAsync(Email, "+447700900552");
        var other = await CreateAccountAsync("someone.else@example.com", null);

        var result = CliHarness.Run("", "keys", "erase", "--data", _data, "--tenant", Tenant, "--customer", AccountSubject.Of(erin), "--yes");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("account is deleted", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("canary", result.Output + result.Error, StringComparison.OrdinalIgnoreCase);
        await using (var services = Services())
        {
            using var scope = services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>();
            Assert.Null(await users.FindByIdAsync(erin.ToString()));
            Assert.Null(await users.FindByEmailAsync(Email));
            Assert.NotNull(await users.FindByIdAsync(other.ToString()));
        }

    }

    [Fact]
    public async Task NamingAnotherTenant_ErasesNothing_AndKeepsTheAccount()
    {
        var erin = await CreateAccountAsync(Email, null);

        var result = CliHarness.Run("", "keys", "erase", "--data", _data, "--tenant", "globex", "--customer", AccountSubject.Of(erin), "--yes");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("CONF-CLI-005", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("canary", result.Output + result.Error, StringComparison.OrdinalIgnoreCase);
        await using var services = Services();
        using var scope = services.CreateScope();
        Assert.Equal(Email, (await scope.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>().FindByIdAsync(erin.ToString()))?.Email);
        Assert.DoesNotContain("erased scopes: 1", CliHarness.Run("", "keys", "status", "--data", _data).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErasingACustomerWithoutAnAccount_SaysNothingOfOne()
    {
        await CreateAccountAsync(Email, null);

        var result = CliHarness.Run("", "keys", "erase", "--data", _data, "--tenant", Tenant, "--customer", AccountSubject.Of(Guid.CreateVersion7()), "--yes");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("account is deleted", result.Output, StringComparison.Ordinal);
    }

    private async Task<Guid> CreateAccountAsync(string email, string? phone)
    {
        await using var services = Services();
        await services.GetRequiredService<IdentityDatabase>().MigrateAsync();
        using var scope = services.CreateScope();
        var user = new ConfidantUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, PhoneNumber = phone };
        Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>().CreateAsync(user, "a long enough passphrase")).Succeeded);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return user.Id;
    }

    private ServiceProvider Services() => IdentityServices.For(_data, Tenant);
}
