using Confidant.Identity.Accounts;
using Confidant.Identity.Auditing;
using Confidant.Identity.Data;
using Confidant.Identity.Devices;
using Confidant.Identity.Factors;
using Confidant.Identity.Messaging;
using Confidant.Identity.Passwords;
using Confidant.Identity.Sessions;
using Confidant.Identity.SignIn;
using Confidant.Identity.StepUp;
using Confidant.Identity.Throttling;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Confidant.Identity;

/// <summary>Registers customer and staff sign-in.</summary>
public static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// Adds ASP.NET Core Identity's user manager on the project database (schema version 3, with
    /// passkeys), Argon2id passwords with the blocklist validator instead of composition rules,
    /// replay-protected TOTP, encrypted authenticator keys and hashed recovery codes, the throttle,
    /// one-time codes, trusted devices, server-side sessions, passkeys, step-up and the
    /// security-message senders. Needs storage, protection and the audit ledger registered, and Data Protection.
    /// Cookie authentication (the session cookie; for passkeys, SignInManager and its ceremony
    /// cookie) is the host's to add: see the server.
    /// </summary>
    public static IdentityBuilder AddConfidantIdentity(this IServiceCollection services, Action<ConfidantIdentityOptions>? configure = null, Action<SecurityMessagingOptions>? messaging = null, Action<PasswordHashingOptions>? hashing = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptionsWithValidateOnStart<ConfidantIdentityOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConfidantIdentityOptions>, ConfidantIdentityOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddDataProtection();

        services.TryAddSingleton<IdentityDatabase>();
        services.AddHostedService(sp => sp.GetRequiredService<IdentityDatabase>());
        services.TryAddScoped<IdentityStoreContext>(sp => sp.GetRequiredService<IdentityDatabase>().Create());
        services.TryAddSingleton<IdentityHashes>();
        services.TryAddSingleton<PersonalDataProtection>();
        services.TryAddSingleton<UnknownAccountHash>();
        services.TryAddSingleton<IdentityAudit>();
        services.TryAddSingleton<SignInThrottle>();
        services.TryAddSingleton<TrustedDeviceStore>();
        services.TryAddSingleton<SessionStore>();
        services.TryAddSingleton<OneTimeCodes>();
        services.TryAddSingleton<IStepUpAuthorizationHook, NoObjectionHook>();
        services.TryAddScoped<SecondFactorCheck>();
        services.TryAddScoped<KnowledgeCheck>();
        services.TryAddScoped<SignInFlow>();
        services.TryAddScoped<StepUpService>();
        services.TryAddScoped<AccountService>();
        services.TryAddScoped<PasswordReset>();
        services.TryAddScoped<PasskeyStore>();

        // Passkeys: Identity's handler under the fixed policy (user verification required, so a
        // passkey is both factors), on the deployment's domain and origins. The host adds
        // SignInManager and the cookie that carries a ceremony's state.
        services.AddOptionsWithValidateOnStart<ConfidantPasskeyOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConfidantPasskeyOptions>, ConfidantPasskeyOptionsValidator>());
        services.AddOptions<IdentityPasskeyOptions>().Configure<IOptions<ConfidantPasskeyOptions>>((passkeys, settings) => PasskeyPolicy.Apply(passkeys, settings.Value));

        services.AddConfidantPasswords(hashing);
        services.AddConfidantSecurityMessaging(messaging);

        var builder = services.AddIdentityCore<ConfidantUser>(o =>
        {
            o.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            o.User.RequireUniqueEmail = true;
            o.SignIn.RequireConfirmedAccount = false;

            // Length and a blocklist, no composition rules (NIST SP 800-63B 3.1.1.2): the
            // Confidant validator does it; Identity's own rules are off.
            o.Password.RequireDigit = false;
            o.Password.RequireLowercase = false;
            o.Password.RequireUppercase = false;
            o.Password.RequireNonAlphanumeric = false;
            o.Password.RequiredUniqueChars = 1;
            o.Password.RequiredLength = 1;

            // Guessing is slowed per sign-in name by SignInThrottle (which answers the same for
            // names no account has); Identity's per-account lockout would tell them apart.
            o.Lockout.AllowedForNewUsers = false;
            o.Tokens.AuthenticatorTokenProvider = TokenOptions.DefaultAuthenticatorProvider;
        })
            .AddRoles<ConfidantRole>()
            .AddErrorDescriber<ConfidantIdentityErrorDescriber>()
            .AddUserStore<ConfidantUserStore>()
            .AddRoleStore<Microsoft.AspNetCore.Identity.EntityFrameworkCore.RoleStore<ConfidantRole, IdentityStoreContext, Guid>>()
            .AddDefaultTokenProviders();

        // The replay-protected provider replaces the default authenticator provider (configured after it, so it wins).
        services.Configure<IdentityOptions>(o => o.Tokens.ProviderMap[TokenOptions.DefaultAuthenticatorProvider] = new TokenProviderDescriptor(typeof(ReplayProtectedTotpProvider)));
        services.TryAddTransient<ReplayProtectedTotpProvider>();

        // Identity's default validator would add composition rules back; only Confidant's stays.
        services.RemoveAll<IPasswordValidator<ConfidantUser>>();
        services.AddScoped<IPasswordValidator<ConfidantUser>, ConfidantPasswordValidator<ConfidantUser>>();
        return builder;
    }
}
