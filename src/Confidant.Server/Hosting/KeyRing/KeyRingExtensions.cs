using Confidant.Protection.Keys;
using Confidant.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Hosting.KeyRing;

/// <summary>ASP.NET Core Data Protection (the visitor cookie's keys) with its key ring in the database, encrypted by the key provider.</summary>
public static class KeyRingExtensions
{
    /// <summary>The application name every node shares, so a cookie issued by one node opens on another.</summary>
    public const string ApplicationName = "Confidant";

    /// <summary>Adds Data Protection with keys in the project database, each wrapped by the <see cref="IKeyEncryptionKeyProvider"/>.</summary>
    public static IServiceCollection AddConfidantKeyRing(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<ConfidantDbFactory>());
            o.XmlEncryptor = new KeyProviderXmlEncryptor(sp.GetRequiredService<IKeyEncryptionKeyProvider>());
        }));
        return services;
    }
}
