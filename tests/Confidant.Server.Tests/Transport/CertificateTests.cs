using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Confidant.Server.Transport;

namespace Confidant.Server.Tests.Transport;

public sealed class CertificateTests
{
    [Fact]
    public async Task FirstRun_GeneratesAnOwnerOnlyCertificate_AndReusesItOnRestart()
    {
        var folder = TestServerHost.CreateTempFolder();
        try
        {
            byte[] first;
            await using (var server = await TestServerHost.StartAsync(o => o.DataFolder = folder))
            {
                first = server.CertificateSha256;
                var tls = Path.Combine(folder, "tls");
                if (!OperatingSystem.IsWindows())
                {
                    Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(tls, ServerCertificateSource.KeyFileName)));
                    Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(tls));
                }

                var certificate = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(tls, ServerCertificateSource.CertificateFileName));
                Assert.Equal(first, certificate.GetCertHash(HashAlgorithmName.SHA256));
                Assert.Equal("1.2.840.10045.2.1", certificate.PublicKey.Oid.Value); // ECDSA
                var names = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
                Assert.Contains("localhost", names.EnumerateDnsNames());
                Assert.Contains(IPAddress.Loopback, names.EnumerateIPAddresses());
                Assert.Contains(IPAddress.IPv6Loopback, names.EnumerateIPAddresses());
                Assert.InRange(certificate.NotAfter - certificate.NotBefore, TimeSpan.FromDays(364), TimeSpan.FromDays(366));
                Assert.Contains(server.Logs.GetSnapshot(), r => r.Id.Id == 5002);
                Assert.Contains(server.Logs.GetSnapshot(), r => r.Id.Id == 5000 && r.Message.Contains(server.BaseAddress.ToString(), StringComparison.Ordinal));
            }

            await using (var again = await TestServerHost.StartAsync(o => o.DataFolder = folder))
            {
                Assert.Equal(first, again.CertificateSha256);
                Assert.DoesNotContain(again.Logs.GetSnapshot(), r => r.Id.Id == 5002);
            }
        }
        finally
        {
            TestServerHost.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task ExpiredGeneratedCertificate_IsReplaced()
    {
        var folder = TestServerHost.CreateTempFolder();
        try
        {
            var tls = Directory.CreateDirectory(Path.Combine(folder, "tls")).FullName;
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest("CN=old", key, HashAlgorithmName.SHA256);
            using var expired = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-400), DateTimeOffset.UtcNow.AddDays(-1));
            await File.WriteAllTextAsync(Path.Combine(tls, ServerCertificateSource.CertificateFileName), expired.ExportCertificatePem());
            await File.WriteAllTextAsync(Path.Combine(tls, ServerCertificateSource.KeyFileName), key.ExportPkcs8PrivateKeyPem());

            await using var server = await TestServerHost.StartAsync(o => o.DataFolder = folder);

            Assert.NotEqual(expired.GetCertHash(HashAlgorithmName.SHA256), server.CertificateSha256);
            Assert.True(server.Certificate.NotAfter > DateTime.Now.AddDays(300));
        }
        finally
        {
            TestServerHost.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task ConfiguredPfx_IsUsedAsGiven_AndNothingIsGenerated()
    {
        var folder = TestServerHost.CreateTempFolder();
        try
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest("CN=configured.example", key, HashAlgorithmName.SHA256);
            using var configured = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
            var pfx = Path.Combine(folder, "server.pfx");
            await File.WriteAllBytesAsync(pfx, configured.Export(X509ContentType.Pkcs12, "s3cret"));

            await using var server = await TestServerHost.StartAsync(o =>
            {
                o.Configuration["Confidant:Server:Certificate:Path"] = pfx;
                o.Configuration["Confidant:Server:Certificate:Password"] = "s3cret";
            });

            Assert.Equal(configured.GetCertHash(HashAlgorithmName.SHA256), server.CertificateSha256);
            Assert.False(Directory.Exists(Path.Combine(server.DataFolder, "tls")));
            using var client = server.CreateClient();
            using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            TestServerHost.DeleteFolder(folder);
        }
    }
}
