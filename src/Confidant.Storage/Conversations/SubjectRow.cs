namespace Confidant.Storage.Conversations;

/// <summary>A customer of a tenant, known by an opaque id. <see cref="ErasedAt"/> is set once their key is destroyed.</summary>
internal sealed class SubjectRow
{
    public required string TenantId { get; set; }

    public required string Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ErasedAt { get; set; }
}
