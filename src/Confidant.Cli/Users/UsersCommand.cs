using System.CommandLine;
using Confidant.Identity;
using Confidant.Identity.Accounts;
using Confidant.Identity.Data;
using Confidant.Server.Hosting.KeyRing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Cli.Users;

/// <summary>
/// <c>confidant users add-staff</c>: staff accounts (admin, auditor, agent) are made by an operator,
/// never self-registered. The password is read from standard input, never from the command line
/// (where the shell history and the process list would keep it).
/// </summary>
internal static class UsersCommand
{
    /// <summary>The input was refused (an unknown role, a weak password, an address in use).</summary>
    public const string Refused = "CONF-CLI-201";

    public static Command Create(CliEnvironment environment)
    {
        var data = DataFolderServices.CreateDataOption(recursive: true);
        var postgres = DataFolderServices.CreatePostgresOption(recursive: true);
        var email = new Option<string>("--email") { Description = "The staff member's e-mail address (their sign-in name and code channel).", Required = true };
        var role = new Option<string>("--role") { Description = "admin, auditor or agent.", Required = true };
        var tenant = new Option<string>("--tenant") { Description = "The server's tenant (Confidant:Server:Tenant), whose key seals the account's address.", DefaultValueFactory = _ => "default" };

        var addStaff = new Command("add-staff", "Create a staff account; the password is read from the first line of standard input. Staff always meet a second factor at sign-in.") { email, role, tenant };
        addStaff.SetAction(p =>
        {
            var roleName = p.GetValue(role)!;
            if (!StaffRoles.All.Contains(roleName, StringComparer.Ordinal))
            {
                environment.Error.WriteLine($"{Refused}: the role must be one of {string.Join(", ", StaffRoles.All)}.");
                return 2;
            }

            var password = environment.In.ReadLine();
            return DataFolderServices.Run(
                environment,
                new DataSource(p.GetValue(data)!, p.GetValue(postgres)),
                services => AddStaffAsync(services, p.GetValue(email)!, password, roleName, environment),
                unusableExitCode: 1,
                more: s =>
                {
                    s.AddLogging();
                    s.AddConfidantKeyRing();
                    s.AddConfidantIdentity(o => o.Tenant = p.GetValue(tenant)!);
                });
        });

        return new Command("users", "Manage staff accounts.") { data, postgres, addStaff };
    }

    private static async Task<int> AddStaffAsync(IServiceProvider services, string email, string? password, string role, CliEnvironment environment)
    {
        await services.GetRequiredService<IdentityDatabase>().MigrateAsync().ConfigureAwait(false);
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConfidantUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<ConfidantRole>>();
        // The same check as registration: staff get their codes at this address.
        email = email.Trim();
        if (!EmailAddresses.IsValid(email))
        {
            await environment.Error.WriteLineAsync($"{Refused}: --email is not an address codes can be sent to (a bare name@example.com).").ConfigureAwait(false);
            return 2;
        }

        if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
        {
            await roles.CreateAsync(new ConfidantRole(role)).ConfigureAwait(false);
        }

        var user = new ConfidantUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            CodeChannel = "email",
            CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        var created = await users.CreateAsync(user, password ?? string.Empty).ConfigureAwait(false);
        if (!created.Succeeded)
        {
            // The descriptions say what was wrong (too short, common, taken) without the password or
            // the address (ConfidantIdentityErrorDescriber); the two "taken" ones are said as one.
            await environment.Error.WriteLineAsync($"{Refused}: {string.Join(" ", created.Errors.Select(Describe).Distinct())}").ConfigureAwait(false);
            return 2;
        }

        await users.AddToRoleAsync(user, role).ConfigureAwait(false);
        await environment.Out.WriteLineAsync($"staff account {EmailAddresses.Mask(email)} created with the role {role}; at each sign-in a code goes to the address (enrol an authenticator app after the first).").ConfigureAwait(false);
        return 0;
    }

    private static string Describe(IdentityError error) =>
        error.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)
            ? "an account with this address already exists."
            : error.Description;
}
