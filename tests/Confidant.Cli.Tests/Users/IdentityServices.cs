using Confidant.Audit;
using Confidant.Identity;
using Confidant.Protection;
using Confidant.Server.Hosting.KeyRing;
using Confidant.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Cli.Tests.Users;

/// <summary>Identity over a data folder, as the CLI's commands build it, for tests to check what a command did.</summary>
internal static class IdentityServices
{
    public static ServiceProvider For(string data, string tenant = "default")
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddConfidantProtection(o => o.KeyFilePath = Path.Combine(data, "keys", "kek.json"))
            .AddConfidantStorage(o => o.ConnectionString = $"Data Source={Path.Combine(data, "confidant.db")}")
            .AddConfidantAudit();
        services.AddConfidantKeyRing();
        services.AddConfidantIdentity(o => o.Tenant = tenant);
        return services.BuildServiceProvider();
    }
}
