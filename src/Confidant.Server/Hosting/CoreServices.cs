using Confidant.Audit;
using Confidant.Detection;
using Confidant.Protection;
using Confidant.Redaction;
using Confidant.Storage;

namespace Confidant.Server.Hosting;

/// <summary>The privacy core, configured from the ASP.NET Core configuration and the data folder.</summary>
public static class CoreServices
{
    /// <summary>
    /// Adds detection, the privacy policy (<c>Confidant:Privacy</c>), keys (<c>Confidant:Protection</c>),
    /// storage (<c>Confidant:Storage</c>: SQLite in the data folder unless a PostgreSQL connection
    /// string is given) and the audit ledger (<c>Confidant:Audit</c>). <c>--data PATH</c> (or
    /// <c>Confidant:Server:DataFolder</c>) moves the data folder.
    /// </summary>
    public static WebApplicationBuilder AddConfidantCore(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        if (configuration["data"] is { Length: > 0 } dataArgument)
        {
            configuration[$"{ServerOptions.SectionName}:DataFolder"] = dataArgument;
        }

        var server = configuration.GetSection(ServerOptions.SectionName).Get<ServerOptions>() ?? new ServerOptions();
        var dataFolder = Path.GetFullPath(server.DataFolder);
        builder.Services.AddOptions<ServerOptions>().BindConfiguration(ServerOptions.SectionName).PostConfigure(o => o.DataFolder = dataFolder);

        builder.Services.AddConfidantDetection();
        builder.Services.AddConfidantRedaction();
        builder.Services.AddConfidantProtection(o =>
        {
            o.KeyFilePath = Path.Combine(dataFolder, "keys", "kek.json");
            configuration.GetSection(ProtectionOptions.SectionName).Bind(o);
        });
        builder.Services.AddConfidantStorage(o =>
        {
            configuration.GetSection(StorageOptions.SectionName).Bind(o);
            if (o.Provider == StorageProvider.Sqlite && string.IsNullOrEmpty(o.ConnectionString))
            {
                o.ConnectionString = $"Data Source={Path.Combine(dataFolder, "confidant.db")}";
            }
        });
        builder.Services.AddConfidantAudit(o => configuration.GetSection(AuditOptions.SectionName).Bind(o));
        return builder;
    }
}
