namespace Confidant.Server.Hosting;

/// <summary>The TLS certificate (<c>Confidant:Server:Certificate</c>).</summary>
public sealed class ServerCertificateOptions
{
    /// <summary>A PEM certificate (with <see cref="KeyPath"/>) or a PFX/PKCS#12 file (with an optional <see cref="Password"/>). Unset: self-signed, generated in the data folder.</summary>
    public string? Path { get; set; }

    /// <summary>The PEM private key of a PEM certificate.</summary>
    public string? KeyPath { get; set; }

    /// <summary>The password of a PFX file (or of an encrypted PEM key).</summary>
    public string? Password { get; set; }
}
