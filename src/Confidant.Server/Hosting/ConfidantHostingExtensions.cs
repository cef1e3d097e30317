using Confidant.Server.Chat;

namespace Confidant.Server.Hosting;

/// <summary>
/// The two calls of Program.cs: everything the server needs registered, and everything it serves
/// mapped. Each feature has its own AddXxx/MapXxx in its folder.
/// </summary>
public static class ConfidantHostingExtensions
{
    /// <summary>Registers the privacy core (detection, policy, keys, storage, audit) and the server's features.</summary>
    public static WebApplicationBuilder AddConfidant(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddConfidantCore();
        builder.Services.AddConfidantChat();
        return builder;
    }

    /// <summary>Maps the middleware and endpoints.</summary>
    public static WebApplication MapConfidant(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseWebSockets();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapChatEndpoints();
        return app;
    }
}
