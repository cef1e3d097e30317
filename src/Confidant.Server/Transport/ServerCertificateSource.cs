using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Confidant.Server.Hosting;
using Confidant.Server.Observability;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Transport;

/// <summary>
/// The server's TLS certificate: the configured PEM or PFX file as given, or else a self-signed
/// ECDSA P-256 certificate generated on first run into <c>DATA/tls/</c> (folder 0700, private
/// key 0600), reused while it is valid and replaced when it has expired or is about to.
/// </summary>
internal sealed class ServerCertificateSource
{
    /// <summary>The generated certificate's file, in the data folder's <c>tls/</c>.</summary>
    public const string CertificateFileName = "certificate.pem";

    /// <summary>The generated private key's file (owner-only).</summary>
    public const string KeyFileName = "private-key.pem";

    private static readonly TimeSpan GeneratedLifetime = TimeSpan.FromDays(365);

    // Replaced a little before it expires, so a server restarted on its last day does not serve an
    // expired certificate the next morning.
    private static readonly TimeSpan RenewBefore = TimeSpan.FromDays(7);

    private readonly Lazy<X509Certificate2> _certificate;
    private readonly ServerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public ServerCertificateSource(IOptions<ServerOptions> options, TimeProvider time, ILogger<ServerCertificateSource> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _logger = logger;
        _certificate = new Lazy<X509Certificate2>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The certificate with its private key (loaded or generated on first use).</summary>
    public X509Certificate2 Certificate => _certificate.Value;

    /// <summary>The certificate's SHA-256 fingerprint, upper-case hex with colons (as browsers show it).</summary>
    public string Fingerprint => FormatFingerprint(Certificate);

    /// <summary>The folder a generated certificate lives in.</summary>
    public string GeneratedFolder => Path.Combine(_options.DataFolder, "tls");

    /// <summary>SHA-256 of the certificate's DER bytes, as <c>AB:CD:...</c>.</summary>
    public static string FormatFingerprint(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return string.Join(':', certificate.GetCertHash(HashAlgorithmName.SHA256).Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private X509Certificate2 Load()
    {
        var configured = _options.Certificate;
        if (string.IsNullOrEmpty(configured.Path))
        {
            return LoadOrGenerate();
        }

        X509Certificate2 certificate;
        try
        {
            certificate = string.IsNullOrEmpty(configured.KeyPath)
                ? X509CertificateLoader.LoadPkcs12FromFile(configured.Path, configured.Password)
                : string.IsNullOrEmpty(configured.Password)
                    ? X509Certificate2.CreateFromPemFile(configured.Path, configured.KeyPath)
                    : X509Certificate2.CreateFromEncryptedPemFile(configured.Path, configured.Password, configured.KeyPath);
        }
        catch (CryptographicException ex)
        {
            throw new InvalidOperationException(
                $"{ServerErrorCodes.CertificateUnusable}: the certificate {ServerOptions.SectionName}:Certificate:Path '{configured.Path}' cannot be loaded ({ex.GetType().Name}); check the file, the key and the password.", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException(
                $"{ServerErrorCodes.CertificateUnusable}: the certificate '{configured.Path}' has no private key; give a PFX with its key, or a PEM certificate with Certificate:KeyPath.");
        }

        if (certificate.NotAfter.ToUniversalTime() < _time.GetUtcNow().UtcDateTime.Add(RenewBefore))
        {
            Log.CertificateExpiring(_logger, certificate.NotAfter.ToUniversalTime());
        }

        certificate = ForSslStream(certificate);
        Log.CertificateLoaded(_logger, configured.Path, certificate.NotAfter.ToUniversalTime(), FormatFingerprint(certificate));
        return certificate;
    }

    private X509Certificate2 LoadOrGenerate()
    {
        var folder = GeneratedFolder;
        var certificatePath = Path.Combine(folder, CertificateFileName);
        var keyPath = Path.Combine(folder, KeyFileName);
        CreateOwnerOnlyFolder(folder);

        if (File.Exists(certificatePath) && File.Exists(keyPath))
        {
            RestrictKeyFile(keyPath);
            try
            {
                var existing = X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
                if (existing.NotAfter.ToUniversalTime() > _time.GetUtcNow().UtcDateTime.Add(RenewBefore))
                {
                    var reused = ForSslStream(existing);
                    Log.CertificateLoaded(_logger, certificatePath, reused.NotAfter.ToUniversalTime(), FormatFingerprint(reused));
                    return reused;
                }

                existing.Dispose();
            }
            catch (CryptographicException)
            {
                // A damaged generated certificate is ours to replace; a configured one is never touched.
            }
        }

        using var generated = Generate();
        WriteAtomically(certificatePath, generated.ExportCertificatePem(), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        using (var key = generated.GetECDsaPrivateKey()!)
        {
            WriteAtomically(keyPath, key.ExportPkcs8PrivateKeyPem(), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var certificate = ForSslStream(X509Certificate2.CreateFromPemFile(certificatePath, keyPath));
        Log.CertificateGenerated(_logger, folder, certificate.NotAfter.ToUniversalTime(), FormatFingerprint(certificate));
        return certificate;
    }

    private X509Certificate2 Generate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Confidant (self-signed)", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        var machine = Environment.MachineName;
        if (!string.IsNullOrEmpty(machine) && Uri.CheckHostName(machine) == UriHostNameType.Dns && !machine.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            names.AddDnsName(machine.ToLowerInvariant());
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication")], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));

        var now = _time.GetUtcNow();
        return request.CreateSelfSigned(now.AddMinutes(-5), now.Add(GeneratedLifetime));
    }

    /// <summary>
    /// A certificate made from PEM holds an ephemeral key, which Windows' TLS stack cannot use;
    /// a PKCS#12 round trip gives it a usable one. Elsewhere the certificate is used as it is.
    /// </summary>
    private static X509Certificate2 ForSslStream(X509Certificate2 certificate)
    {
        if (!OperatingSystem.IsWindows())
        {
            return certificate;
        }

        using (certificate)
        {
            return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
        }
    }

    private static void CreateOwnerOnlyFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private void RestrictKeyFile(string keyPath)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        if ((File.GetUnixFileMode(keyPath) & ~ownerOnly) != 0)
        {
            File.SetUnixFileMode(keyPath, ownerOnly);
            Log.CertificateKeyPermissionsTightened(_logger, keyPath);
        }
    }

    /// <summary>Writes to a temporary file created with its final permissions, then renames it: no moment where the key is readable by others or half written.</summary>
    private static void WriteAtomically(string path, string contents, UnixFileMode mode)
    {
        var temporary = path + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)) + ".tmp";
        var streamOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            streamOptions.UnixCreateMode = mode;
        }

        using (var stream = new FileStream(temporary, streamOptions))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(contents);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
