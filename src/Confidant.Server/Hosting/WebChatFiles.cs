using Microsoft.Extensions.FileProviders;

namespace Confidant.Server.Hosting;

/// <summary>
/// Serves the web chat (index.html, chat.js, chat.css, widget.js) from resources embedded in the
/// server's assembly: the same files whether the server runs from its project, a publish folder or
/// the CLI's <c>confidant serve</c>.
/// </summary>
internal static class WebChatFiles
{
    public static WebApplication UseWebChat(this WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(WebChatFiles).Assembly, "Confidant.Server.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        return app;
    }
}
