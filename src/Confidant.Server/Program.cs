using Confidant.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddConfidant();

var app = builder.Build();
app.MapConfidant();
await app.RunAsync();

/// <summary>The server's entry point (public for WebApplicationFactory and the CLI's <c>serve</c>).</summary>
public partial class Program;
