namespace Confidant.Redaction.Policy;

/// <summary>
/// The key of the keyed-hash action (HMAC-SHA256 through Microsoft.Extensions.Compliance.Redaction's
/// <c>HmacRedactor</c>). The key id is written into every hash, so a new key with a new id rotates
/// the key without confusing old and new hashes.
/// </summary>
public sealed class HashingOptions
{
    /// <summary>Id of the key, written into each hash (<c>&lt;EMAIL#3:...&gt;</c>).</summary>
    public int KeyId { get; set; }

    /// <summary>The key, base64, at least 32 bytes. Keep it in a secret store, not in appsettings.json.</summary>
    public string? Key { get; set; }
}
