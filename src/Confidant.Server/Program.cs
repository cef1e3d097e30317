using Confidant.Server.Hosting;

// Settings (appsettings.json) come from beside the server's assembly wherever it is started; the
// data folder (--data, default ./data) is relative to where it is started.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddConfidant();

var app = builder.Build();
app.MapConfidant();
await app.RunAsync();

/// <summary>The server's entry point (public for WebApplicationFactory and the CLI's <c>serve</c>).</summary>
public partial class Program;
