namespace Confidant.Storage.Keys;

/// <summary>A tombstone: this scope's keys were destroyed, so its records read as erased.</summary>
internal sealed class KeyErasureRow
{
    public required string TenantId { get; set; }

    public required string SubjectId { get; set; }

    public DateTimeOffset ErasedAt { get; set; }
}
