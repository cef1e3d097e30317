using Confidant.Server.Account;
using Confidant.Server.Chat;
using Confidant.Server.Dialog;
using Confidant.Server.Hosting.KeyRing;
using Confidant.Server.Observability;
using Confidant.Server.Transport;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Hosting;

/// <summary>
/// The two calls of Program.cs: everything the server needs registered, and everything it serves
/// mapped. Each feature has its own AddXxx/MapXxx in its folder.
/// </summary>
public static class ConfidantHostingExtensions
{
    /// <summary>The OpenAPI document's name (served at <c>/openapi/v1.json</c>).</summary>
    public const string OpenApiDocument = "v1";

    /// <summary>
    /// Registers the privacy core (detection, policy, keys, storage, audit), the transport, the
    /// Data Protection key ring, observability and the server's features; options are validated
    /// at start-up.
    /// </summary>
    public static WebApplicationBuilder AddConfidant(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddConfidantCore();
        builder.Services.AddOptions<ServerOptions>().ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ServerOptions>, ServerOptionsValidator>());
        builder.AddConfidantTransport();
        builder.Services.AddConfidantKeyRing();
        builder.AddConfidantObservability();
        builder.Services.AddOpenApi(OpenApiDocument);

        builder.AddConfidantAccounts();
        builder.AddConfidantDialog();
        builder.Services.AddConfidantChat();
        builder.Services.AddOptions<ChatOptions>().ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChatOptions>, ChatOptionsValidator>());
        return builder;
    }

    /// <summary>Adds the middleware and maps the endpoints.</summary>
    public static WebApplication MapConfidant(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseConfidantTransport();
        app.UseWebChat();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapConfidantObservability();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapChatEndpoints();
        app.MapConfidantAccounts();

        // The bot pack is loaded and checked now: a broken pack stops the server with its mistakes listed.
        _ = app.Services.GetRequiredService<Confidant.Server.Chat.Bots.IChatBot>();
        return app;
    }
}
