namespace Confidant.Identity.Data;

/// <summary>
/// A device the customer chose to trust after a second factor. The browser holds the device id
/// and a secret in a <c>__Host-</c> cookie; only the secret's SHA-256 is kept here, and it changes
/// each time the device is used.
/// </summary>
internal sealed class TrustedDeviceRow
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public required byte[] SecretHash { get; set; }

    /// <summary>A coarse description for the device list ("Firefox on Linux"), from the user agent.</summary>
    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastUsedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
