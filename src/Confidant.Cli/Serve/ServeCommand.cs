using System.CommandLine;
using System.Globalization;
using Confidant.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Confidant.Cli.Serve;

/// <summary>
/// <c>confidant serve</c>: runs the chat server in this process, exactly as
/// <c>dotnet run --project src/Confidant.Server</c> does. The named options are shortcuts for
/// configuration keys; any other <c>--Section:Key=value</c> is passed through as ASP.NET Core
/// command-line configuration.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var data = new Option<string?>("--data") { Description = "The data folder (database, key file, generated certificate). Default ./data." };
        var httpsPort = new Option<int?>("--https-port") { Description = "The HTTPS port (default 5443)." };
        var httpPort = new Option<int?>("--http-port") { Description = "A plaintext port that only redirects to HTTPS (off by default)." };
        var listen = new Option<string?>("--listen") { Description = "The address to bind (default 127.0.0.1; 0.0.0.0 for every interface)." };
        var postgres = new Option<string?>("--postgres") { Description = "A PostgreSQL connection string instead of the embedded SQLite database." };

        var command = new Command("serve", "Run the chat server (HTTPS; a self-signed certificate is generated on first run).")
        {
            data, httpsPort, httpPort, listen, postgres,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var args = new List<string>(parse.UnmatchedTokens);
            Add(args, ServerOptions.SectionName + ":DataFolder", parse.GetValue(data));
            Add(args, ServerOptions.SectionName + ":HttpsPort", parse.GetValue(httpsPort)?.ToString(CultureInfo.InvariantCulture));
            Add(args, ServerOptions.SectionName + ":HttpPort", parse.GetValue(httpPort)?.ToString(CultureInfo.InvariantCulture));
            Add(args, ServerOptions.SectionName + ":ListenAddress", parse.GetValue(listen));
            if (parse.GetValue(postgres) is { Length: > 0 } connection)
            {
                Add(args, "Confidant:Storage:Provider", "PostgreSql");
                Add(args, "Confidant:Storage:ConnectionString", connection);
            }

            await RunAsync([.. args], cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    /// <summary>Builds and runs the server with ASP.NET Core command-line arguments until <paramref name="cancellationToken"/> (Ctrl+C) fires.</summary>
    internal static async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,

            // The server's name, so its static web assets and settings are found as when it runs alone.
            ApplicationName = typeof(ConfidantHostingExtensions).Assembly.GetName().Name,
        });
        builder.AddConfidant();
        var app = builder.Build();
        await using (app.ConfigureAwait(false))
        {
            app.MapConfidant();
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static void Add(List<string> args, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            args.Add($"--{key}={value}");
        }
    }
}
