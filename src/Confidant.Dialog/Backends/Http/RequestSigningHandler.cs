using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Confidant.Dialog.Backends.Http;

/// <summary>
/// Signs each attempt of a request (<see cref="ConnectorSignature"/>). It sits inside the resilience
/// handler, so a retry is signed again with a fresh timestamp and keeps its idempotency key.
/// </summary>
internal sealed class RequestSigningHandler(string connectorName, IOptionsMonitor<BackendConnectorOptions> options, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri;
        if (uri is null || !uri.IsAbsoluteUri || uri.Scheme != Uri.UriSchemeHttps)
        {
            // Options validation already refuses http://; this keeps a signed request off plain HTTP whatever happens.
            throw new InvalidOperationException("A backend connector sends signed requests over https:// only.");
        }

        var connector = options.Get(connectorName);
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        var secret = Convert.FromBase64String(connector.Secret);
        string signature;
        try
        {
            signature = ConnectorSignature.Compute(secret, request.Method.Method, uri.PathAndQuery, timestamp, body);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }

        var headers = request.Headers;
        headers.Remove(ConnectorSignature.KeyIdHeader);
        headers.Remove(ConnectorSignature.TimestampHeader);
        headers.Remove(ConnectorSignature.SignatureHeader);
        headers.Add(ConnectorSignature.KeyIdHeader, connector.KeyId);
        headers.Add(ConnectorSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        headers.Add(ConnectorSignature.SignatureHeader, signature);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
