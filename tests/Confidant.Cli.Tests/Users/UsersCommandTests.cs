using Confidant.Identity.Accounts;
using Confidant.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Cli.Tests.Users;

public sealed class UsersCommandTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("confidant-cli-users-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task AddStaff_CreatesAnAccountWithTheRole_ReadingThePasswordFromStandardInput()
    {
        await CreateDatabaseAsync();
        const string Password = "operator typed a long passphrase";
        var result = CliHarness.Run(Password + "\n", "users", "add-staff", "--data", _data, "--email", "ops.lead@example.com", "--role", "auditor");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("o•••@example.com created with the role auditor", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("ops.lead@", result.Output, StringComparison.Ordinal);

        await using var services = Services();
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>();
        var user = await users.FindByEmailAsync("ops.lead@example.com");
        Assert.NotNull(user);
        Assert.True(await users.IsInRoleAsync(user, StaffRoles.Auditor));
        Assert.True(await users.CheckPasswordAsync(user, Password));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Theory]
    [InlineData("owner", "long enough passphrase here", "the role must be one of")]
    [InlineData("admin", "password1", "too common")]
    [InlineData("admin", "short", "at least 8")]
    public async Task AddStaff_RefusesAnUnknownRoleOrAWeakPassword_WithoutEchoingIt(string role, string password, string expected)
    {
        await CreateDatabaseAsync();
        var result = CliHarness.Run(password + "\n", "users", "add-staff", "--data", _data, "--email", "a@example.com", "--role", role);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("CONF-CLI-201", result.Error, StringComparison.Ordinal);
        Assert.Contains(expected, result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(password, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ops@localhost")]
    [InlineData("ops lead@example.com")]
    [InlineData("Ops Lead <ops.lead@example.com>")]
    [InlineData("ops.lead@example.com,boss@example.com")]
    public async Task AddStaff_RefusesAnAddressNoCodeCouldReach_WithoutEchoingIt(string email)
    {
        await CreateDatabaseAsync();
        var result = CliHarness.Run("a long enough passphrase\n", "users", "add-staff", "--data", _data, "--email", email, "--role", "agent");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not an address codes can be sent to", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("ops", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddStaff_RefusesAnAddressInUse_WithoutEchoingIt()
    {
        await CreateDatabaseAsync();
        Assert.Equal(0, CliHarness.Run("a long enough passphrase\n", "users", "add-staff", "--data", _data, "--email", "night.shift@example.com", "--role", "agent").ExitCode);

        var again = CliHarness.Run("another long passphrase\n", "users", "add-staff", "--data", _data, "--email", "night.shift@example.com", "--role", "agent");

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("night.shift", again.Output + again.Error, StringComparison.Ordinal);
    }

    private ServiceProvider Services() => IdentityServices.For(_data);

    private async Task CreateDatabaseAsync()
    {
        await using var services = Services();
        await services.GetRequiredService<IdentityDatabase>().MigrateAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
