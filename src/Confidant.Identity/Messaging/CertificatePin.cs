using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Confidant.Identity.Messaging;

/// <summary>A pinned SHA-256 certificate thumbprint.</summary>
internal static class CertificatePin
{
    /// <summary>Parses 64 hexadecimal digits, ignoring colons and spaces; null when it is not one.</summary>
    public static byte[]? Parse(string? thumbprint)
    {
        if (string.IsNullOrWhiteSpace(thumbprint))
        {
            return null;
        }

        var hex = thumbprint.Replace(":", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (hex.Length != SHA256.HashSizeInBytes * 2)
        {
            return null;
        }

        try
        {
            return Convert.FromHexString(hex);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The SHA-256 hash of the DER certificate.</summary>
    public static byte[] Thumbprint(X509Certificate certificate) => SHA256.HashData(certificate.GetRawCertData());

    /// <summary>Whether <paramref name="certificate"/> is the pinned one (constant-time comparison).</summary>
    public static bool Matches(X509Certificate? certificate, byte[] pin) =>
        certificate is not null && CryptographicOperations.FixedTimeEquals(Thumbprint(certificate), pin);
}
