using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Confidant.Dialog.Backends.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Confidant.Dialog.Tests.Backends;

/// <summary>One request as the test backend received it, byte for byte.</summary>
internal sealed record ReceivedRequest(string Method, string RawTarget, IReadOnlyDictionary<string, string> Headers, byte[] Body, bool SignatureValid)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>Everything that reached the server: request line target, every header, the body.</summary>
    public byte[] AllBytes() =>
        [.. Encoding.UTF8.GetBytes($"{Method} {RawTarget}\n{string.Join('\n', Headers.Select(h => $"{h.Key}: {h.Value}"))}\n\n"), .. Body];
}

/// <summary>What the test backend answers.</summary>
internal sealed record Reply(int Status, string? Json = null)
{
    public static Reply Ok(string json) => new(200, json);
}

/// <summary>
/// A backend for tests: Kestrel on loopback over TLS with a self-signed certificate made here, which
/// checks every request's signature by recomputing it from the documented format (not with the
/// production code) and answers 401 when it is wrong. Clients trust the certificate by its SHA-256
/// thumbprint through a test-only primary handler setting.
/// </summary>
internal sealed class SignedBackendServer : IAsyncDisposable
{
    public const string KeyId = "test-key-1";

    private readonly WebApplication _app;

    private SignedBackendServer(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public byte[] Secret { get; } = RandomNumberGenerator.GetBytes(32);

    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    /// <summary>The answer to a request with a valid signature (the token is the request's abort token).</summary>
    public Func<ReceivedRequest, CancellationToken, Task<Reply>> Respond { get; set; } = (_, _) => Task.FromResult(Reply.Ok("{}"));

    public static async Task<SignedBackendServer> StartAsync()
    {
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        var server = new SignedBackendServer(app, certificate);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseAddress = new Uri(new Uri(address), "/api/");
        return server;
    }

    /// <summary>Connector options pointing here with this server's key; retries fast.</summary>
    public Action<BackendConnectorOptions> Options(Action<BackendConnectorOptions>? tweak = null) => options =>
    {
        options.BaseAddress = BaseAddress;
        options.KeyId = KeyId;
        options.Secret = Convert.ToBase64String(Secret);
        options.Timeout = TimeSpan.FromSeconds(20);
        options.AttemptTimeout = TimeSpan.FromSeconds(10);
        options.MaxRetryAttempts = 3;
        options.RetryDelay = TimeSpan.FromMilliseconds(1);
        options.BusinessAssociateAgreement = true; // the test server stands for a backend under a HIPAA agreement
        tweak?.Invoke(options);
    };

    /// <summary>Makes the connector's named client trust this server's certificate (and only it), by thumbprint.</summary>
    public void Trust(IServiceCollection services, string connectorName) =>
        services.AddHttpClient(connectorName).ConfigurePrimaryHttpMessageHandler((handler, _) =>
            ((SocketsHttpHandler)handler).SslOptions.RemoteCertificateValidationCallback = IsThisServer);

    /// <summary>Sends a request as captured, after <paramref name="tamper"/> changes it, and returns the status.</summary>
    public async Task<HttpStatusCode> ReplayAsync(ReceivedRequest original, Action<HttpRequestMessage> tamper)
    {
        using var handler = new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = IsThisServer } };
        using var client = new HttpClient(handler);
        using var request = new HttpRequestMessage(new HttpMethod(original.Method), new Uri(BaseAddress, original.RawTarget));
        request.Content = new ByteArrayContent(original.Body);
        foreach (var name in new[] { ConnectorSignature.KeyIdHeader, ConnectorSignature.TimestampHeader, ConnectorSignature.SignatureHeader })
        {
            request.Headers.Add(name, original.Header(name));
        }

        tamper(request);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
        Certificate.Dispose();
    }

    private bool IsThisServer(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        certificate is not null
        && string.Equals(certificate.GetCertHashString(HashAlgorithmName.SHA256), Certificate.GetCertHashString(HashAlgorithmName.SHA256), StringComparison.OrdinalIgnoreCase);

    private async Task HandleAsync(HttpContext context)
    {
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var received = new ReceivedRequest(context.Request.Method, rawTarget, headers, body, IsSignedCorrectly(context.Request.Method, rawTarget, headers, body));
        Received.Enqueue(received);
        if (!received.SignatureValid)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var reply = await Respond(received, context.RequestAborted);
        context.Response.StatusCode = reply.Status;
        if (reply.Json is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(reply.Json, context.RequestAborted);
        }
    }

    /// <summary>The receiver's checks of the README, written out again from the text.</summary>
    private bool IsSignedCorrectly(string method, string rawTarget, Dictionary<string, string> headers, byte[] body)
    {
        if (!headers.TryGetValue("X-Confidant-Key-Id", out var keyId) || keyId != KeyId
            || !headers.TryGetValue("X-Confidant-Timestamp", out var timestampText)
            || !long.TryParse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - timestamp) > 300
            || !headers.TryGetValue("X-Confidant-Signature", out var signature)
            || !signature.StartsWith("v1=", StringComparison.Ordinal))
        {
            return false;
        }

        var bodyHash = string.Concat(SHA256.HashData(body).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
        var stringToSign = "v1\n" + method + "\n" + rawTarget + "\n" + timestampText + "\n" + bodyHash;
        using var hmac = new HMACSHA256(Secret);
        var expected = hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign));
        try
        {
            return CryptographicOperations.FixedTimeEquals(expected, Convert.FromBase64String(signature["v1=".Length..]));
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        // Re-imported from PKCS#12 so that the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null);
    }
}
