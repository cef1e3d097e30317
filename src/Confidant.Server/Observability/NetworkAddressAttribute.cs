using Microsoft.Extensions.Compliance.Classification;

namespace Confidant.Server.Observability;

/// <summary>Marks a log argument that holds a client's network address.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field)]
internal sealed class NetworkAddressAttribute : DataClassificationAttribute
{
    public NetworkAddressAttribute()
        : base(ServerDataClassifications.NetworkAddress)
    {
    }
}
