using Confidant.Server.Hosting;
using Confidant.Server.Observability;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Transport;

/// <summary>
/// Once Kestrel has bound its ports, records them and says where the server is and which
/// certificate it shows, so whoever started it can open the URL and check the fingerprint.
/// </summary>
internal sealed class ListeningAnnouncer(IServer server, ListenerAddresses addresses, ServerCertificateSource certificates, IOptions<ServerOptions> options, ILogger<ListeningAnnouncer> logger)
{
    public void Announce()
    {
        var bound = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in bound)
        {
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
            {
                continue;
            }

            if (uri.Scheme == Uri.UriSchemeHttps)
            {
                addresses.HttpsPort = uri.Port;
                addresses.HttpsUrl = PrintableUrl(uri);
            }
            else
            {
                addresses.HttpUrl = PrintableUrl(uri);
            }
        }

        Log.Listening(logger, addresses.HttpsUrl, certificates.Fingerprint);
        if (addresses.HttpUrl is { } http)
        {
            Log.PlaintextRedirectListening(logger, http);
        }
    }

    /// <summary>A wildcard bind is shown as localhost, which is what a person on this machine would type.</summary>
    private string PrintableUrl(Uri uri)
    {
        var host = options.Value.ListenAddress is "0.0.0.0" or "::" ? "localhost" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port, "/").Uri.ToString();
    }
}
