namespace Confidant.Storage.Vault;

/// <summary>A vault entry: the token, its blind index and its value sealed under the customer's key.</summary>
internal sealed class VaultEntryRow
{
    public required string TenantId { get; set; }

    public required string Token { get; set; }

    public required string SubjectId { get; set; }

    public required string DataClass { get; set; }

    public required byte[] BlindIndex { get; set; }

    public required byte[] SealedValue { get; set; }

    public int KeyVersion { get; set; }

    public string? DisplayHint { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
