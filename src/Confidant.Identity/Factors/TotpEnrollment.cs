using OtpNet;
using QRCoder;

namespace Confidant.Identity.Factors;

/// <summary>
/// What the enrolment page shows: the secret for manual entry (grouped base32), the otpauth URI
/// and that URI as a QR code (SVG, rendered server-side, so no script and no third party sees the
/// secret).
/// </summary>
/// <param name="Secret">The base32 secret, in groups of four.</param>
/// <param name="Uri">The <c>otpauth://totp/...</c> URI.</param>
/// <param name="QrSvg">The QR code of the URI as an SVG document.</param>
public sealed record TotpEnrollment(string Secret, string Uri, string QrSvg)
{
    /// <summary>The enrolment data for a secret, an issuer and an account label.</summary>
    public static TotpEnrollment For(string secret, string issuer, string account)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var uri = new OtpUri(OtpType.Totp, secret, account, issuer).ToString();
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        var grouped = string.Join(' ', secret.Chunk(4).Select(c => new string(c)));
        return new TotpEnrollment(grouped, uri, svg);
    }
}
