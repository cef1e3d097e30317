using Confidant.Identity.Accounts;
using Confidant.Identity.Devices;
using Confidant.Identity.Factors;
using Confidant.Identity.Messaging;
using Confidant.Identity.Sessions;
using Confidant.Identity.SignIn;
using Confidant.Identity.Tests.Harness;
using Confidant.Storage;
using Confidant.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Identity.Tests.Flows;

/// <summary>
/// The sign-in flow on each provider (the identity migrations and stores must work on both):
/// registration, password, second factor, trusted device with a rotating secret, sessions.
/// </summary>
public abstract class SignInFlowTests : ProviderTests
{
    [SkippableTheory]
    [InlineData("a@b")]
    [InlineData("name @example.com")]
    [InlineData("Name <name@example.com>")]
    public async Task An_address_no_code_could_reach_is_refused_at_registration(string email)
    {
        using var scope = Harness.Services.CreateScope();
        var (result, user) = await scope.ServiceProvider.GetRequiredService<AccountService>().RegisterAsync(email, "a long enough passphrase", null);
        Assert.False(result.Succeeded);
        Assert.Equal("InvalidEmail", Assert.Single(result.Errors).Code);
        Assert.Null(user);
    }

    [SkippableFact]
    public async Task Password_then_code_then_trusted_device_with_a_secret_that_changes_at_each_use()
    {
        var context = new SignInContext("Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0", System.Net.IPAddress.Parse("192.0.2.10"));
        using var scope = Harness.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var flow = scope.ServiceProvider.GetRequiredService<SignInFlow>();
        var (result, user) = await accounts.RegisterAsync("dana@example.com", "a long enough passphrase", null);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));

        var first = await flow.PasswordAsync("DANA@example.com ", "a long enough passphrase", null, context);
        Assert.Equal(SignInStatus.NeedsSecondFactor, first.Status);
        Assert.Contains(SecondFactorKind.EmailCode, first.Factors);
        var code = LatestCode(await DevelopmentOutbox.ReadAllAsync(Harness.OutboxPath));
        var signedIn = await flow.SecondFactorAsync(first.AttemptId!.Value, SecondFactorKind.EmailCode, code, trustDevice: true, context);
        Assert.Equal(SignInStatus.SignedIn, signedIn.Status);
        Assert.Equal(AuthenticationMethods.PasswordAndSecondFactor, signedIn.Session!.Method);
        Assert.NotNull(signedIn.DeviceCookie);

        // The attempt is finished: its code cannot open another session.
        Assert.Equal(SignInStatus.AttemptOver, (await flow.SecondFactorAsync(first.AttemptId!.Value, SecondFactorKind.EmailCode, code, false, context)).Status);

        // The trusted device skips the factor, and its secret changes: the old cookie is spent.
        var again = await flow.PasswordAsync("dana@example.com", "a long enough passphrase", signedIn.DeviceCookie, context);
        Assert.Equal(SignInStatus.SignedIn, again.Status);
        Assert.Equal(AuthenticationMethods.TrustedDevice, again.Session!.Method);
        Assert.NotEqual(signedIn.DeviceCookie, again.DeviceCookie);
        Assert.NotEqual(signedIn.Session.Id, again.Session.Id);
        var stale = await flow.PasswordAsync("dana@example.com", "a long enough passphrase", signedIn.DeviceCookie, context);
        Assert.Equal(SignInStatus.NeedsSecondFactor, stale.Status);

        // A device cookie is bound to its account.
        var (_, other) = await accounts.RegisterAsync("erin@example.com", "another long passphrase", null);
        Assert.NotNull(other);
        var borrowed = await flow.PasswordAsync("erin@example.com", "another long passphrase", again.DeviceCookie, context);
        Assert.Equal(SignInStatus.NeedsSecondFactor, borrowed.Status);

        // Listed, then revoked.
        var devices = Harness.Services.GetRequiredService<TrustedDeviceStore>();
        var listed = Assert.Single(await devices.ListAsync(user!.Id));
        Assert.Equal("Firefox on Linux", listed.Name);
        Assert.True(await accounts.RevokeDeviceAsync(user, listed.Id, null));
        Assert.Equal(SignInStatus.NeedsSecondFactor, (await flow.PasswordAsync("dana@example.com", "a long enough passphrase", again.DeviceCookie, context)).Status);
    }

    [SkippableFact]
    public async Task Sessions_end_when_revoked_idle_or_old()
    {
        var sessions = Harness.Services.GetRequiredService<SessionStore>();
        using var scope = Harness.Services.CreateScope();
        var (_, user) = await scope.ServiceProvider.GetRequiredService<AccountService>().RegisterAsync("fay@example.com", "a long enough passphrase", null);
        var one = await sessions.CreateAsync(user!.Id, AuthenticationMethods.PasswordAndSecondFactor, null);
        var two = await sessions.CreateAsync(user.Id, AuthenticationMethods.PasswordAndSecondFactor, null);
        Assert.NotNull(await sessions.ValidateAsync(one.Id, user.Id));
        Assert.Null(await sessions.ValidateAsync(one.Id, Guid.NewGuid())); // another account's id
        Assert.True(await sessions.RevokeAsync(one.Id));
        Assert.Null(await sessions.ValidateAsync(one.Id, user.Id));

        Harness.Time.Advance(TimeSpan.FromMinutes(31));
        Assert.Null(await sessions.ValidateAsync(two.Id, user.Id));

        var three = await sessions.CreateAsync(user.Id, AuthenticationMethods.Password, null);
        var four = await sessions.CreateAsync(user.Id, AuthenticationMethods.Password, null);
        Assert.Equal(2, await sessions.RevokeAllAsync(user.Id, null));
        Assert.Null(await sessions.ValidateAsync(three.Id, user.Id));
        Assert.Null(await sessions.ValidateAsync(four.Id, user.Id));
    }

    [SkippableFact]
    public async Task An_address_already_taken_as_a_user_name_gets_the_new_account_answer()
    {
        using var scope = Harness.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ConfidantUser>>();
        var staff = new ConfidantUser { Id = Guid.CreateVersion7(), UserName = "gus@example.com", Email = "gus.desk@example.com", CreatedAt = Harness.Time.GetUtcNow() };
        Assert.True((await users.CreateAsync(staff, "a long enough passphrase")).Succeeded);

        // The e-mail lookup misses, Identity's own uniqueness check refuses the user name: the
        // customer gets the answer every registration gets, which says nothing of the account.
        var (result, user) = await scope.ServiceProvider.GetRequiredService<AccountService>().RegisterAsync("gus@example.com", "a long enough passphrase", null);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        Assert.Null(user);
        Assert.Equal(staff.Id, (await users.FindByNameAsync("gus@example.com"))!.Id);
    }

    [SkippableFact]
    public async Task Concurrent_registrations_of_one_address_all_get_the_same_answer_and_make_one_account()
    {
        for (var round = 0; round < 8; round++)
        {
            var email = $"twin{round}@example.com";
            var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
            {
                using var scope = Harness.Services.CreateScope();
                return await scope.ServiceProvider.GetRequiredService<AccountService>().RegisterAsync(email, "a long enough passphrase", null);
            })));

            Assert.All(results, r => Assert.True(r.Result.Succeeded, string.Join("; ", r.Result.Errors.Select(e => e.Code))));
            Assert.Single(results, r => r.User is not null);
        }
    }

    [SkippableFact]
    public async Task An_insert_the_database_refuses_leaves_the_scope_able_to_write()
    {
        using (var first = Harness.Services.CreateScope())
        {
            var users = first.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ConfidantUser>>();
            Assert.True((await users.CreateAsync(new ConfidantUser { Id = Guid.CreateVersion7(), UserName = "ida@example.com", Email = "ida@example.com", CreatedAt = Harness.Time.GetUtcNow() })).Succeeded);
        }

        // What a lost registration race looks like from the losing request: Identity's own
        // uniqueness check passed (here: switched off), and the database's unique index refuses
        // the row. The answer is Identity's "taken", and the same scope can still write afterwards.
        using var scope = Harness.Services.CreateScope();
        var manager = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ConfidantUser>>();
        manager.UserValidators.Clear();
        var refused = await manager.CreateAsync(new ConfidantUser { Id = Guid.CreateVersion7(), UserName = "ida@example.com", Email = "ida@example.com", CreatedAt = Harness.Time.GetUtcNow() });
        Assert.Equal("DuplicateUserName", Assert.Single(refused.Errors).Code);

        var other = new ConfidantUser { Id = Guid.CreateVersion7(), UserName = "jo@example.com", Email = "jo@example.com", CreatedAt = Harness.Time.GetUtcNow() };
        Assert.True((await manager.CreateAsync(other)).Succeeded);
        Assert.NotNull(await manager.FindByNameAsync("jo@example.com"));
    }

    [SkippableFact]
    public async Task Identity_errors_never_repeat_the_address_they_are_about()
    {
        using var scope = Harness.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ConfidantUser>>();
        ConfidantUser User(string name, string email) => new() { Id = Guid.CreateVersion7(), UserName = name, Email = email, CreatedAt = Harness.Time.GetUtcNow() };
        Assert.True((await users.CreateAsync(User("hal@example.com", "hal@example.com"), "a long enough passphrase")).Succeeded);

        var duplicate = await users.CreateAsync(User("hal@example.com", "hal@example.com"), "a long enough passphrase");
        var invalid = await users.CreateAsync(User("hal smith@example.com", "hal smith@example.com"), "a long enough passphrase");
        Assert.Contains(duplicate.Errors, e => e.Code == "DuplicateUserName");
        Assert.Contains(duplicate.Errors, e => e.Code == "DuplicateEmail");
        Assert.Contains(invalid.Errors, e => e.Code == "InvalidUserName");
        Assert.All(duplicate.Errors.Concat(invalid.Errors), e => Assert.DoesNotContain("hal", e.Description, StringComparison.OrdinalIgnoreCase));
    }

    private static string LatestCode(IReadOnlyList<DevelopmentOutboxEntry> messages) =>
        System.Text.RegularExpressions.Regex.Match(messages.Last(m => m.Kind == SecurityMessageKind.SignInCode).Body, @"\b\d{6}\b").Value;
}

/// <summary>On SQLite.</summary>
public sealed class SqliteSignInFlowTests : SignInFlowTests
{
    protected override Task<StorageOptions?> OptionsAsync() => SqliteAsync();
}

/// <summary>On PostgreSQL (skipped without its binaries, except under CI).</summary>
[Collection(PostgresGroup.Name)]
public sealed class PostgresSignInFlowTests(PostgresServer server) : SignInFlowTests
{
    protected override Task<StorageOptions?> OptionsAsync() => PostgresAsync(server);
}
