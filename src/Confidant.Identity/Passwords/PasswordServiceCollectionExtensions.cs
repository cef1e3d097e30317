using Confidant.Identity.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Passwords;

/// <summary>Registers Argon2id password hashing and the password rules.</summary>
public static class PasswordServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="Argon2idPasswordHasher{TUser}"/> as the <see cref="IPasswordHasher{TUser}"/>
    /// of <see cref="ConfidantUser"/> (replacing Identity's PBKDF2 hasher whether Identity was added
    /// before or after), <see cref="ConfidantPasswordValidator{TUser}"/> as one of its
    /// <see cref="IPasswordValidator{TUser}"/>s, <see cref="Argon2idSecretHasher"/> for other secrets,
    /// and <see cref="PasswordHashingOptions"/> and <see cref="PasswordPolicyOptions"/>, both validated
    /// at start-up: costs below OWASP's minimum stop the process with a message naming the setting.
    /// </summary>
    /// <remarks>
    /// The caller turns Identity's composition rules off and removes its default validator, which
    /// would otherwise still run: set <c>IdentityOptions.Password.RequireDigit</c>,
    /// <c>RequireLowercase</c>, <c>RequireUppercase</c> and <c>RequireNonAlphanumeric</c> to false,
    /// <c>RequiredUniqueChars</c> to 1 and <c>RequiredLength</c> to at most
    /// <see cref="PasswordPolicyOptions.MinimumLength"/>, and remove the
    /// <c>IPasswordValidator&lt;ConfidantUser&gt;</c> registration of <c>PasswordValidator&lt;ConfidantUser&gt;</c>
    /// (when this method runs before <c>AddIdentityCore</c>, Identity does not add it). The policy
    /// is configured with <c>services.Configure&lt;PasswordPolicyOptions&gt;</c> or the
    /// <see cref="PasswordPolicyOptions.SectionName"/> configuration section.
    /// </remarks>
    public static IServiceCollection AddConfidantPasswords(this IServiceCollection services, Action<PasswordHashingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var hashing = services.AddOptions<PasswordHashingOptions>().ValidateOnStart();
        if (configure is not null)
        {
            hashing.Configure(configure);
        }

        services.AddOptions<PasswordPolicyOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PasswordHashingOptions>, PasswordHashingOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PasswordPolicyOptions>, PasswordPolicyOptionsValidator>());
        services.TryAddSingleton<Argon2idSecretHasher>();

        // Not TryAdd: AddIdentityCore registers PBKDF2 with TryAdd, and whichever ran first would win.
        // Quietly keeping PBKDF2 is the one outcome this must not have.
        services.RemoveAll<IPasswordHasher<ConfidantUser>>();
        services.AddSingleton<IPasswordHasher<ConfidantUser>, Argon2idPasswordHasher<ConfidantUser>>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPasswordValidator<ConfidantUser>, ConfidantPasswordValidator<ConfidantUser>>());
        return services;
    }
}
