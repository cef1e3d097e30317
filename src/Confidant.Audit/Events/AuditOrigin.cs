using System.Net;
using System.Net.Sockets;

namespace Confidant.Audit.Events;

/// <summary>
/// Where a request came from, coarsened so it locates a network, not a person: an IPv4 address
/// keeps its /24 network (<c>ip4:203.0.113.0/24</c>), an IPv6 address its /48
/// (<c>ip6:2001:db8:85a3::/48</c>); IPv4-mapped IPv6 addresses count as IPv4.
/// </summary>
public static class AuditOrigin
{
    /// <summary>The coarsened form of <paramref name="address"/>.</summary>
    public static string FromAddress(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var length);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            bytes[3] = 0;
            return $"ip4:{new IPAddress(bytes[..4])}/24";
        }

        bytes[6..length].Clear();
        return $"ip6:{new IPAddress(bytes[..16])}/48";
    }
}
