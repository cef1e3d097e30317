using System.Net;
using System.Net.Security;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Confidant.Server.Hosting;
using Confidant.Server.Transport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Testing;

namespace Confidant.Server.Tests.Infrastructure;

/// <summary>
/// A real Confidant server for tests: Kestrel on loopback over TLS on a free port, a temporary data
/// folder (its own SQLite database, key file and generated certificate), configuration overrides,
/// captured logs, and clients that trust exactly this server's certificate by its fingerprint.
/// </summary>
public sealed class TestServerHost : IAsyncDisposable
{
    private readonly bool _ownsDataFolder;

    private TestServerHost(WebApplication app, string dataFolder, bool ownsDataFolder)
    {
        App = app;
        DataFolder = dataFolder;
        _ownsDataFolder = ownsDataFolder;
        var addresses = app.Services.GetRequiredService<ListenerAddresses>();
        BaseAddress = new Uri(addresses.HttpsUrl);
        HttpAddress = addresses.HttpUrl is { } http ? new Uri(http) : null;
        Certificate = app.Services.GetRequiredService<ServerCertificateSource>().Certificate;
        CertificateSha256 = Certificate.GetCertHash(HashAlgorithmName.SHA256);
        Logs = app.Services.GetFakeLogCollector();
    }

    /// <summary>The running application (its services, its lifetime).</summary>
    public WebApplication App { get; }

    /// <summary>Its services.</summary>
    public IServiceProvider Services => App.Services;

    /// <summary>The HTTPS address, such as <c>https://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The plaintext redirect port's address, when <see cref="TestServerOptions.WithHttpPort"/> was set.</summary>
    public Uri? HttpAddress { get; }

    /// <summary>The data folder (database, key file, <c>tls/</c>).</summary>
    public string DataFolder { get; }

    /// <summary>The certificate the server presents.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>SHA-256 of the certificate: the only certificate the test clients accept.</summary>
    public byte[] CertificateSha256 { get; }

    /// <summary>Every log record the server wrote.</summary>
    public FakeLogCollector Logs { get; }

    /// <summary>Starts a server; throws what start-up throws (an invalid option, an unusable certificate).</summary>
    public static async Task<TestServerHost> StartAsync(Action<TestServerOptions>? configure = null)
    {
        var options = new TestServerOptions();
        configure?.Invoke(options);
        var ownsDataFolder = options.DataFolder is null;
        var dataFolder = options.DataFolder ?? CreateTempFolder();
        WebApplication? app = null;
        try
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                EnvironmentName = options.EnvironmentName,
                ApplicationName = typeof(ConfidantHostingExtensions).Assembly.GetName().Name,
                ContentRootPath = AppContext.BaseDirectory,
            });
            var settings = new Dictionary<string, string?>
            {
                ["Confidant:Server:DataFolder"] = dataFolder,
                ["Confidant:Server:HttpsPort"] = "0",

                // The shop's bot: the web chat tests follow Bob, who orders with a card.
                ["Confidant:Dialog:Bot"] = "retail",
            };
            if (options.WithHttpPort)
            {
                settings["Confidant:Server:HttpPort"] = "0";
            }

            foreach (var (key, value) in options.Configuration)
            {
                settings[key] = value;
            }

            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders();
            builder.Logging.AddFakeLogging();
            builder.Logging.SetMinimumLevel(LogLevel.Debug);
            options.ConfigureBuilder?.Invoke(builder);
            builder.AddConfidant();

            app = builder.Build();
            app.MapConfidant();
            options.ConfigureApp?.Invoke(app);
            await app.StartAsync().ConfigureAwait(false);
            return new TestServerHost(app, dataFolder, ownsDataFolder);
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }

            if (ownsDataFolder)
            {
                DeleteFolder(dataFolder);
            }

            throw;
        }
    }

    /// <summary>A new empty temporary folder.</summary>
    public static string CreateTempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "confidant-server-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Deletes a folder made by <see cref="CreateTempFolder"/> (SQLite's pooled connections closed first).</summary>
    public static void DeleteFolder(string folder)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open by a background task; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>True when <paramref name="certificate"/> is this server's certificate.</summary>
    public bool IsServerCertificate(X509Certificate? certificate) =>
        certificate is not null && CryptographicOperations.FixedTimeEquals(certificate.GetCertHash(HashAlgorithmName.SHA256), CertificateSha256);

    /// <summary>A handler that trusts this server's certificate (and no other), keeping cookies in <paramref name="cookies"/>.</summary>
    public SocketsHttpHandler CreateHandler(CookieContainer? cookies = null) => new()
    {
        UseCookies = true,
        CookieContainer = cookies ?? new CookieContainer(),
        AllowAutoRedirect = false,
        SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, certificate, _, _) => IsServerCertificate(certificate) },
    };

    /// <summary>An HTTPS client for this server (HTTP/1.1 unless <paramref name="version"/> says otherwise).</summary>
    public HttpClient CreateClient(CookieContainer? cookies = null, Version? version = null) => new(CreateHandler(cookies))
    {
        BaseAddress = BaseAddress,
        DefaultRequestVersion = version ?? HttpVersion.Version11,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };

    /// <summary>Opens a WebSocket (wss) to <paramref name="path"/>, sending the cookies in <paramref name="cookies"/>.</summary>
    public async Task<ClientWebSocket> ConnectWebSocketAsync(string path, CookieContainer cookies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cookies);
        var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        socket.Options.RemoteCertificateValidationCallback = (_, certificate, _, _) => IsServerCertificate(certificate);
        var uri = new UriBuilder(new Uri(BaseAddress, path)) { Scheme = "wss" }.Uri;
        try
        {
            await socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Everything logged so far, formatted, one record per line.</summary>
    public string AllLogText() => string.Join('\n', Logs.GetSnapshot().Select(r => $"{r.Category} [{r.Id.Id}] {r.Message} {r.Exception}"));

    /// <summary>Stops the server and deletes the data folder it created.</summary>
    public async ValueTask DisposeAsync()
    {
        await App.StopAsync().ConfigureAwait(false);
        await App.DisposeAsync().ConfigureAwait(false);
        if (_ownsDataFolder)
        {
            DeleteFolder(DataFolder);
        }
    }
}
