using System.Net;

namespace Confidant.LoadGenerator;

/// <summary>The generator only ever loads a server on this machine.</summary>
internal static class LoopbackGuard
{
    public static async Task EnsureLoopbackAsync(Uri url)
    {
        var addresses = IPAddress.TryParse(url.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(url.Host).ConfigureAwait(false);
        if (addresses.Length == 0 || !addresses.All(IPAddress.IsLoopback))
        {
            throw new ArgumentException($"{url.Host} is not a loopback address; this generator only loads a server on this machine.");
        }
    }
}
