using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Confidant.Identity.Accounts;
using Confidant.Identity.Data;
using Confidant.Identity.SignIn;
using Confidant.Identity.Tests.Harness;
using Confidant.Storage;
using Confidant.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Identity.Tests.Flows;

/// <summary>
/// An account's name, e-mail address and phone number are sealed in the database; sign-in still
/// finds the account by address, in any case, on each provider.
/// </summary>
public abstract class PersonalDataTests : ProviderTests
{
    private const string Password = "a long enough passphrase";
    private const string Canary = "Zelda.Canary-7391";
    private const string CanaryEmail = Canary + "@example.com";
    private const string CanaryPhone = "+447700900391";

    [SkippableFact]
    public async Task Name_address_and_phone_are_sealed_in_the_database_and_sign_in_still_finds_the_account()
    {
        var id = await RegisterAsync(CanaryEmail);
        await SetPhoneAsync(id, CanaryPhone);

        var row = Assert.Single(await ReadRowsAsync(), r => r.Id == id);
        Assert.StartsWith(PersonalDataProtection.SealedPrefix, row.UserName);
        Assert.StartsWith(PersonalDataProtection.SealedPrefix, row.Email);
        Assert.StartsWith(PersonalDataProtection.SealedPrefix, row.PhoneNumber);
        Assert.StartsWith(PersonalDataProtection.IndexPrefix, row.NormalizedUserName);
        Assert.StartsWith(PersonalDataProtection.IndexPrefix, row.NormalizedEmail);
        Assert.NotEqual(row.UserName, row.Email); // sealed apart, with nonces of their own
        foreach (var value in new[] { row.UserName, row.NormalizedUserName, row.Email, row.NormalizedEmail, row.PhoneNumber })
        {
            Assert.DoesNotContain("canary", value!, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("7700900391", value!, StringComparison.Ordinal);
        }

        AssertNotInDatabaseFiles("canary-7391", "7700900391");

        // Found by the address in another case, with the values in clear for the code that uses them.
        using var scope = Harness.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>();
        var found = await users.FindByEmailAsync(CanaryEmail.ToUpperInvariant());
        Assert.NotNull(found);
        Assert.Equal(id, found.Id);
        Assert.Equal(CanaryEmail, found.Email);
        Assert.Equal(CanaryEmail, found.UserName);
        Assert.Equal(CanaryPhone, found.PhoneNumber);
        Assert.Equal(id, (await users.FindByNameAsync(CanaryEmail.ToLowerInvariant()))?.Id);
        Assert.Null(await users.FindByEmailAsync("zelda.canary-7392@example.com"));

        var context = new SignInContext("Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0", System.Net.IPAddress.Parse("192.0.2.10"));
        var attempt = await scope.ServiceProvider.GetRequiredService<SignInFlow>().PasswordAsync(CanaryEmail.ToUpperInvariant(), Password, null, context);
        Assert.Equal(SignInStatus.NeedsSecondFactor, attempt.Status);
    }

    [SkippableFact]
    public async Task The_lookup_hash_keeps_one_account_per_address()
    {
        await RegisterAsync(CanaryEmail);
        using var scope = Harness.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>();
        var second = new ConfidantUser { Id = Guid.CreateVersion7(), UserName = CanaryEmail.ToUpperInvariant(), Email = CanaryEmail.ToUpperInvariant() };
        var result = await users.CreateAsync(second, Password);
        Assert.False(result.Succeeded);
        Assert.Single(await ReadRowsAsync());
    }

    [SkippableFact]
    public async Task Reading_an_account_does_not_rewrite_it_and_an_update_leaves_the_values_in_clear()
    {
        var id = await RegisterAsync(CanaryEmail);
        var before = Assert.Single(await ReadRowsAsync());

        using (var scope = Harness.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>();
            var user = await users.FindByIdAsync(id.ToString());
            Assert.NotNull(user);
            var db = scope.ServiceProvider.GetRequiredService<IdentityStoreContext>();
            Assert.False(db.ChangeTracker.HasChanges());

            user.PhoneNumber = CanaryPhone;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
            Assert.Equal(CanaryEmail, user.Email);
            Assert.Equal(CanaryPhone, user.PhoneNumber);
            Assert.Equal(EntityState.Unchanged, db.Entry(user).State);
            Assert.False(db.ChangeTracker.HasChanges());
        }

        var after = Assert.Single(await ReadRowsAsync());
        Assert.Equal(before.NormalizedEmail, after.NormalizedEmail); // the same hash: lookups keep working
        Assert.StartsWith(PersonalDataProtection.SealedPrefix, after.PhoneNumber);
        Assert.Equal(CanaryPhone, (await FindAsync(id))!.PhoneNumber);
    }

    [SkippableFact]
    public async Task Rows_written_in_clear_are_sealed_at_start_and_still_found()
    {
        var id = await RegisterAsync(CanaryEmail);
        var key = Assert.Single(await ReadRowsAsync()).Key;
        await ExecuteAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE identity_users SET "UserName" = {CanaryEmail}, "NormalizedUserName" = {CanaryEmail.ToUpperInvariant()}, "Email" = {CanaryEmail}, "NormalizedEmail" = {CanaryEmail.ToUpperInvariant()}, "PhoneNumber" = {CanaryPhone} WHERE "Id" = {key}"""));
        Assert.Equal(CanaryEmail, Assert.Single(await ReadRowsAsync()).Email);

        await Harness.Services.GetRequiredService<IdentityDatabase>().SealRowsInClearAsync();

        AssertNotInDatabaseFiles("canary-7391", "7700900391");
        Assert.Contains(Harness.Logs.GetSnapshot(), r => r.Id.Id == 5200);
        var row = Assert.Single(await ReadRowsAsync());
        Assert.StartsWith(PersonalDataProtection.SealedPrefix, row.Email);
        Assert.StartsWith(PersonalDataProtection.SealedPrefix, row.UserName);
        Assert.StartsWith(PersonalDataProtection.SealedPrefix, row.PhoneNumber);
        Assert.StartsWith(PersonalDataProtection.IndexPrefix, row.NormalizedUserName);
        Assert.StartsWith(PersonalDataProtection.IndexPrefix, row.NormalizedEmail);

        using var scope = Harness.Services.CreateScope();
        var found = await scope.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>().FindByEmailAsync(CanaryEmail);
        Assert.Equal(id, found?.Id);
        Assert.Equal(CanaryPhone, found?.PhoneNumber);
    }

    [SkippableFact]
    public async Task A_sealed_value_moved_to_another_account_does_not_open_and_the_error_does_not_show_it()
    {
        var victim = await RegisterAsync(CanaryEmail);
        var other = await RegisterAsync("someone.else@example.com");
        var rows = await ReadRowsAsync();
        var victimKey = rows.Single(r => r.Id == victim).Key;
        var otherKey = rows.Single(r => r.Id == other).Key;
        await ExecuteAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE identity_users SET "Email" = (SELECT "Email" FROM identity_users WHERE "Id" = {victimKey}) WHERE "Id" = {otherKey}"""));

        var error = await Assert.ThrowsAsync<CryptographicException>(() => FindAsync(other));
        Assert.Contains("Email", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("canary", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(CanaryEmail, (await FindAsync(victim))?.Email);
    }

    [SkippableFact]
    public async Task An_update_refused_because_the_row_changed_meanwhile_leaves_the_values_in_clear()
    {
        var id = await RegisterAsync(CanaryEmail);
        using var first = Harness.Services.CreateScope();
        using var second = Harness.Services.CreateScope();
        var firstUsers = first.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>();
        var secondUsers = second.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>();
        var mine = (await firstUsers.FindByIdAsync(id.ToString()))!;
        var theirs = (await secondUsers.FindByIdAsync(id.ToString()))!;

        theirs.PhoneNumber = "+447700900001";
        Assert.True((await secondUsers.UpdateAsync(theirs)).Succeeded);
        mine.PhoneNumber = CanaryPhone;
        var refused = await firstUsers.UpdateAsync(mine);

        Assert.Equal(nameof(IdentityErrorDescriber.ConcurrencyFailure), Assert.Single(refused.Errors).Code);
        Assert.Equal(CanaryEmail, mine.Email);
        Assert.Equal(CanaryEmail, mine.UserName);
        Assert.Equal(CanaryPhone, mine.PhoneNumber);
        Assert.Equal("+447700900001", (await FindAsync(id))!.PhoneNumber);
    }

    [SkippableFact]
    public async Task A_save_not_accepted_yet_stays_pending_with_the_values_in_clear()
    {
        var id = await RegisterAsync(CanaryEmail);
        await using var db = Harness.Services.GetRequiredService<IdentityDatabase>().Create();
        await Harness.Services.GetRequiredService<PersonalDataProtection>().EnsureKeyAsync();
        var user = await db.Users.SingleAsync(u => u.Id == id);
        user.PhoneNumber = CanaryPhone;

        await db.SaveChangesAsync(acceptAllChangesOnSuccess: false);

        Assert.Equal(CanaryPhone, user.PhoneNumber);
        Assert.Equal(EntityState.Modified, db.Entry(user).State);
        Assert.True(db.Entry(user).Property(u => u.PhoneNumber).IsModified);
        db.ChangeTracker.AcceptAllChanges();
        Assert.False(db.ChangeTracker.HasChanges());
        Assert.StartsWith(PersonalDataProtection.SealedPrefix, Assert.Single(await ReadRowsAsync()).PhoneNumber);
        Assert.Equal(CanaryPhone, (await FindAsync(id))!.PhoneNumber);
    }

    [SkippableFact]
    public async Task A_row_in_clear_is_found_before_it_is_sealed_and_one_that_cannot_be_sealed_does_not_stop_the_start()
    {
        var sealedAccount = await RegisterAsync(CanaryEmail);
        var inClear = await RegisterAsync("someone.else@example.com");
        var key = (await ReadRowsAsync()).Single(r => r.Id == inClear).Key;
        const string Other = "Row.In.Clear@example.com";
        await ExecuteAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE identity_users SET "UserName" = {Other}, "NormalizedUserName" = {Other.ToUpperInvariant()}, "Email" = {Other}, "NormalizedEmail" = {Other.ToUpperInvariant()} WHERE "Id" = {key}"""));

        // Found by its address (sign-in, and registration's "already taken") while still in clear.
        using (var scope = Harness.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>();
            Assert.Equal(inClear, (await users.FindByEmailAsync(Other))?.Id);
            Assert.Equal(inClear, (await users.FindByNameAsync(Other))?.Id);
            var (result, _) = await scope.ServiceProvider.GetRequiredService<AccountService>().RegisterAsync(Other.ToLowerInvariant(), Password, null);
            Assert.True(result.Succeeded);
            Assert.Equal(2, (await ReadRowsAsync()).Count);
        }

        // The same address in clear as a sealed account (an old node made it, unable to see the
        // sealed one): it cannot take the address's lookup hash, is left as it is and logged.
        await ExecuteAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE identity_users SET "UserName" = {CanaryEmail}, "NormalizedUserName" = {CanaryEmail.ToUpperInvariant()}, "Email" = {CanaryEmail}, "NormalizedEmail" = {CanaryEmail.ToUpperInvariant()} WHERE "Id" = {key}"""));
        await Harness.Services.GetRequiredService<IdentityDatabase>().SealRowsInClearAsync();

        var rows = await ReadRowsAsync();
        Assert.StartsWith(PersonalDataProtection.SealedPrefix, rows.Single(r => r.Id == sealedAccount).Email);
        Assert.Equal(CanaryEmail, rows.Single(r => r.Id == inClear).Email);
        Assert.Contains(Harness.Logs.GetSnapshot(), r => r.Id.Id == 5201);
        Assert.DoesNotContain(Harness.Logs.GetSnapshot(), r => r.Message.Contains("canary", StringComparison.OrdinalIgnoreCase));
    }

    [SkippableFact]
    public async Task Deleting_an_account_for_erasure_removes_it_and_what_hangs_off_it()
    {
        var id = await RegisterAsync(CanaryEmail);
        var other = await RegisterAsync("someone.else@example.com");
        await SetPhoneAsync(id, CanaryPhone);
        var database = Harness.Services.GetRequiredService<IdentityDatabase>();

        Assert.Equal(AccountDeletion.Deleted, await database.DeleteAccountAsync(id));
        Assert.Equal(AccountDeletion.NoAccount, await database.DeleteAccountAsync(id));

        Assert.Equal(other, Assert.Single(await ReadRowsAsync()).Id);
        Assert.Null(await FindAsync(id));
        await using var db = database.Create();
        Assert.False(await db.SignInAttempts.AnyAsync(a => a.UserId == id));
        AssertNotInDatabaseFiles("canary-7391", "7700900391");
    }

    private async Task<Guid> RegisterAsync(string email)
    {
        using var scope = Harness.Services.CreateScope();
        var (result, user) = await scope.ServiceProvider.GetRequiredService<AccountService>().RegisterAsync(email, Password, null);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        return user!.Id;
    }

    private async Task SetPhoneAsync(Guid id, string phone)
    {
        using var scope = Harness.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>();
        var user = await users.FindByIdAsync(id.ToString());
        user!.PhoneNumber = phone;
        Assert.True((await users.UpdateAsync(user)).Succeeded);
    }

    private async Task<ConfidantUser?> FindAsync(Guid id)
    {
        using var scope = Harness.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>().FindByIdAsync(id.ToString());
    }

    private async Task ExecuteAsync(Func<IdentityStoreContext, Task<int>> command)
    {
        await using var db = Harness.Services.GetRequiredService<IdentityDatabase>().Create();
        Assert.Equal(1, await command(db));
    }

    /// <summary>The identity_users columns as stored, read past Entity Framework.</summary>
    private async Task<List<StoredRow>> ReadRowsAsync()
    {
        await using var db = Harness.Services.GetRequiredService<IdentityDatabase>().Create();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "PhoneNumber" FROM identity_users""";
        var rows = new List<StoredRow>();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var key = reader.GetValue(0);
            var id = key is byte[] bytes ? new Guid(bytes, bigEndian: true) : reader.GetGuid(0); // SQLite keeps ids big-endian, so they sort by time
            rows.Add(new StoredRow(id, key, Text(reader, 1), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5)));
        }

        return rows;

        static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
    }

    /// <summary>On SQLite, every byte of the database and its journal (PostgreSQL's files belong to the cluster).</summary>
    private void AssertNotInDatabaseFiles(params string[] canaries)
    {
        foreach (var file in Directory.EnumerateFiles(Harness.Folder, "confidant.db*"))
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var canary in canaries)
            {
                foreach (var form in new[] { canary, canary.ToUpperInvariant(), canary.ToLowerInvariant() })
                {
                    Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(form)) < 0, $"{Path.GetFileName(file)} holds a planted value in clear");
                }
            }
        }
    }

    /// <param name="Key">The id as the provider stores it, for commands that name the row.</param>
    private sealed record StoredRow(Guid Id, object Key, string? UserName, string? NormalizedUserName, string? Email, string? NormalizedEmail, string? PhoneNumber);
}

/// <summary>On SQLite.</summary>
public sealed class SqlitePersonalDataTests : PersonalDataTests
{
    protected override Task<StorageOptions?> OptionsAsync() => SqliteAsync();
}

/// <summary>On PostgreSQL (skipped without its binaries, except under CI).</summary>
[Collection(PostgresGroup.Name)]
public sealed class PostgresPersonalDataTests(PostgresServer server) : PersonalDataTests
{
    protected override Task<StorageOptions?> OptionsAsync() => PostgresAsync(server);
}
