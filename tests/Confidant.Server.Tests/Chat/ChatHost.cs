using System.Net.Http.Json;
using Confidant.Server.Chat;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Confidant.Server.Tests.Chat;

/// <summary>
/// The whole server in process (ASP.NET Core's test host, no sockets) on a temp data folder, with
/// captured logs: for the chat pipeline's behaviour. Transport (TLS, headers) is tested on a real
/// Kestrel elsewhere.
/// </summary>
public sealed class ChatHost : WebApplicationFactory<Program>
{
    public ChatHost()
        : this(rateLimits: false)
    {
    }

    /// <summary>A host; rate limits are off unless asked for (most tests send fast).</summary>
    public ChatHost(bool rateLimits)
    {
        DataFolder = Directory.CreateTempSubdirectory("confidant-chat-").FullName;
        RateLimits = rateLimits;
    }

    public bool RateLimits { get; }

    /// <summary>The bot pack the chat runs (the shop's by default: the pipeline tests order with a card).</summary>
    public string Bot { get; init; } = "retail";

    public string DataFolder { get; }

    public FakeLogCollector Logs { get; } = new();

    /// <summary>A client of one browser: HTTPS base address (secure cookies), its own cookie jar.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = true });

    public static async Task<Guid> StartAsync(HttpClient browser)
    {
        var response = await browser.PostAsync("/api/conversations", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ConversationStarted>())!.ConversationId;
    }

    public static async Task<ChatTurn> SendAsync(HttpClient browser, Guid conversation, string text)
    {
        var response = await browser.PostAsJsonAsync($"/api/conversations/{conversation}/messages", new SendMessageRequest(text));
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<ChatTurn>())!;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Confidant:Server:DataFolder", DataFolder);
        builder.UseSetting("Confidant:Audit:CheckpointInterval", "00:00:00");
        builder.UseSetting("Confidant:Server:RateLimits:Enabled", RateLimits ? "true" : "false");
        builder.UseSetting("Confidant:Dialog:Bot", Bot);
        builder.ConfigureServices(services => services.AddLogging(b => b.AddProvider(new FakeLoggerProvider(Logs)).SetMinimumLevel(LogLevel.Trace)));
    }

    private bool _keepFolder;

    /// <summary>Stops the server and leaves the data folder for the caller to inspect and delete.</summary>
    public void DisposeKeepingFolder()
    {
        _keepFolder = true;
        Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && !_keepFolder)
        {
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // best effort; the OS cleans temp folders
            }
        }
    }
}
