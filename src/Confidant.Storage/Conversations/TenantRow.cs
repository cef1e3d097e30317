namespace Confidant.Storage.Conversations;

/// <summary>A tenant (a brand served by this deployment).</summary>
internal sealed class TenantRow
{
    public required string Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
