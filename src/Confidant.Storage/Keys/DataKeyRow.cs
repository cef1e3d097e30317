namespace Confidant.Storage.Keys;

/// <summary>A wrapped data key version. <see cref="SubjectId"/> is empty for a tenant's own key.</summary>
internal sealed class DataKeyRow
{
    public required string TenantId { get; set; }

    public required string SubjectId { get; set; }

    public int Version { get; set; }

    public required string KeyEncryptionKeyId { get; set; }

    public required byte[] WrappedKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public long UsageReserved { get; set; }
}
