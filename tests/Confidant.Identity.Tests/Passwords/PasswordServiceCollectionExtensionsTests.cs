using Confidant.Identity.Passwords;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Identity.Tests.Passwords;

public sealed class PasswordServiceCollectionExtensionsTests
{
    [Fact]
    public void AddConfidantPasswords_BeforeIdentity_IsTheOnlyHasherAndValidator()
    {
        using var services = IdentityServices.Build(new TestUserEmailStore());
        using var scope = services.CreateScope();

        Assert.IsType<Argon2idPasswordHasher<ConfidantUser>>(scope.ServiceProvider.GetRequiredService<IPasswordHasher<ConfidantUser>>());
        var validator = Assert.Single(scope.ServiceProvider.GetServices<IPasswordValidator<ConfidantUser>>());
        Assert.IsType<ConfidantPasswordValidator<ConfidantUser>>(validator);
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<Argon2idSecretHasher>());
    }

    [Fact]
    public void AddConfidantPasswords_AfterIdentity_StillReplacesTheHasher_AndLeavesIdentitysValidatorToTheCaller()
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddIdentityCore<ConfidantUser>();
        collection.AddConfidantPasswords();
        collection.AddSingleton<IUserStore<ConfidantUser>>(new TestUserEmailStore());
        using var services = collection.BuildServiceProvider();
        using var scope = services.CreateScope();

        Assert.IsType<Argon2idPasswordHasher<ConfidantUser>>(scope.ServiceProvider.GetRequiredService<IPasswordHasher<ConfidantUser>>());
        var validators = scope.ServiceProvider.GetServices<IPasswordValidator<ConfidantUser>>().Select(v => v.GetType()).ToList();
        Assert.Equal([typeof(PasswordValidator<ConfidantUser>), typeof(ConfidantPasswordValidator<ConfidantUser>)], validators);
    }

    [Fact]
    public async Task UserManager_CreatesAccountWithArgon2idHash_AndRefusesACommonPassword()
    {
        var store = new TestUserEmailStore();
        using var services = IdentityServices.Build(store);
        using var scope = services.CreateScope();
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>();

        var refused = await manager.CreateAsync(IdentityServices.NewUser("ana@example.org", "ana@example.org"), "Summer2024!");
        var user = IdentityServices.NewUser("ana@example.org", "ana@example.org");
        var created = await manager.CreateAsync(user, "orange kites over the bay");

        Assert.Equal([PasswordErrorCodes.Common], refused.Errors.Select(e => e.Code));
        Assert.True(created.Succeeded);
        Assert.StartsWith("$argon2id$v=19$m=19456,t=2,p=1$", user.PasswordHash, StringComparison.Ordinal);
        Assert.True(await manager.CheckPasswordAsync(user, "orange kites over the bay"));
        Assert.False(await manager.CheckPasswordAsync(user, "orange kites over the sea"));
    }

    [Fact]
    public async Task UserManager_SignInWithIdentityV3Hash_ReplacesItWithArgon2id()
    {
        var store = new TestUserEmailStore();
        using var services = IdentityServices.Build(store);
        using var scope = services.CreateScope();
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>();
        var user = IdentityServices.NewUser("legacy@example.org", "legacy@example.org");
        user.NormalizedUserName = "LEGACY@EXAMPLE.ORG";
        user.PasswordHash = new PasswordHasher<ConfidantUser>().HashPassword(user, "from before the switch");
        store.Users[user.Id] = user;

        Assert.True(await manager.CheckPasswordAsync(user, "from before the switch"));

        Assert.StartsWith("$argon2id$", store.Users[user.Id].PasswordHash, StringComparison.Ordinal);
        Assert.True(await manager.CheckPasswordAsync(user, "from before the switch"));
    }
}
