using Confidant.Identity.Passwords;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Identity.Tests.Passwords;

/// <summary>Identity as the server will set it up: passwords registered first, composition rules off.</summary>
internal static class IdentityServices
{
    public static ServiceProvider Build(IUserStore<ConfidantUser> store)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddConfidantPasswords();
        services.AddIdentityCore<ConfidantUser>(options =>
        {
            options.Password.RequireDigit = false;
            options.Password.RequireLowercase = false;
            options.Password.RequireUppercase = false;
            options.Password.RequireNonAlphanumeric = false;
            options.Password.RequiredUniqueChars = 1;
            options.Password.RequiredLength = 8;
        });
        services.AddSingleton(store);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static ConfidantUser NewUser(string? userName, string? email = null) => new()
    {
        Id = Guid.NewGuid(),
        UserName = userName,
        Email = email,
        SecurityStamp = Guid.NewGuid().ToString(),
    };
}
