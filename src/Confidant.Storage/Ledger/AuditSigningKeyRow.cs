namespace Confidant.Storage.Ledger;

/// <summary>
/// The checkpoint signing key of one log origin: the public key in clear, the private key only
/// wrapped by the key-encryption key provider.
/// </summary>
internal sealed class AuditSigningKeyRow
{
    public required string Origin { get; set; }

    public required string KeyName { get; set; }

    public required byte[] PublicKey { get; set; }

    public required string KeyEncryptionKeyId { get; set; }

    public required byte[] WrappedSeed { get; set; }

    public long CreatedAtUnixMs { get; set; }
}
