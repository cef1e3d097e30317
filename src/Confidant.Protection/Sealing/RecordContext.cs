using Confidant.Protection.Keys;

namespace Confidant.Protection.Sealing;

/// <summary>
/// Where a sealed record belongs. All four parts go into the associated data of its envelope, so a
/// ciphertext copied to another row, kind, customer or tenant fails to open.
/// </summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="SubjectId">The customer whose key seals it, or null for tenant-level records.</param>
/// <param name="Kind">What the record is, such as <c>message.original</c> or <c>vault.value</c>.</param>
/// <param name="RecordId">The record's id (row key).</param>
public readonly record struct RecordContext(string TenantId, string? SubjectId, string Kind, string RecordId)
{
    /// <summary>Throws <see cref="ArgumentException"/> when a part is missing or too long for the envelope's associated data.</summary>
    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(TenantId, nameof(TenantId));
        ArgumentException.ThrowIfNullOrEmpty(Kind, nameof(Kind));
        ArgumentException.ThrowIfNullOrEmpty(RecordId, nameof(RecordId));
        if (TenantId.Length > 1024 || (SubjectId?.Length ?? 0) > 1024 || Kind.Length > 1024 || RecordId.Length > 1024)
        {
            throw new ArgumentException("A record context part is longer than 1024 characters.");
        }
    }

    /// <summary>The key scope that seals the record.</summary>
    public KeyScope Scope => SubjectId is null ? KeyScope.ForTenant(TenantId) : KeyScope.ForSubject(TenantId, SubjectId);
}
